import { z } from "zod";

/** Identifiers of DESIGN §6. An id never changes once published. */
export const THAI_TOP_ID = /^TH-(\d{2}|S)$/;
export const THAI_SUB_ID = /^TH-(\d{2}|S)-[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const JP_PREFECTURE_ID = /^JP-\d{2}$/;
export const JP_MUNICIPALITY_ID = /^JP-\d{5}$/;
export const ORGANISATION_ID = /^org:(th|jp|int)-[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

export const isLocalityId = (id: string): boolean =>
  THAI_TOP_ID.test(id) || THAI_SUB_ID.test(id) || JP_PREFECTURE_ID.test(id) || JP_MUNICIPALITY_ID.test(id);

export const isOrganisationId = (id: string): boolean => ORGANISATION_ID.test(id);

export const LocalityIdSchema = z
  .string()
  .refine(isLocalityId, { message: "expected TH-NN, TH-NN-slug, JP-NN or JP-NNNNN" })
  .describe("Locality id: TH-50, TH-S, TH-50-chiang-mai-city, JP-13, JP-40100");

export const PartyIdSchema = z
  .string()
  .refine((id) => isLocalityId(id) || isOrganisationId(id), {
    message: "expected a locality id (TH-50, JP-40100 …) or an organisation id (org:th-dip …)",
  })
  .describe("A party: a locality id or an organisation id");

export const SlugSchema = z.string().regex(SLUG_ID, "expected a lowercase slug (a-z, 0-9, -)");

/** Gazetteer places (not partners): `place:th-5701` (a Thai district by DOPA code), `place:jp-01101` (a ward). */
export const PLACE_ID = /^place:(th|jp)-\d{4,6}$/;
export const isPlaceId = (id: string): boolean => PLACE_ID.test(id);
