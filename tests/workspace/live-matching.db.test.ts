import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.ts";
import { createRepositories } from "../../src/store/repositories.ts";
import { secondConnection, testEngine } from "../support/test-database.ts";
import {
  asUser,
  makeUser,
  ORIGIN,
  type Session,
  signIn,
  type WorkspaceTestApp,
  workspaceApp,
} from "../support/workspace.ts";

type MatchResult = { id: string; score: number };
const ranking = async (app: WorkspaceTestApp["app"], query: string) =>
  ((await app.inject(`/api/match?${query}`)).json().results as MatchResult[]).map(
    (result) => `${result.id}:${result.score.toFixed(6)}`,
  );

const offer = (party: string, text: string, issues: string[]) => ({
  party,
  kind: "offer",
  text: { ja: text },
  issues,
  source: { kind: "self-reported" },
});

describe(`matching sees edits at once, on ${testEngine()}`, () => {
  let ctx: WorkspaceTestApp;
  let facilitator: Session;

  beforeAll(async () => {
    ctx = await workspaceApp();
    facilitator = await signIn(ctx.app, (await makeUser(ctx.deps, "facilitator")).email);
  });
  afterAll(() => ctx.app.close());

  it("ranks with a new offer on the very next request", async () => {
    const query = "from=TH-50&issue=waste&limit=5";
    const before = await ranking(ctx.app, query);
    const created = await ctx.app.inject(
      asUser(facilitator, {
        method: "POST",
        url: "/api/needs-offers",
        payload: offer("JP-40", "ごみ分別と焼却の技術研修", ["waste"]),
      }),
    );
    expect(created.statusCode).toBe(201);
    const after = await ranking(ctx.app, query);
    expect(after).not.toEqual(before);
    const fukuoka = (await ctx.app.inject(`/api/match?${query}`))
      .json()
      .results.find((result: { id: string }) => result.id === "JP-40");
    expect(JSON.stringify(fukuoka.reasons)).toMatch(/ごみ分別と焼却の技術研修/);
  });
});

// Two app instances share one PostgreSQL server and nothing else; PGlite is one process's database.
describe.runIf(testEngine() === "postgres")("two app instances on one PostgreSQL server", () => {
  it("reflects an edit made through one instance in the other's matches within 2 s", async () => {
    const first = await workspaceApp();
    const database = await secondConnection();
    const second = await buildApp({
      repos: createRepositories(database.db),
      database,
      dataDir: first.dataDir,
      webDir: null,
      publicUrl: ORIGIN,
      // The same clock as the first instance: on the real clock the first instance's session, made
      // at the test clock's fixed hour, would look idle to the second once that hour is 2 h past.
      now: first.clock.now,
    });
    try {
      const facilitator = await signIn(first.app, (await makeUser(first.deps, "facilitator")).email);
      const query = "from=TH-10&issue=ageing-society&limit=5";
      const before = await ranking(second, query);
      expect(await ranking(first.app, query)).toEqual(before);
      const created = await first.app.inject(
        asUser(facilitator, {
          method: "POST",
          url: "/api/needs-offers",
          payload: offer("JP-16", "高齢者介護の人材育成", ["ageing-society"]),
        }),
      );
      expect(created.statusCode).toBe(201);
      const started = Date.now();
      let seen = false;
      while (!seen && Date.now() - started < 2_000) {
        seen = JSON.stringify(await ranking(second, query)) !== JSON.stringify(before);
        if (!seen) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(seen, "the second instance still answered with the old ranking after 2 s").toBe(true);
      // And a session made on one instance works on the other: sessions live in the database.
      const me = await second.inject({ method: "GET", url: "/api/session", headers: { cookie: facilitator.cookie } });
      expect(me.statusCode).toBe(200);
    } finally {
      await second.close();
      await database.close();
      await first.app.close();
    }
  });
});
