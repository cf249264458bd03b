import { loadConfig } from "../../config.ts";
import { EmailSchema, NameSchema, PasswordSchema } from "../../domain/account.ts";
import { ROLES, type Role, ScopeSchema } from "../../domain/policy/actor.ts";
import { LANGS, type Lang } from "../../domain/text.ts";
import { t } from "../../i18n/index.ts";
import { invite } from "../../services/auth/invitation.service.ts";
import { createUser, listUsers, updateUser } from "../../services/auth/users.service.ts";
import { NotFound } from "../../services/errors.ts";
import { withStore } from "../../services/open-store.ts";
import { type Command, EXIT, type Io, UsageError } from "../command.ts";
import { json, parseChoice, table } from "../format.ts";
import { cliMeta, cliWorkspace } from "../workspace-deps.ts";

const SCOPE_OPTIONS = {
  locality: { type: "string", multiple: true },
  organisation: { type: "string", multiple: true },
} as const;

const required = (values: Record<string, unknown>, name: string): string => {
  const value = values[name];
  if (typeof value !== "string" || value.trim() === "") throw new UsageError(`--${name} is required`);
  return value;
};

const parseOrUsage = <T>(
  label: string,
  result: { success: true; data: T } | { success: false; error: { issues: Array<{ message: string }> } },
): T => {
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? "invalid";
  throw new UsageError(`${label}: ${message.startsWith("v.") ? t("en", message as never) : message}`);
};

const emailOf = (values: Record<string, unknown>) =>
  parseOrUsage("--email", EmailSchema.safeParse(required(values, "email")));

const roleOf = (values: Record<string, unknown>): Role => {
  const role = parseChoice("role", required(values, "role"), ROLES);
  if (!role) throw new UsageError("--role is required");
  return role;
};

const scopeOf = (values: Record<string, unknown>, role: Role) => {
  const scope = parseOrUsage(
    "--locality/--organisation",
    ScopeSchema.safeParse({ localities: values.locality ?? [], organisations: values.organisation ?? [] }),
  );
  if (role === "editor" && scope.localities.length + scope.organisations.length === 0)
    throw new UsageError("an editor needs --locality ID (or --organisation ID), one or more");
  return scope;
};

/** Opens the database once and finds the account by its address. */
const withUserByEmail = async (
  io: Io,
  email: string,
  work: (id: string, deps: ReturnType<typeof cliWorkspace>) => Promise<number>,
) => {
  const config = loadConfig(io.env);
  return withStore(config, { seedIfEmpty: true }, async (store) => {
    const user = await store.repos.users.byEmail(email);
    if (!user) throw new NotFound("user", email);
    return work(user.id, cliWorkspace(config, store));
  });
};

export const usersCreate: Command = {
  name: "users create",
  summary: "create an account (the first admin); the password is read from standard input",
  usage:
    "echo PASSWORD | jubkoo users create --email E --role admin|facilitator|editor [--locality ID …] [--organisation ID …] [--name NAME] [--lang th|en|ja]",
  options: {
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    lang: { type: "string" },
    ...SCOPE_OPTIONS,
  },
  run: async ({ values }, io) => {
    const email = emailOf(values);
    const role = roleOf(values);
    const scope = scopeOf(values, role);
    const lang = (parseChoice("lang", values.lang, LANGS) ?? "th") as Lang;
    const name = parseOrUsage("--name", NameSchema.safeParse(values.name ?? email.split("@")[0]));
    const password = parseOrUsage("password", PasswordSchema.safeParse(await io.readSecret("Password: ")));
    const config = loadConfig(io.env);
    return withStore(config, { seedIfEmpty: true }, async (store) => {
      const user = await createUser(cliWorkspace(config, store), cliMeta, { email, name, role, scope, password, lang });
      io.out(`Created ${user.role} ${user.email} (${user.id}).\n`);
      return EXIT.ok;
    });
  },
};

export const usersInvite: Command = {
  name: "users invite",
  summary: "invite an address: a one-time link, mailed when SMTP_URL is set, otherwise printed",
  usage:
    "jubkoo users invite --email E --role admin|facilitator|editor [--locality ID …] [--organisation ID …] [--lang th|en|ja]",
  options: { email: { type: "string" }, role: { type: "string" }, lang: { type: "string" }, ...SCOPE_OPTIONS },
  run: async ({ values }, io) => {
    const email = emailOf(values);
    const role = roleOf(values);
    const scope = scopeOf(values, role);
    const lang = (parseChoice("lang", values.lang, LANGS) ?? "th") as Lang;
    const config = loadConfig(io.env);
    return withStore(config, { seedIfEmpty: true }, async (store) => {
      const result = await invite(cliWorkspace(config, store), cliMeta, { email, role, scope, lang }, config.publicUrl);
      if (result.mailed) io.out(`Invitation mailed to ${email}; it expires ${result.expiresAt.toISOString()}.\n`);
      else io.out(`Pass this one-time link to ${email} (expires ${result.expiresAt.toISOString()}):\n${result.link}\n`);
      return EXIT.ok;
    });
  },
};

export const usersList: Command = {
  name: "users list",
  summary: "every account with its role, scope and status",
  usage: "jubkoo users list [--json]",
  options: { json: { type: "boolean" } },
  run: async ({ values }, io) => {
    const config = loadConfig(io.env);
    return withStore(config, { seedIfEmpty: true }, async (store) => {
      const users = await listUsers(cliWorkspace(config, store));
      if (values.json) io.out(json(users));
      else
        io.out(
          table(
            ["email", "name", "role", "scope", "status", "last sign-in"],
            users.map((user) => [
              user.email,
              user.name,
              user.role,
              [...user.scope.localities, ...user.scope.organisations].join(" ") || "—",
              user.status,
              user.lastSignInAt ?? "never",
            ]),
          ),
        );
      return EXIT.ok;
    });
  },
};

export const usersDisable: Command = {
  name: "users disable",
  summary: "stop an account from signing in (its sessions end; nothing it wrote is lost)",
  usage: "jubkoo users disable --email E",
  options: { email: { type: "string" } },
  run: async ({ values }, io) => {
    const email = emailOf(values);
    return withUserByEmail(io, email, async (id, deps) => {
      await updateUser(deps, cliMeta, id, { status: "disabled" });
      io.out(`Disabled ${email}.\n`);
      return EXIT.ok;
    });
  },
};

export const usersSetRole: Command = {
  name: "users set-role",
  summary: "change an account's role and scope",
  usage: "jubkoo users set-role --email E --role admin|facilitator|editor [--locality ID …] [--organisation ID …]",
  options: { email: { type: "string" }, role: { type: "string" }, ...SCOPE_OPTIONS },
  run: async ({ values }, io) => {
    const email = emailOf(values);
    const role = roleOf(values);
    const scope = scopeOf(values, role);
    return withUserByEmail(io, email, async (id, deps) => {
      await updateUser(deps, cliMeta, id, { role, scope });
      io.out(`${email} is now ${role}${scope.localities.length ? ` for ${scope.localities.join(", ")}` : ""}.\n`);
      return EXIT.ok;
    });
  },
};
