import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seededApp } from "../../../../tests/support/test-app.ts";
import { testEngine } from "../../../../tests/support/test-database.ts";

describe(`report text API on ${testEngine()}`, () => {
  let withReport: FastifyInstance;
  let without: FastifyInstance;
  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), "jubkoo-report-")), "report-th.txt");
    writeFileSync(path, "บรรทัดแรก\nเชียงใหม่กับอุโอซุ 1989\nบรรทัดที่สาม\n");
    withReport = await seededApp({ reportPath: path });
    without = await seededApp({ reportPath: join(tmpdir(), "no-such-report.txt") });
  });
  afterAll(async () => {
    await withReport.close();
    await without.close();
  });

  it("says whether the report is here and serves the cited lines", async () => {
    expect((await withReport.inject("/api/report")).json()).toEqual({ available: true, lineCount: 3 });
    expect((await withReport.inject("/api/report/lines?from=2&to=3")).json()).toEqual({
      from: 2,
      to: 3,
      lines: ["เชียงใหม่กับอุโอซุ 1989", "บรรทัดที่สาม"],
    });
  });

  it("answers 404 past the end or without the report, 400 for a reversed or too long range", async () => {
    const past = await withReport.inject("/api/report/lines?from=3&to=4&lang=en");
    expect(past.statusCode).toBe(404);
    expect(past.json().error.message).toBe('Not found: report lines "3-4"');
    expect((await withReport.inject("/api/report/lines?from=3&to=2")).statusCode).toBe(400);
    expect((await withReport.inject("/api/report/lines?from=1&to=900")).statusCode).toBe(400);
    expect((await without.inject("/api/report")).json()).toEqual({ available: false, lineCount: null });
    expect((await without.inject("/api/report/lines?from=1&to=1")).statusCode).toBe(404);
  });
});
