import { beforeEach, describe, expect, it } from "vitest";
import { testEngine } from "../support/test-database.ts";
import { makeUser, ORIGIN, PASSWORD, type WorkspaceTestApp, workspaceApp } from "../support/workspace.ts";

describe(`sign-in throttling on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let email: string;

  beforeEach(async () => {
    ctx = await workspaceApp();
    email = (await makeUser(ctx.deps, "editor", { localities: ["TH-50"] })).email;
    return () => ctx.app.close();
  });

  const attempt = (address: string, password: string, ip = "203.0.113.7") =>
    ctx.app.inject({
      method: "POST",
      url: "/api/session",
      headers: { origin: ORIGIN },
      remoteAddress: ip,
      payload: { email: address, password },
    });

  const statuses = async (address: string, count: number, ip?: string) => {
    const out: number[] = [];
    for (let index = 0; index < count; index++) out.push((await attempt(address, "not the password", ip)).statusCode);
    return out;
  };

  it("slows an account down after four failures, with growing delays, even for the right password", async () => {
    expect(await statuses(email, 5)).toEqual([401, 401, 401, 401, 401]);
    const blocked = await attempt(email, PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers["retry-after"]).toBe("1");
    expect(blocked.json().error.code).toBe("sign_in_throttled");
    ctx.clock.advance(1_000);
    expect((await attempt(email, "still wrong")).statusCode).toBe(401);
    const longer = await attempt(email, PASSWORD);
    expect(longer.statusCode).toBe(429);
    expect(longer.headers["retry-after"]).toBe("2");
    ctx.clock.advance(2_000);
    expect((await attempt(email, PASSWORD)).statusCode).toBe(200);
  });

  it("gives the same answers whether the address has an account or not", async () => {
    const real = await statuses(email, 6);
    const unknown = await statuses("nobody@example.org", 6);
    expect(unknown).toEqual(real);
    const [realBody, unknownBody] = [await attempt(email, "x"), await attempt("nobody@example.org", "x")].map((r) =>
      r.json(),
    );
    expect(unknownBody).toEqual(realBody);
  });

  it("slows an address down after many failures across accounts (one office behind a NAT gets room)", async () => {
    const results: number[] = [];
    for (let index = 0; index < 19; index++)
      results.push((await attempt(`person${index}@example.org`, "wrong", "198.51.100.9")).statusCode);
    expect(results.every((status) => status === 401)).toBe(true);
    expect((await attempt(`person-20@example.org`, "wrong", "198.51.100.9")).statusCode).toBe(401);
    expect((await attempt(email, PASSWORD, "198.51.100.9")).statusCode).toBe(429);
    expect((await attempt(email, PASSWORD, "198.51.100.10")).statusCode).toBe(200);
  });

  it("forgets failures after an hour", async () => {
    await statuses(email, 4);
    ctx.clock.advance(61 * 60_000);
    expect(await statuses(email, 4)).toEqual([401, 401, 401, 401]);
    expect((await attempt(email, PASSWORD)).statusCode).toBe(200);
  });
});
