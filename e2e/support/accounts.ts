import type { BrowserContext } from "playwright-core";
import { baseUrl } from "./browser.ts";

export type Credentials = { email: string; password: string };
export type ApiSession = { cookie: string; csrfToken: string };

/** The administrator the runner made with `jubkoo users create` before the server started. */
export const firstAdmin = (): Credentials => {
  const email = process.env.JUBKOO_E2E_ADMIN_EMAIL;
  const password = process.env.JUBKOO_E2E_ADMIN_PASSWORD;
  if (!email || !password) throw new Error("run the specs through npm run test:e2e (it makes the first admin)");
  return { email, password };
};

/** A write as this site's pages make it: same Origin, JSON, and the session's token when signed in. */
export const apiWrite = async (
  method: string,
  path: string,
  body: unknown,
  session?: ApiSession,
): Promise<{ status: number; body: unknown; cookie?: string }> => {
  const response = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: {
      origin: baseUrl(),
      "content-type": "application/json",
      ...(session ? { cookie: session.cookie, "x-csrf-token": session.csrfToken } : {}),
    },
    body: JSON.stringify(body),
  });
  // The session cookie and the CSRF secret's cookie (the token is checked against it) travel together.
  const cookies = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0] ?? "")
    .filter((pair) => pair.startsWith("jubkoo_"));
  return {
    status: response.status,
    body: await response.json().catch(() => undefined),
    ...(cookies.some((pair) => pair.startsWith("jubkoo_session=")) ? { cookie: cookies.join("; ") } : {}),
  };
};

export const apiSignIn = async (account: Credentials): Promise<ApiSession> => {
  const answer = await apiWrite("POST", "/api/session", account);
  if (answer.status !== 200 || !answer.cookie) throw new Error(`sign-in failed: ${answer.status}`);
  return { cookie: answer.cookie, csrfToken: (answer.body as { csrfToken: string }).csrfToken };
};

let counter = 0;
/** A fresh address per account, so specs never collide. */
export const freshEmail = (label: string): string => `${label}-${Date.now().toString(36)}-${++counter}@e2e.jubkoo.test`;

/** An account made the way people get one: an invitation, accepted. */
export const createAccount = async (
  role: "admin" | "facilitator" | "editor",
  localities: string[] = [],
  name = `E2E ${role}`,
): Promise<Credentials> => {
  const admin = await apiSignIn(firstAdmin());
  const email = freshEmail(role);
  const invited = await apiWrite("POST", "/api/invitations", { email, role, scope: { localities } }, admin);
  if (invited.status !== 201) throw new Error(`invitation failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const token = String((invited.body as { link: string }).link)
    .split("/")
    .pop();
  const password = `pw-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const accepted = await apiWrite("POST", `/api/invitations/${token}/accept`, { name, password });
  if (accepted.status !== 201) throw new Error(`accepting failed: ${accepted.status}`);
  return { email, password };
};

/** Puts an API session's cookies into a browser context: signed in without going through the form. */
export const signInContext = async (context: BrowserContext, session: ApiSession): Promise<void> => {
  await context.addCookies(
    session.cookie.split("; ").map((pair) => {
      const [name = "", value = ""] = pair.split("=");
      return { name, value, url: baseUrl(), httpOnly: true, sameSite: "Lax" as const };
    }),
  );
};
