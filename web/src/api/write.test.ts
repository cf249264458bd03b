import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./client.ts";
import { sendWrite } from "./write.ts";

type Call = { url: string; init: RequestInit };

const recordFetch = (answers: Response[]) => {
  const calls: Call[] = [];
  vi.stubGlobal("fetch", async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = answers.shift();
    if (!answer) throw new Error("no more answers");
    return answer;
  });
  return calls;
};

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
const header = (call: Call | undefined, name: string) => new Headers(call?.init.headers).get(name);

describe("writes to the API", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends the session's CSRF token, the reader's language and a JSON body", async () => {
    const calls = recordFetch([json(201, { id: "u-1" })]);
    const tokens = { current: async () => "token-1", refresh: async () => "token-2" };
    const answer = await sendWrite<{ id: string }>(
      { method: "POST", path: "/api/needs-offers", body: { kind: "need" } },
      "th",
      tokens,
    );
    expect(answer).toEqual({ id: "u-1" });
    expect(calls[0]?.url).toBe("/api/needs-offers?lang=th");
    expect(calls[0]?.init.method).toBe("POST");
    expect(header(calls[0], "x-csrf-token")).toBe("token-1");
    expect(header(calls[0], "content-type")).toBe("application/json");
    expect(calls[0]?.init.body).toBe('{"kind":"need"}');
  });

  it("refreshes a refused token once and sends the write again", async () => {
    const calls = recordFetch([
      json(403, { error: { code: "csrf", message: "stale" } }),
      new Response(null, { status: 204 }),
    ]);
    const refresh = vi.fn(async () => "fresh");
    await sendWrite({ method: "DELETE", path: "/api/needs-offers/u-1", params: { reason: "dup" } }, "en", {
      current: async () => "stale",
      refresh,
    });
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(calls.map((call) => header(call, "x-csrf-token"))).toEqual(["stale", "fresh"]);
    expect(calls[1]?.url).toBe("/api/needs-offers/u-1?reason=dup&lang=en");
    expect(calls[1]?.init.body).toBeUndefined();
  });

  it("does not retry a refusal that is not about the token", async () => {
    const calls = recordFetch([json(403, { error: { code: "forbidden", message: "Not yours." } })]);
    const failure = await sendWrite({ method: "PUT", path: "/api/x", body: {} }, "en", {
      current: async () => "t",
      refresh: async () => "u",
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: "forbidden", status: 403, message: "Not yours." });
    expect(calls).toHaveLength(1);
  });

  it("keeps the per-field problems of the error shape for the form", async () => {
    const body = {
      error: {
        code: "bad_request",
        message: "คำขอไม่ถูกต้อง",
        details: [
          { field: "text", message: "เขียนอย่างน้อยหนึ่งภาษา" },
          { field: "issues", message: "เลือกอย่างน้อยหนึ่งประเด็น" },
          { nonsense: true },
        ],
      },
    };
    recordFetch([json(400, body)]);
    const failure = await sendWrite({ method: "POST", path: "/api/needs-offers", body: {} }, "th", {
      current: async () => undefined,
      refresh: async () => undefined,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).details).toEqual([
      { field: "text", message: "เขียนอย่างน้อยหนึ่งภาษา" },
      { field: "issues", message: "เลือกอย่างน้อยหนึ่งประเด็น" },
    ]);
  });

  it("sends a file as multipart form data, with the token and no JSON content type", async () => {
    const calls = recordFetch([json(201, { id: "d-1" })]);
    const form = new FormData();
    form.append("file", new Blob(["%PDF-1.4"], { type: "application/pdf" }), "letter.pdf");
    await sendWrite({ method: "POST", path: "/api/proposals/p-1/documents", body: form }, "en", {
      current: async () => "token-1",
      refresh: async () => "token-2",
    });
    expect(calls[0]?.init.body).toBe(form);
    expect(header(calls[0], "x-csrf-token")).toBe("token-1");
    // fetch sets multipart/form-data with its boundary itself; a JSON content type would break the upload.
    expect(header(calls[0], "content-type")).toBeNull();
  });

  it("sends no token header for a visitor (sign-in, accepting an invitation)", async () => {
    const calls = recordFetch([json(200, { csrfToken: "new" })]);
    await sendWrite({ method: "POST", path: "/api/session", body: { email: "a@b.c", password: "x" } }, "ja", {
      current: async () => undefined,
      refresh: async () => undefined,
    });
    expect(header(calls[0], "x-csrf-token")).toBeNull();
  });
});
