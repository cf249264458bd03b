import { buildCatalog, type Catalog } from "../../src/catalog/catalog.ts";
import { loadReferenceData } from "../../src/catalog/load.ts";
import type { ReferenceData } from "../../src/catalog/reference-data.ts";
import type { Fact, Locality, LocalityInput } from "../../src/domain/locality.ts";
import { LocalitySchema } from "../../src/domain/locality.ts";
import type { Organisation } from "../../src/domain/organisation.ts";
import type { Relation } from "../../src/domain/relation.ts";
import { RelationSchema } from "../../src/domain/relation.ts";
import { makeFixtureDataDir } from "./fixture-data.ts";

/** The project's real taxonomy and designations, for tests that build their own localities. */
export const vocabulary = (): Pick<ReferenceData, "issues" | "designations" | "datasets"> => {
  const { data } = loadReferenceData(makeFixtureDataDir());
  return { issues: data.issues, designations: data.designations, datasets: data.datasets };
};

const text = (en: string) => ({ th: `th:${en}`, en, ja: `ja:${en}` });

export const fact = (en: string, issues: string[], source = "gk:high"): Omit<Fact, "kind"> => ({
  text: text(en),
  issues,
  source,
});

/** A locality with sensible defaults; tests say only what matters to them. */
export const locality = (input: Partial<LocalityInput> & Pick<LocalityInput, "id">): Locality => {
  const country = input.id.startsWith("TH") ? "TH" : "JP";
  return LocalitySchema.parse({
    country,
    tier: country === "TH" ? "province" : "prefecture",
    region: country === "TH" ? "central" : "kanto",
    names: text(input.id),
    ...input,
  });
};

export const relation = (input: Partial<Relation> & Pick<Relation, "id" | "parties">): Relation =>
  RelationSchema.parse({ type: "mou", title: text(input.id), status: "active", sources: ["gk:low"], ...input });

let cachedVocabulary: ReturnType<typeof vocabulary> | undefined;

export const catalogOf = (
  localities: Locality[],
  relations: Relation[] = [],
  organisations: Organisation[] = [],
): Catalog => {
  cachedVocabulary ??= vocabulary();
  return buildCatalog({ ...cachedVocabulary, localities, relations, organisations, needsOffers: [] });
};
