import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";
import { createUser } from "../src/services/auth/users.service.ts";
import { openStore } from "../src/services/open-store.ts";
import { makeFixtureDataDir } from "./support/fixture-data.ts";
import { proposalAt, readyContent } from "./support/proposals.ts";
import { jubkoo } from "./support/run-cli.ts";

describe("bin/jubkoo proposals", () => {
  let env: Record<string, string>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    env = {
      JUBKOO_DATA_DIR: makeFixtureDataDir(),
      JUBKOO_DB_DIR: join(mkdtempSync(join(tmpdir(), "jubkoo-db-")), "db"),
    };
    // The embedded database has one writer: fill it, close it, then run the CLI on it.
    const store = await openStore(loadConfig({ ...env, DATABASE_URL: "" }), { seedIfEmpty: true });
    try {
      const deps = {
        db: store.database.db,
        repos: store.repos,
        now: () => new Date(),
        newId: randomUUID,
        mailer: null,
        onDataChanged: () => undefined,
      };
      const row = await createUser(
        deps,
        { actor: null },
        {
          email: "moi@example.go.th",
          name: "MOI",
          role: "facilitator",
          scope: { localities: [], organisations: [] },
          password: "a long enough passphrase",
          lang: "th",
        },
      );
      const facilitator = { ...row, kind: "user" as const };
      ids.sent = (await proposalAt(deps, facilitator, readyContent("TH-50", "JP-16"), ["submit", "consult-mfa"])).id;
      ids.draft = (await proposalAt(deps, facilitator, readyContent("TH-10", "JP-40", { framework: undefined }))).id;
    } finally {
      await store.database.close();
    }
  });

  it("lists proposals with their step and days, filtered by step, as a table or JSON", async () => {
    const all = await jubkoo(["proposals", "list", "--json"], env);
    expect(all.code).toBe(0);
    const rows = JSON.parse(all.stdout) as Array<{ id: string; step: string; days: number; isOverdue: boolean }>;
    expect(rows.map((row) => `${row.id} ${row.step}`).sort()).toEqual(
      [`${ids.sent} mfa-consultation`, `${ids.draft} draft`].sort(),
    );
    const drafts = JSON.parse((await jubkoo(["proposals", "list", "--step", "draft", "--json"], env)).stdout);
    expect(drafts.map((row: { id: string }) => row.id)).toEqual([ids.draft]);
    const thai = await jubkoo(["proposals", "list", "--lang", "th"], env);
    expect(thai.stdout).toMatch(/หารือกระทรวงการต่างประเทศ\s+0\s+เชียงใหม่/);
    expect(thai.stdout).toMatch(/2 proposals/);
  });

  it("shows one proposal: parties, timeline, history and what the readiness check finds", async () => {
    const shown = await jubkoo(["proposals", "show", ids.draft ?? "", "--lang", "en"], env);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/Thai party: Bangkok \(TH-10\)/);
    expect(shown.stdout).toMatch(/Legal: blocks submission/);
    expect(shown.stdout).toMatch(/Say how the cooperation serves development.*\[report:5802-5806\]/);
    const sent = await jubkoo(["proposals", "show", ids.sent ?? "", "--json"], env);
    const body = JSON.parse(sent.stdout);
    expect(body.timeline.map((entry: { step: string }) => entry.step)).toEqual([
      "draft",
      "moi-review",
      "mfa-consultation",
    ]);
    expect(body.readiness.maySubmit).toBe(true);
  });

  it("answers a bad step or an unknown proposal with exit code 2", async () => {
    const step = await jubkoo(["proposals", "list", "--step", "pending"], env);
    expect(step.code).toBe(2);
    expect(step.stderr).toMatch(/--step must be one of draft/);
    const unknown = await jubkoo(["proposals", "show", "no-such-proposal"], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no-such-proposal/);
  });
});
