import { z } from "zod";
import { SourceSchema } from "./source.ts";
import { UserTextSchema } from "./text.ts";

const PhoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()./-]{6,30}$/, "v.phone")
  .describe("Phone number, international form preferred");

const EmailSchema = z.email("v.email").max(254).describe("Email address");

/** A named person responsible for the locality's international relations. */
export const PersonSchema = z
  .object({
    name: z.string().trim().min(1).max(200).describe("Full name as the person writes it"),
    title: z.string().trim().min(1).max(200).optional().describe("Position"),
    email: EmailSchema.optional(),
    phone: PhoneSchema.optional(),
  })
  .strict();
export type Person = z.infer<typeof PersonSchema>;

/** Languages staff can work in, as ISO 639-1 codes (th, en, ja, zh …). */
export const SpokenLanguageSchema = z.string().regex(/^[a-z]{2}$/, "expected a two-letter language code");

export const ContactsSchema = z
  .object({
    office: UserTextSchema.optional().describe("The office that handles international relations"),
    email: EmailSchema.optional(),
    phone: PhoneSchema.optional(),
    website: z
      .url({ protocol: /^https?$/, message: "v.url" })
      .max(2000)
      .optional()
      .describe("Official website"),
    languages: z.array(SpokenLanguageSchema).max(20).default([]).describe("Languages the office works in"),
    officer: PersonSchema.optional().describe("The responsible officer"),
    deputy: PersonSchema.optional().describe("The deputy"),
    source: SourceSchema,
  })
  .strict()
  .describe("Who to contact about cooperation");
export type Contacts = z.infer<typeof ContactsSchema>;
