import type { Locality } from "../locality.ts";
import { selfReportedRef } from "../source.ts";
import { textIn } from "../text.ts";
import { type RegistrationInput, untranslatedNames } from "./registration.ts";

export type RegistrationFacts = {
  id: string;
  /** The province's region: a body lies where its province does. */
  region: Locality["region"];
  /** The gazetteer place (subdistrict, else district) it was placed in. */
  place: string;
  by: string;
  at: Date;
};

/**
 * The new locality, as thin as what the body said of itself: identity, place and contacts, all
 * self-reported on the day and unreviewed whoever typed them in. A name not given in a language
 * shows the nearest given one and is listed as untranslated, never left blank.
 */
export const registeredLocality = (input: RegistrationInput, facts: RegistrationFacts): Locality => {
  const source = selfReportedRef(facts.id, facts.at.toISOString().slice(0, 10));
  const nameIn = (lang: "th" | "en" | "ja") => textIn(input.names, lang).value;
  const untranslated = untranslatedNames(input.names);
  return {
    id: facts.id,
    country: "TH",
    tier: input.tier,
    tier_source: source,
    parent: input.province,
    region: facts.region,
    names: { th: nameIn("th"), en: nameIn("en"), ja: nameIn("ja") },
    geography: [],
    industries: [],
    strengths: [],
    challenges: [],
    designations: [],
    access: [],
    heritage: [],
    place: facts.place,
    ...(input.contacts ? { contacts: { ...input.contacts, source } } : {}),
    ...(untranslated.length ? { untranslated } : {}),
    entered: { by: facts.by, at: facts.at.toISOString() },
    review: { status: "unreviewed" },
  };
};
