import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenOnLoopback, rawRequest } from "../../../tests/support/raw-http.ts";
import { seededApp } from "../../../tests/support/test-app.ts";
import { testEngine } from "../../../tests/support/test-database.ts";

/** The documented shape, and nothing else: {"error": {"code", "message", "details"?}}. */
const expectErrorShape = (body: string, context: string) => {
  const parsed = JSON.parse(body) as { error?: Record<string, unknown> };
  expect(Object.keys(parsed), context).toEqual(["error"]);
  expect(typeof parsed.error?.code, context).toBe("string");
  expect(typeof parsed.error?.message, context).toBe("string");
  expect(
    Object.keys(parsed.error ?? {}).every((key) => ["code", "message", "details"].includes(key)),
    context,
  ).toBe(true);
  return parsed.error as { code: string; message: string };
};

describe(`hostile input on ${testEngine()} (issue 9, points 8 and 9)`, () => {
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    app = await seededApp();
    port = await listenOnLoopback(app);
  });
  afterAll(() => app.close());

  it("answers a NUL byte in any parameter that reaches the database with 400, not 500", async () => {
    for (const url of [
      "/api/localities?q=Chiang%00Mai",
      "/api/localities/TH-50%00",
      "/api/relations?party=TH-50%00",
      "/api/relations/x%00y",
      "/api/organisations/org%00x",
      "/api/needs-offers?party=TH%00",
      "/api/match?from=TH-10&issue=waste%00",
      "/api/match/pairs?issue=waste%00",
      "/api/pair?a=TH-10%00&b=JP-40",
    ]) {
      const response = await app.inject(url);
      expect(response.statusCode, url).toBe(400);
      expect(expectErrorShape(response.body, url).message, url).toMatch(/NUL/);
    }
  });

  it("treats tier names that are Object.prototype keys as bad input", async () => {
    for (const tier of ["constructor", "toString", "hasOwnProperty", "__proto__"]) {
      for (const url of [`/api/match?from=TH-10&tier=${tier}`, `/api/match/pairs?issue=waste&tier=${tier}`]) {
        const response = await app.inject(url);
        expect(response.statusCode, url).toBe(400);
        expect(expectErrorShape(response.body, url).code).toBe("bad_request");
      }
    }
  });

  it("answers bad percent-encoding in the reader's language, in the documented shape", async () => {
    const response = await app.inject({ url: "/api/localities/%E0%A4%A", headers: { "accept-language": "th" } });
    expect(response.statusCode).toBe(400);
    const error = expectErrorShape(response.body, "bad url");
    expect(error.code).toBe("bad_url");
    expect(error.message).toMatch(/ที่อยู่ไม่ถูกต้อง/);
  });

  it("answers malformed bodies and unknown methods in the documented shape", async () => {
    const wrongType = await app.inject({
      method: "POST",
      url: "/api/health",
      headers: { "content-type": "application/json" },
      payload: "{x",
    });
    expect(wrongType.statusCode).toBe(400);
    expectErrorShape(wrongType.body, "bad json");
    const unknownMethod = await app.inject({ method: "DELETE", url: "/api/localities" });
    expect([401, 404]).toContain(unknownMethod.statusCode);
    expectErrorShape(unknownMethod.body, "delete");
  });

  it("answers protocol-level errors (huge headers, huge URLs, garbage) in the documented shape", async () => {
    const cases = [
      {
        text: `GET /api/health HTTP/1.1\r\nHost: x\r\nAccept-Language: ja\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
        status: 431,
        code: "headers_too_large",
        message: /長すぎます/,
      },
      {
        text: `GET /api/${"a".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
        status: 431,
        code: "headers_too_large",
        message: /too long/,
      },
      { text: "GARBAGE\r\n\r\n", status: 400, code: "bad_request", message: /HTTP 400/ },
      {
        text: "GET /api/health HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
        status: 400,
        code: "bad_request",
        message: /HTTP 400/,
      },
    ];
    for (const { text, status, code, message } of cases) {
      const response = await rawRequest(port, text);
      const context = text.slice(0, 30);
      expect(response.status, context).toBe(status);
      expect(response.headers["content-type"], context).toMatch(/application\/json/);
      const error = expectErrorShape(response.body, context);
      expect(error.code, context).toBe(code);
      expect(error.message, context).toMatch(message);
    }
  });
});
