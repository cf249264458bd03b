import { type PlacementInput, placeThaiLocalGovernment } from "../catalog/thai-placement.ts";
import type { Repositories } from "../store/repositories.ts";

/**
 * The registration step of a Thai local government (issue 12): its parent province and its
 * district (and subdistrict) in the gazetteer. The workspace's registration form calls this before
 * it writes the new locality with `parent` and `place` set.
 */
export const placeThaiRegistration = async (repos: Pick<Repositories, "places">, input: PlacementInput) =>
  placeThaiLocalGovernment(await repos.places.list({ within: input.province }), input);
