// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import type { i18n as I18n } from "i18next";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { MemoryRouter } from "react-router";
import { afterEach, describe, expect, it } from "vitest";
import { createI18n } from "../i18n/create-i18n.ts";
import { SourceDetails, SourcesDetails } from "./source-details.tsx";

/** The reference lists as the API would send them, set in the cache so no request is made. */
const withReference = (i18n: I18n, children: ReactNode, isReportHere = false) => {
  const client = new QueryClient();
  for (const lang of ["th", "en", "ja"])
    client.setQueryData(["/api/report", {}, lang], { available: isReportHere, lineCount: isReportHere ? 11164 : null });
  client.setQueryData(["reference"], {
    localities: [],
    organisations: [],
    issues: [],
    designations: [],
    datasets: [
      { id: "jp-census-2020", title: "2020 Population Census", publisher: "Statistics Bureau of Japan", year: 2020 },
    ],
  });
  return (
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
};

describe("source disclosure", () => {
  afterEach(cleanup);

  it("keeps the source behind a disclosure and reveals it in the reader's language", async () => {
    const i18n = await createI18n("th");
    const { container } = render(
      withReference(
        i18n,
        <SourceDetails
          source={{ ref: "report:7628-7640", note: { th: "ตาราง 10.1", en: "table 10.1", ja: "表10.1" } }}
        />,
      ),
    );
    const details = container.querySelector("details");
    expect(details?.open).toBe(false);
    fireEvent.click(screen.getByText("แหล่งที่มา"));
    expect(details?.open).toBe(true);
    expect(screen.getByText(/^รายงานวิจัย “ความสัมพันธ์ไทย-ญี่ปุ่นในระดับท้องถิ่น.*บรรทัด 7628–7640$/)).toBeTruthy();
    expect(screen.getByText("หมายเหตุ: ตาราง 10.1")).toBeTruthy();
  });

  it("lists several sources, repeated ones included, and nothing when there are none", async () => {
    const i18n = await createI18n("en");
    const { container, rerender } = render(
      withReference(i18n, <SourcesDetails sources={["gk:high", "report:1-2", "gk:high"]} />),
    );
    const items = [...container.querySelectorAll("li")].map((item) => item.textContent);
    expect(items).toEqual([
      "General knowledge (confidence: high)",
      expect.stringMatching(/^Report “Thailand-Japan Relations at the Local Level.*lines 1–2$/),
      "General knowledge (confidence: high)",
    ]);
    rerender(withReference(i18n, <SourcesDetails sources={[]} />));
    expect(container.querySelector("details")).toBeNull();
  });

  it("names a cited dataset by its title, publisher and year, with the stated confidence", async () => {
    const i18n = await createI18n("en");
    render(withReference(i18n, <SourceDetails source={{ ref: "dataset:jp-census-2020", confidence: "medium" }} />));
    expect(
      screen.getByText("Dataset: 2020 Population Census (Statistics Bureau of Japan, 2020) — confidence: medium"),
    ).toBeTruthy();
  });

  it("links a report citation to its lines when the server holds the report, and keeps reviewers' notes out", async () => {
    const i18n = await createI18n("en");
    const source = { ref: "report:7506-7518", note: "checked against the PDF" };
    const page = (isReportHere: boolean) =>
      withReference(
        i18n,
        <MemoryRouter>
          <SourceDetails source={source} />
        </MemoryRouter>,
        isReportHere,
      );
    const here = render(page(true));
    expect(here.container.querySelector("a.report-link")?.getAttribute("href")).toBe("/report?from=7506&to=7518");
    expect(here.container.textContent).not.toContain("checked against the PDF");
    cleanup();
    expect(render(page(false)).container.querySelector("a.report-link")).toBeNull();
  });
});
