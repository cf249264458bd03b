import { randomUUID } from "node:crypto";
import type { FastifyInstance, InjectOptions } from "fastify";
import type { Role, Scope } from "../../src/domain/policy/actor.ts";
import { buildApp } from "../../src/server/app.ts";
import { createUser } from "../../src/services/auth/users.service.ts";
import type { Mailer } from "../../src/services/mail/mailer.ts";
import { seedDatabase } from "../../src/services/seed.service.ts";
import type { WorkspaceDeps } from "../../src/services/workspace/context.ts";
import type { Database } from "../../src/store/database.ts";
import type { Repositories } from "../../src/store/repositories.ts";
import { makeFixtureDataDir } from "./fixture-data.ts";
import { freshRepositories } from "./test-database.ts";

export const ORIGIN = "http://localhost:3000";
export const PASSWORD = "correct horse battery staple";

/** A clock the test moves: expiry and idle timeouts checked to the second. */
export const testClock = (start = new Date("2026-12-06T09:00:00Z")) => {
  let now = start.getTime();
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
};

export type WorkspaceTestApp = {
  app: FastifyInstance;
  repos: Repositories;
  database: Database;
  deps: WorkspaceDeps;
  clock: ReturnType<typeof testClock>;
  dataDir: string;
};

/** The real app on the worker's database with the fixture dataset; HTTP runs in-process. */
export const workspaceApp = async (
  options: { mailer?: Mailer | null; realLocalities?: readonly string[] } = {},
): Promise<WorkspaceTestApp> => {
  const { database, repos } = await freshRepositories();
  const dataDir = makeFixtureDataDir(options.realLocalities);
  await seedDatabase(repos, { dataDir });
  const clock = testClock();
  const app = await buildApp({
    repos,
    database,
    dataDir,
    webDir: null,
    mailer: options.mailer ?? null,
    publicUrl: ORIGIN,
    now: clock.now,
  });
  const deps: WorkspaceDeps = {
    db: database.db,
    repos,
    now: clock.now,
    newId: randomUUID,
    mailer: options.mailer ?? null,
    onDataChanged: () => undefined,
  };
  return { app, repos, database, deps, clock, dataDir };
};

let counter = 0;

/** An account made directly, as `jubkoo users create` makes the first admin. */
export const makeUser = async (
  deps: WorkspaceDeps,
  role: Role,
  scope: Partial<Scope> = {},
  email = `${role}-${++counter}@example.org`,
) =>
  createUser(
    deps,
    { actor: null, actorEmail: "test" },
    {
      email,
      name: `${role} ${counter}`,
      role,
      scope: { localities: [], organisations: [], ...scope },
      password: PASSWORD,
      lang: "en",
    },
  );

export type Session = { cookie: string; csrf: string; userId: string };

const cookiesOf = (setCookie: string | string[] | undefined): string =>
  (Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : []).map((line) => line.split(";")[0]).join("; ");

/** Signs in through the API and keeps what a browser keeps: the cookies and the CSRF token. */
export const signIn = async (app: FastifyInstance, email: string, password = PASSWORD): Promise<Session> => {
  const response = await app.inject({
    method: "POST",
    url: "/api/session",
    headers: { origin: ORIGIN },
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const body = response.json();
  return { cookie: cookiesOf(response.headers["set-cookie"]), csrf: body.csrfToken, userId: body.user.id };
};

/** A request as the web app sends it: same origin, with the session cookie and the CSRF token. */
export const asUser = (session: Session | undefined, options: InjectOptions): InjectOptions => ({
  ...options,
  headers: {
    origin: ORIGIN,
    ...(session ? { cookie: session.cookie, "x-csrf-token": session.csrf } : {}),
    ...options.headers,
  },
});
