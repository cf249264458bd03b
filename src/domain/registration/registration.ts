import { z } from "zod";
import { ContactsSchema } from "../contacts.ts";
import { LocalityIdSchema } from "../ids.ts";
import { LANGS, type Lang } from "../text.ts";

import { REGISTRABLE_TIERS } from "./tiers.ts";

export { REGISTRABLE_TIERS, type RegistrableTier } from "./tiers.ts";

const name = z.string().trim().min(1, "v.required").max(200);

/** A Thai province (not Bangkok's special id TH-S): the parent a registered body is placed under. */
export const ThaiProvinceIdSchema = z
  .string()
  .regex(/^TH-\d{2}$/, "v.province")
  .describe("The province, TH-NN");

/** Who to contact, as a registration states it; the source is the body's own word. */
export const RegistrationContactsSchema = ContactsSchema.omit({ source: true }).strict();

/**
 * What a Thai local government states when it registers itself: its name in Thai (others when
 * known; missing languages are shown as not yet translated), its tier, where it is, who to contact.
 */
export const RegistrationInputSchema = z
  .object({
    names: z
      .object({
        th: name.describe("Thai name, e.g. เทศบาลตำบลแม่ริม"),
        en: name.optional().describe("English name"),
        ja: name.optional().describe("Japanese name"),
      })
      .strict(),
    tier: z.enum(REGISTRABLE_TIERS).describe("pao, city-, town- or subdistrict-municipality, or sao"),
    province: ThaiProvinceIdSchema,
    district: z.string().trim().min(1, "v.required").max(120).describe("District: DOPA code or Thai or English name"),
    subdistrict: z.string().trim().max(120).optional().describe("Subdistrict: DOPA code or Thai name"),
    contacts: RegistrationContactsSchema.optional(),
  })
  .strict()
  .describe("A Thai local government registering itself");
export type RegistrationInput = z.infer<typeof RegistrationInputSchema>;

export const RegistrationResultSchema = z.object({
  id: LocalityIdSchema,
  parent: z.string(),
  place: z.string(),
});

/** Languages the registrant did not give a name in: shown as "not yet translated". */
export const untranslatedNames = (names: RegistrationInput["names"]): Lang[] =>
  LANGS.filter((lang) => names[lang] === undefined);
