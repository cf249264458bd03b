import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, apiGet, apiUrl } from "./client.ts";

describe("API client", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends the reader's language and leaves out empty parameters", () => {
    expect(apiUrl("/api/match", { from: "TH-50", issue: "", tier: undefined, limit: 5 }, "th")).toBe(
      "/api/match?from=TH-50&limit=5&lang=th",
    );
    expect(apiUrl("/api/match", { issue: "การจัดการขยะ" }, "ja")).toBe(
      `/api/match?issue=${encodeURIComponent("การจัดการขยะ")}&lang=ja`,
    );
  });

  it("throws the API's own message on an error", async () => {
    const body = { error: { code: "not_found", message: 'ไม่พบท้องถิ่น "TH-99"' } };
    vi.stubGlobal("fetch", async () => new Response(JSON.stringify(body), { status: 404 }));
    const failure = await apiGet("/api/localities/TH-99", {}, "th").catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ code: "not_found", status: 404, message: 'ไม่พบท้องถิ่น "TH-99"' });
  });
});
