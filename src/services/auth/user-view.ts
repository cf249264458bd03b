import type { UserRow } from "../../store/users.repository.ts";

/** A user as the audit trail and the API show them: never the password hash. */
export const userView = (user: UserRow) => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
  scope: user.scope,
  status: user.status,
  lang: user.lang,
  createdAt: user.createdAt.toISOString(),
  lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
});
export type UserView = ReturnType<typeof userView>;
