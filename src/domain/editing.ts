import { z } from "zod";
import { ContactsSchema } from "./contacts.ts";
import { PROFILE_SECTIONS } from "./fact-ids.ts";
import { PartyIdSchema, SlugSchema } from "./ids.ts";
import { DocumentSchema, type Source, selfReportedRef } from "./source.ts";
import { UserTextSchema } from "./text.ts";

/** Where what a user enters comes from: their own office's word, or a document they name. */
export const UserSourceInputSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("self-reported") }).strict(),
    DocumentSchema.extend({ kind: z.literal("document") }).strict(),
  ])
  .describe('"self-reported" by the locality today, or a document (title, optional link and date)');
export type UserSourceInput = z.infer<typeof UserSourceInputSchema>;

export const toSource = (input: UserSourceInput, party: string, today: string): Source => {
  if (input.kind === "self-reported") return selfReportedRef(party, today);
  const { kind: _kind, ...document } = input;
  return { ref: "document", document };
};

const ReasonSchema = z.string().trim().max(1000).optional().describe("Why: kept in the record's history");
const IssueTagsSchema = z.array(SlugSchema).min(1).max(12).describe("Issue ids from the taxonomy");

export const FactInputSchema = z
  .object({
    section: z.enum(PROFILE_SECTIONS).describe("strengths (offers), challenges (needs) or industries"),
    text: UserTextSchema,
    issues: IssueTagsSchema,
    kind: z.enum(["industry", "speciality"]).optional().describe("For industries: an industry or a speciality product"),
    source: UserSourceInputSchema,
    reason: ReasonSchema,
  })
  .strict();
export type FactInput = z.infer<typeof FactInputSchema>;

export const RemovalSchema = z
  .object({ reason: ReasonSchema, lang: z.enum(["th", "en", "ja"]).optional() })
  .strict()
  .describe("Why it is removed (?reason=…), kept in the history");

export const ContactsInputSchema = ContactsSchema.omit({ source: true })
  .extend({ source: UserSourceInputSchema, reason: ReasonSchema })
  .strict();
export type ContactsInput = z.infer<typeof ContactsInputSchema>;

export const NeedOfferInputSchema = z
  .object({
    party: PartyIdSchema,
    kind: z.enum(["need", "offer"]),
    text: UserTextSchema,
    issues: IssueTagsSchema,
    source: UserSourceInputSchema,
    reason: ReasonSchema,
  })
  .strict();
export type NeedOfferInput = z.infer<typeof NeedOfferInputSchema>;

export const NeedOfferUpdateSchema = NeedOfferInputSchema.omit({ party: true });
export type NeedOfferUpdate = z.infer<typeof NeedOfferUpdateSchema>;
