import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeFixtureDataDir } from "./support/fixture-data.ts";
import { jubkoo } from "./support/run-cli.ts";

// Each case spawns the real executable (about a second each on an idle machine).
describe("bin/jubkoo users", { timeout: 120_000 }, () => {
  let env: Record<string, string>;

  beforeAll(() => {
    env = {
      JUBKOO_DB_DIR: join(mkdtempSync(join(tmpdir(), "jubkoo-users-")), "db"),
      JUBKOO_DATA_DIR: makeFixtureDataDir(),
    };
  });

  it("creates the first admin with the password from standard input, and refuses bad input with exit code 2", async () => {
    const created = await jubkoo(
      ["users", "create", "--email", "Admin@Example.org", "--role", "admin"],
      env,
      "a long admin passphrase\n",
    );
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toMatch(/Created admin admin@example\.org/);
    expect(created.stdout).not.toMatch(/passphrase/);

    const cases: Array<[string[], string, RegExp]> = [
      [["--email", "admin@example.org", "--role", "admin"], "another long passphrase", /already exists/],
      [["--email", "two@example.org", "--role", "admin"], "short", /at least 10 characters/],
      [["--email", "not-an-address", "--role", "admin"], "a long admin passphrase", /--email/],
      [["--email", "three@example.org", "--role", "owner"], "a long admin passphrase", /--role must be one of/],
      [["--email", "four@example.org", "--role", "editor"], "a long admin passphrase", /--locality/],
      [["--email", "five@example.org", "--role", "editor", "--locality", "TH-99"], "a long passphrase ok", /TH-99/],
    ];
    for (const [args, password, message] of cases) {
      const result = await jubkoo(["users", "create", ...args], env, `${password}\n`);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(message);
    }
    const list = await jubkoo(["users", "list", "--json"], env);
    expect(JSON.parse(list.stdout).map((user: { email: string }) => user.email)).toEqual(["admin@example.org"]);
  });

  it("invites with a printed one-time link, changes roles, and keeps the last admin", async () => {
    const invited = await jubkoo(
      ["users", "invite", "--email", "ir@chiangmai.go.th", "--role", "editor", "--locality", "TH-50"],
      env,
    );
    expect(invited.code).toBe(0);
    expect(invited.stdout).toMatch(/http:\/\/localhost:3000\/invitation\/[A-Za-z0-9_-]{43}/);
    await jubkoo(
      ["users", "create", "--email", "fac@moi.go.th", "--role", "facilitator"],
      env,
      "facilitator passphrase\n",
    );
    const promoted = await jubkoo(
      ["users", "set-role", "--email", "fac@moi.go.th", "--role", "editor", "--locality", "TH-10"],
      env,
    );
    expect(promoted).toMatchObject({ code: 0 });
    const lastAdmin = await jubkoo(["users", "disable", "--email", "admin@example.org"], env);
    expect(lastAdmin.code).toBe(2);
    expect(lastAdmin.stderr).toMatch(/last active administrator/);
    expect((await jubkoo(["users", "disable", "--email", "fac@moi.go.th"], env)).code).toBe(0);
    const list = JSON.parse((await jubkoo(["users", "list", "--json"], env)).stdout) as Array<{
      email: string;
      role: string;
      status: string;
    }>;
    expect(list.map((user) => [user.email, user.role, user.status])).toEqual([
      ["admin@example.org", "admin", "active"],
      ["fac@moi.go.th", "editor", "disabled"],
    ]);
  });

  it("keeps accounts through db reset", async () => {
    expect((await jubkoo(["db", "reset", "--yes"], env)).code).toBe(0);
    const list = JSON.parse((await jubkoo(["users", "list", "--json"], env)).stdout) as Array<{ email: string }>;
    expect(list.map((user) => user.email)).toContain("admin@example.org");
  });
});
