import { isPasswordLikeEmail } from "../../domain/account.ts";
import type { Role, Scope } from "../../domain/policy/actor.ts";
import type { Lang } from "../../domain/text.ts";
import { Conflict, InvalidInput, NotFound } from "../errors.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { hashPassword } from "./password.ts";
import { assertScopeExists } from "./scope-check.ts";
import { userView } from "./user-view.ts";

export type UserChanges = {
  role?: Role | undefined;
  scope?: Scope | undefined;
  status?: "active" | "disabled" | undefined;
};

/** Creates an account directly (the first admin, from the CLI). */
export const createUser = async (
  deps: WorkspaceDeps,
  meta: RequestMeta,
  input: { email: string; name: string; role: Role; scope: Scope; password: string; lang: Lang },
) => {
  if (isPasswordLikeEmail(input.password, input.email))
    throw new InvalidInput([{ field: "password", key: "error.password.like-email" }]);
  await assertScopeExists(deps.repos, input.scope);
  if (await deps.repos.users.byEmail(input.email)) throw new Conflict("error.already-exists", { what: input.email });
  const passwordHash = await hashPassword(input.password);
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const { password: _password, ...fields } = input;
    const user = await tx.users.insert({ id: deps.newId(), ...fields, passwordHash }, at);
    return {
      value: userView(user),
      audit: { action: "user.create", recordKind: "user", recordId: user.id, before: null, after: userView(user) },
    };
  });
};

/**
 * Changes a role, a scope or whether the account may sign in. Disabling ends its sessions; nothing
 * it wrote is touched. The last active admin cannot be demoted or disabled.
 */
export const updateUser = async (deps: WorkspaceDeps, meta: RequestMeta, id: string, changes: UserChanges) => {
  if (changes.scope) await assertScopeExists(deps.repos, changes.scope);
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const before = await tx.users.byId(id);
    if (!before) throw new NotFound("user", id);
    const losesAdmin =
      before.role === "admin" &&
      before.status === "active" &&
      (changes.status === "disabled" || (changes.role && changes.role !== "admin"));
    if (losesAdmin && (await tx.users.countByRole("admin")) <= 1) throw new Conflict("error.last-admin");
    const after = await tx.users.update(id, changes, at);
    if (!after) throw new NotFound("user", id);
    if (changes.status === "disabled") await tx.sessions.removeForUser(id);
    const action =
      changes.status === "disabled"
        ? "user.disable"
        : changes.role && changes.role !== before.role
          ? "user.role-change"
          : "user.update";
    return {
      value: userView(after),
      audit: { action, recordKind: "user", recordId: id, before: userView(before), after: userView(after) },
    };
  });
};

export const listUsers = async (deps: WorkspaceDeps) => (await deps.repos.users.list()).map(userView);
