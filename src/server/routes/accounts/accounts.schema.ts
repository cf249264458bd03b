import { z } from "zod";
import { AcceptInvitationSchema, InvitationInputSchema, NewPasswordSchema } from "../../../domain/account.ts";
import { RoleSchema, ScopeSchema } from "../../../domain/policy/actor.ts";

export const InvitationBody = InvitationInputSchema;
export const AcceptBody = AcceptInvitationSchema;
export const NewPasswordBody = NewPasswordSchema;

export const TokenParams = z.object({ token: z.string().max(200).describe("The secret from the link") });
export const UserParams = z.object({ id: z.uuid().describe("User id") });

export const ResetRequestBody = z.object({ email: z.string().max(320) }).strict();

export const UserChangesBody = z
  .object({
    role: RoleSchema.optional(),
    scope: ScopeSchema.optional(),
    status: z.enum(["active", "disabled"]).optional().describe("disabled: cannot sign in; nothing they wrote is lost"),
  })
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, { message: "v.invalid" });

export const Delivery = z
  .object({
    mailed: z.boolean().describe("True when the link was mailed"),
    link: z.string().optional().describe("The link to pass on, when it was not mailed"),
    mailError: z.boolean().optional().describe("True when mailing was tried and failed"),
    expiresAt: z.string(),
  })
  .describe("How the one-time link reaches its addressee");
