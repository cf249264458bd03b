import type { Locality } from "../../../domain/locality.ts";
import type { Relation, RelationStatus } from "../../../domain/relation.ts";
import { presentContacts, presentFact } from "../workspace/entries.presenter.ts";

/** What a directory row needs; the full profile is only sent for one locality. */
export const presentLocalitySummary = (locality: Locality) => ({
  id: locality.id,
  country: locality.country,
  tier: locality.tier,
  region: locality.region,
  parent: locality.parent,
  names: locality.names,
  population: locality.population ?? null,
  centroid: locality.centroid ? { lat: locality.centroid.lat, lon: locality.centroid.lon } : null,
  counts: {
    industries: locality.industries.length,
    strengths: locality.strengths.length,
    challenges: locality.challenges.length,
  },
});

export const presentLocality = (
  locality: Locality,
  relations: readonly Relation[],
  children: readonly Locality[],
  options: { isSignedIn: boolean; suggest: (relation: Relation) => RelationStatus },
) => ({
  ...locality,
  strengths: locality.strengths.map((fact) => presentFact("strengths", fact)),
  challenges: locality.challenges.map((fact) => presentFact("challenges", fact)),
  industries: locality.industries.map((fact) => presentFact("industries", fact)),
  contacts: presentContacts(locality.contacts, options.isSignedIn),
  children: children.map(presentLocalitySummary),
  relations: relations.map((relation) => ({
    id: relation.id,
    type: relation.type,
    form: relation.form,
    status: relation.status,
    suggestedStatus: options.suggest(relation),
    start: relation.start ?? null,
    title: relation.title,
    parties: relation.parties,
  })),
});
