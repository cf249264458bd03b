import type { Designation, Issue } from "../domain/issue.ts";
import type { Locality } from "../domain/locality.ts";
import type { Organisation } from "../domain/organisation.ts";
import type { NeedOffer, Relation } from "../domain/relation.ts";
import type { Dataset } from "../domain/source.ts";

/** The whole reference dataset as plain, validated records. */
export type ReferenceData = {
  issues: Issue[];
  designations: Designation[];
  datasets: Dataset[];
  localities: Locality[];
  organisations: Organisation[];
  relations: Relation[];
  needsOffers: NeedOffer[];
};

export type RecordKind = keyof ReferenceData;

export const emptyReferenceData = (): ReferenceData => ({
  issues: [],
  designations: [],
  datasets: [],
  localities: [],
  organisations: [],
  relations: [],
  needsOffers: [],
});

/** Where a record came from, so a problem found later can name the file and line. */
export type RecordLocation = { file: string; lineOf: (path: readonly PropertyKey[]) => number | undefined };
