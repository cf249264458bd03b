import { z } from "zod";
import { PersonSchema, SpokenLanguageSchema } from "../contacts.ts";
import { PartialDateSchema } from "../dates.ts";
import { LocalityIdSchema, SlugSchema } from "../ids.ts";
import { UserTextSchema } from "../text.ts";

/** The instruments the report names (5586–5588), plus the letter of intent Chiang Mai signed with Kyoto. */
export const INSTRUMENTS = ["sister-city", "friendship", "mou", "letter-of-intent"] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** Who was consulted beyond the province's office (report 5943–5951: agriculture, industry, citizens). */
export const STAKEHOLDER_KINDS = [
  "university",
  "chamber-of-commerce",
  "company",
  "citizens-group",
  "government-agency",
  "other",
] as const;

export const SIDES = ["TH", "JP"] as const;
export type Side = (typeof SIDES)[number];

const ThaiLocalityIdSchema = LocalityIdSchema.refine((id) => id.startsWith("TH-"), "v.thai-locality");
const JapaneseLocalityIdSchema = LocalityIdSchema.refine((id) => id.startsWith("JP-"), "v.japanese-locality");
const ShortText = z.string().trim().min(1).max(300);

export const OfficerSchema = PersonSchema.extend({
  languages: z.array(SpokenLanguageSchema).max(10).default([]).describe("Languages the person works in (th, en, ja …)"),
})
  .strict()
  .describe("A named officer: the responsible one or the deputy");
export type Officer = z.infer<typeof OfficerSchema>;

const SideOfficersSchema = z
  .object({ officer: OfficerSchema.optional(), deputy: OfficerSchema.optional() })
  .strict()
  .describe("The responsible officer and the deputy of one side");

export const GainSchema = z
  .object({
    text: UserTextSchema,
    issue: SlugSchema.optional().describe("The issue it is about"),
    sources: z.array(z.string().max(200)).max(10).default([]).describe("Source references (report:N-M …)"),
  })
  .strict()
  .describe("Something one side gains");
export type Gain = z.infer<typeof GainSchema>;

export const BackgroundSchema = z
  .object({ text: UserTextSchema, sources: z.array(z.string().max(200)).max(10).default([]) })
  .strict()
  .describe("A reason for the partnership, with its sources");

export const ActivitySchema = z
  .object({
    what: UserTextSchema.describe("The activity"),
    when: PartialDateSchema.describe("When, within the first year"),
    target: UserTextSchema.describe('The measurable target, e.g. "20 students exchanged"'),
  })
  .strict()
  .describe("One activity of the first-year plan");
export type PlannedActivity = z.infer<typeof ActivitySchema>;

export const BudgetSchema = z
  .object({
    line: ShortText.describe("The budget line it is paid from"),
    amount: z.number().nonnegative().max(1e12).optional().describe("Amount in Thai baht"),
    year: z.number().int().min(2000).max(2200).optional().describe("Fiscal year (CE)"),
  })
  .strict();

export const StakeholderSchema = z
  .object({
    kind: z.enum(STAKEHOLDER_KINDS),
    name: ShortText.describe("Who"),
    consultedOn: PartialDateSchema.optional(),
  })
  .strict();

export const PartnerInterestSchema = z
  .object({ text: UserTextSchema.describe("What the Japanese side said it wants"), on: PartialDateSchema.optional() })
  .strict()
  .describe("The Japanese side's interest, as recorded");

/** Everything a proposal says; all of it stays editable while it is a draft or returned. */
export const ProposalContentSchema = z
  .object({
    thaiParty: ThaiLocalityIdSchema.describe("The Thai party that signs: a province, Bangkok or Pattaya"),
    japaneseParty: JapaneseLocalityIdSchema.describe("The Japanese prefecture or municipality"),
    proposingBody: ThaiLocalityIdSchema.optional().describe(
      "A municipality or other body proposing through its province",
    ),
    initiatingSide: z.enum(SIDES).describe("TH: the Thai side proposes; JP: the Japanese side approached"),
    instrument: z.enum(INSTRUMENTS),
    title: UserTextSchema.optional(),
    issues: z.array(SlugSchema).max(12).default([]),
    background: z.array(BackgroundSchema).max(30).default([]),
    objectives: z.array(UserTextSchema).max(12).default([]),
    gains: z
      .object({ thai: z.array(GainSchema).max(30).default([]), japanese: z.array(GainSchema).max(30).default([]) })
      .strict()
      .default({ thai: [], japanese: [] }),
    activities: z.array(ActivitySchema).max(30).default([]),
    budget: BudgetSchema.optional(),
    officers: z
      .object({ thai: SideOfficersSchema.default({}), japanese: SideOfficersSchema.default({}) })
      .strict()
      .default({ thai: {}, japanese: {} }),
    stakeholders: z.array(StakeholderSchema).max(30).default([]),
    partnerInterest: PartnerInterestSchema.optional(),
    continuity: UserTextSchema.optional().describe("How the work survives a change of governor or officer"),
    framework: UserTextSchema.optional().describe("How it serves development and mutual benefit (MOI framework rule)"),
  })
  .strict()
  .refine((content) => content.proposingBody !== content.thaiParty, {
    message: "v.proposing-body-same",
    path: ["proposingBody"],
  });
export type ProposalContent = z.infer<typeof ProposalContentSchema>;
export type ProposalContentInput = z.input<typeof ProposalContentSchema>;

/** The pair evaluation the draft started from: kept as it was, for the record. */
export type EvaluationSnapshot = {
  score: number;
  criteria: Record<string, number>;
  flags: string[];
  evaluatedAt: string;
};

/** The parties a proposal involves, for the policy: who speaks for which side. */
export type ProposalParties = { thai: string; japanese: string; proposingBody?: string | undefined };

export const partiesOf = (content: ProposalContent): ProposalParties => ({
  thai: content.thaiParty,
  japanese: content.japaneseParty,
  ...(content.proposingBody ? { proposingBody: content.proposingBody } : {}),
});

export const partyList = (parties: ProposalParties): string[] =>
  [parties.thai, parties.japanese, parties.proposingBody].filter((party): party is string => Boolean(party));
