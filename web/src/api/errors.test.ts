import { describe, expect, it } from "vitest";
import { ApiError } from "./client.ts";
import { errorKind, shouldRetry } from "./errors.ts";

describe("API errors", () => {
  it("never retries a missing record or a refused request, retries a failure once", () => {
    const missing = new ApiError("not_found", "ไม่พบท้องถิ่น", 404);
    const invalid = new ApiError("bad_request", "Invalid request: querystring.year", 400);
    const refused = new ApiError("same-country", "ทั้งสองอยู่ในประเทศเดียวกัน", 400);
    const failure = new ApiError("internal", "boom", 500);
    expect(errorKind(missing)).toBe("not-found");
    expect(errorKind(invalid)).toBe("invalid");
    expect(errorKind(refused)).toBe("refused");
    expect(errorKind(new ApiError("rate_limited", "slow down", 429))).toBe("failure");
    for (const final of [missing, invalid, refused]) expect(shouldRetry(0, final)).toBe(false);
    expect(shouldRetry(0, failure)).toBe(true);
    expect(shouldRetry(1, failure)).toBe(false);
    expect(shouldRetry(0, new TypeError("network"))).toBe(true);
  });
});
