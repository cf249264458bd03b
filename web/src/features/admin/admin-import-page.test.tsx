// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { I18nextProvider } from "react-i18next";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createI18n } from "../../i18n/create-i18n.ts";
import { AdminImportPage } from "./admin-import-page.tsx";

type Call = { url: string; init?: RequestInit };

/** The server, as far as this page sees it: GET /api/session and POST /api/admin/import. */
const fakeServer = (session: { status: number; body: unknown }, upload: { status: number; body: unknown }) => {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (url: string, init?: RequestInit) => {
    calls.push({ url, ...(init ? { init } : {}) });
    const answer = url.startsWith("/api/session") ? session : upload;
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  });
  return calls;
};

const renderPage = async (lang: "en" | "ja" = "en") =>
  render(
    <I18nextProvider i18n={await createI18n(lang)}>
      <MemoryRouter initialEntries={["/admin/import"]}>
        <AdminImportPage />
      </MemoryRouter>
    </I18nextProvider>,
  );

const chooseFile = (text: string, name = "ministry.yaml") => {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([text], name)] } });
};

describe("the admin import page", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it("asks a visitor to sign in as an administrator and offers no form", async () => {
    fakeServer(
      { status: 401, body: { error: { code: "unauthenticated", message: "Sign in" } } },
      { status: 500, body: {} },
    );
    await renderPage();
    expect(await screen.findByText("Sign in as an administrator to import records.")).toBeTruthy();
    expect(document.querySelector("form")).toBeNull();
  });

  it("sends the file with the session's CSRF token and shows what was imported", async () => {
    const calls = fakeServer(
      { status: 200, body: { user: { id: "u1" }, csrfToken: "token-1" } },
      { status: 200, body: { imported: { localities: 0, organisations: 1, relations: 2, needsOffers: 0 } } },
    );
    await renderPage();
    const button = await screen.findByRole("button", { name: "Import" });
    chooseFile("relations: []\n");
    fireEvent.click(button);
    expect(await screen.findByRole("status")).toHaveProperty(
      "textContent",
      "Imported 0 localities, 1 organisations, 2 relations and 0 needs and offers.",
    );
    const post = calls.find((call) => call.init?.method === "POST");
    expect(post?.url).toBe("/api/admin/import?lang=en");
    expect(post?.init?.headers).toMatchObject({ "x-csrf-token": "token-1" });
    expect(JSON.parse(String(post?.init?.body))).toEqual({ name: "ministry.yaml", text: "relations: []\n" });
  });

  it("lists every problem with its line when the file is refused", async () => {
    fakeServer(
      { status: 200, body: { user: { id: "u1" }, csrfToken: "token-1" } },
      {
        status: 400,
        body: {
          error: {
            code: "validation_failed",
            message: "1 problem",
            details: [
              {
                file: "ministry.yaml",
                line: 3,
                record: "mou-x",
                field: "parties.1",
                message: 'unknown locality "JP-98"',
              },
            ],
          },
        },
      },
    );
    await renderPage("ja");
    const button = await screen.findByRole("button", { name: "取り込む" });
    chooseFile("relations: []\n");
    fireEvent.click(button);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("何も書き込まれていません");
    expect(alert.textContent).toContain('ministry.yaml:3 [mou-x] parties.1: unknown locality "JP-98"');
  });
});
