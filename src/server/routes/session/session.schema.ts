import { z } from "zod";
import { ROLES } from "../../../domain/policy/actor.ts";

export const SignInBody = z
  .object({
    email: z.string().max(320).describe("Email address"),
    password: z.string().max(1000).describe("Password"),
  })
  .strict();

export const SessionUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  scope: z.object({ localities: z.array(z.string()), organisations: z.array(z.string()) }),
  lang: z.enum(["th", "en", "ja"]),
});

export const SessionResponse = z
  .object({
    user: SessionUser,
    csrfToken: z.string().describe("Send it back as the X-CSRF-Token header with every write"),
    expiresAt: z.string().optional(),
  })
  .describe("The signed-in user and the token for writes");
