/**
 * What a fact is evidence of. Matching criteria read only the kinds they are about (industry
 * compares industries, "offer meets need" pairs an offer with a need …), so a kind is part of a
 * fact's meaning, like its issue tags. Free of zod so the web can share it.
 */
export const FACT_KINDS = [
  "industry", // an industry or economic activity (the industries list)
  "offer", // a strength the locality can offer a partner
  "challenge", // a problem it faces
  "need", // something it wants from a partner (a wish list in the report is the voicing side's need)
  "designation", // a national designation or programme
  "relation", // a tie with a named partner: an agreement, an exchange, an association
  "office", // an office or presence abroad
  "heritage", // a heritage site or living tradition
  "geography", // a geographic feature
  "event", // a one-off event: a visit, a fair, a seminar
  "access", // an airport, a flight, a port
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * The kinds a fact may declare (`kind:`) in each list of a locality file, the first being the
 * default for a fact that declares none. A kind outside its list's set is a data error.
 */
export const LIST_FACT_KINDS = {
  strengths: ["offer", "designation", "relation", "office", "event"],
  challenges: ["challenge", "need"],
  heritage: ["heritage", "relation", "event"],
} as const satisfies Record<string, readonly FactKind[]>;
export type FactList = keyof typeof LIST_FACT_KINDS;

/** Every kind some list lets a fact declare. */
export const DECLARABLE_FACT_KINDS = [
  "offer",
  "challenge",
  "need",
  "designation",
  "relation",
  "office",
  "heritage",
  "event",
] as const satisfies readonly FactKind[];

/** The kind of a fact in a list: the one it declares, or the list's default. */
export const factKindIn = (list: FactList, declared: FactKind | undefined): FactKind =>
  declared ?? LIST_FACT_KINDS[list][0];

/**
 * Who did the work a fact records, where it is not the locality's government: `private` is the
 * place's private bodies (firms, NGOs, volunteer groups, clubs, associations, cooperatives);
 * `hosted` is an institution merely located in the place (a university, a national institute or
 * agency, a UN or international office); `municipal` is one of the municipalities within a province
 * or prefecture, held on the province or prefecture (Utsunomiya City's light rail on Tochigi). A
 * fact without it is the government's own record.
 */
export const FACT_ACTORS = ["private", "hosted", "municipal"] as const;
export type FactActor = (typeof FACT_ACTORS)[number];

/** The kinds of fact that record someone's work, and so may say whose it is (`by:`). */
export const ACTED_FACT_KINDS: readonly FactKind[] = ["offer", "relation", "event", "office"];
