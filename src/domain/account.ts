import { z } from "zod";
import { RoleSchema, ScopeSchema } from "./policy/actor.ts";
import { LangSchema } from "./text.ts";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Addresses are compared lower-cased and trimmed: one account per address. */
export const EmailSchema = z.string().trim().toLowerCase().pipe(z.email("v.email").max(254)).describe("Email address");

/** Length is what makes a password strong; no composition rules (NIST SP 800-63B). */
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN, "v.password-short")
  .max(PASSWORD_MAX, "v.password-long")
  .describe(`A password of ${PASSWORD_MIN} to ${PASSWORD_MAX} characters`);

export const NameSchema = z.string().trim().min(1).max(200).describe("The person's name, as they write it");

export const SignInSchema = z
  .object({ email: z.string().max(320).describe("Email address"), password: z.string().max(1000) })
  .strict();

export const InvitationInputSchema = z
  .object({
    email: EmailSchema,
    role: RoleSchema,
    scope: ScopeSchema.default({ localities: [], organisations: [] }),
    lang: LangSchema.default("th").describe("Language of the invitation email"),
  })
  .strict()
  .refine((input) => input.role !== "editor" || input.scope.localities.length + input.scope.organisations.length > 0, {
    message: "v.editor-scope",
    path: ["scope"],
  });
export type InvitationInput = z.infer<typeof InvitationInputSchema>;

export const AcceptInvitationSchema = z
  .object({ name: NameSchema, password: PasswordSchema, lang: LangSchema.optional() })
  .strict();

export const NewPasswordSchema = z.object({ password: PasswordSchema }).strict();

/** A password must not be the address it signs in with. */
export const isPasswordLikeEmail = (password: string, email: string): boolean =>
  password.trim().toLowerCase() === email.trim().toLowerCase();
