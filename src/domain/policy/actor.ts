import { z } from "zod";
import { isLocalityId, isOrganisationId } from "../ids.ts";

export const ROLES = ["admin", "facilitator", "editor"] as const;
export const RoleSchema = z.enum(ROLES).describe("admin (the operator), facilitator (MOI, CLAIR …) or editor");
export type Role = z.infer<typeof RoleSchema>;

/** The localities and organisations an editor speaks for. Facilitators and admins act for all. */
export const ScopeSchema = z
  .object({
    localities: z.array(z.string().refine(isLocalityId, "v.locality-id")).max(200).default([]).describe("Locality ids"),
    organisations: z
      .array(z.string().refine(isOrganisationId, "v.organisation-id"))
      .max(50)
      .default([])
      .describe("Organisation ids"),
  })
  .strict();
export type Scope = z.infer<typeof ScopeSchema>;

export const EMPTY_SCOPE: Scope = { localities: [], organisations: [] };

export type Visitor = { kind: "visitor" };
export type User = { kind: "user"; id: string; role: Role; scope: Scope };
/** Who is asking: a visitor, or a signed-in user with a role and a scope. */
export type Actor = Visitor | User;

export const VISITOR: Visitor = { kind: "visitor" };

export const speaksFor = (scope: Scope, party: string): boolean =>
  scope.localities.includes(party) || scope.organisations.includes(party);

export const isEmptyScope = (scope: Scope): boolean =>
  scope.localities.length === 0 && scope.organisations.length === 0;
