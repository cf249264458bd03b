import { normaliseForSearch } from "../../catalog/search/normalise.ts";
import { LocalitySchema } from "../../domain/locality.ts";
import type { Place } from "../../domain/place.ts";
import type { Actor } from "../../domain/policy/actor.ts";
import { candidateIds, placeSlug } from "../../domain/registration/locality-slug.ts";
import { registeredLocality } from "../../domain/registration/registered-locality.ts";
import type { RegistrationInput } from "../../domain/registration/registration.ts";
import { REGISTRATION_FACT } from "../../domain/registration/tiers.ts";
import { authorize } from "../authorize.ts";
import { Conflict, InvalidInput } from "../errors.ts";
import { placeThaiRegistration } from "../placement.service.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";

const placeName = (place: Place): string => place.names.th ?? place.names.en ?? place.code;

/** A placement that failed, as the field to correct and, when ambiguous, the places to choose from. */
const placementProblem = (field: string, reason: "unknown" | "ambiguous", candidates: Place[]) =>
  new InvalidInput([
    reason === "ambiguous"
      ? { field, key: "registration.place-ambiguous", params: { options: candidates.map(placeName).join(", ") } }
      : { field, key: `registration.${field}-unknown` },
  ]);

/**
 * A Thai local government registers itself: placed under its province and in its gazetteer
 * district (and subdistrict), given an id of today's scheme, and written with one audit entry.
 * The catalog is invalidated on commit, so the atlas, search and matching show it at once.
 */
export const registerLocality = async (
  deps: WorkspaceDeps,
  actor: Actor,
  meta: RequestMeta,
  input: RegistrationInput,
) => {
  const user = authorize(actor, { type: "locality.register", province: input.province });
  const province = await deps.repos.localities.get(input.province);
  if (province?.tier !== "province")
    throw new InvalidInput([{ field: "province", key: "registration.province-unknown" }]);
  const placement = await placeThaiRegistration(deps.repos, input);
  if (!placement.ok) throw placementProblem(placement.field, placement.reason, placement.candidates);
  return runChange(deps, meta, { changesData: true }, async (tx, at) => {
    const siblings = (await tx.localities.list({ parent: input.province })).items;
    const thaiName = normaliseForSearch(input.names.th);
    // A Thai local body's name carries its tier (เทศบาลตำบล…, องค์การบริหารส่วนตำบล…): the same Thai
    // name in the same province is the same body, whatever tier the form says.
    const twin = siblings.find((other) => normaliseForSearch(other.names.th) === thaiName);
    if (twin) throw new Conflict("registration.duplicate", { name: input.names.th, id: twin.id });
    const ids = candidateIds(
      input.province,
      input.tier,
      input.names.en,
      placeSlug(placement.district, placement.subdistrict),
    );
    // A deleted locality's id stays retired: ids never change meaning once published.
    const retired = await tx.records.tombstoned("locality");
    let id: string | undefined;
    for (const candidate of ids) {
      if (!retired.has(candidate) && !(await tx.localities.get(candidate))) {
        id = candidate;
        break;
      }
    }
    if (!id) throw new Conflict("registration.duplicate-id", { id: ids.join(", ") });
    const doc = LocalitySchema.parse(
      registeredLocality(input, { id, region: province.region, place: placement.place, by: user.id, at }),
    );
    await tx.records.saveAsUser("locality", doc, null);
    // Whoever typed it in, what a body says of itself waits for a facilitator's review.
    await tx.submissions.insert(
      {
        id: deps.newId(),
        kind: "self-report",
        status: "pending",
        record: { kind: "locality", id },
        parties: [id],
        submittedBy: user.id,
        submitterScope: user.scope,
        submittedAt: at.toISOString(),
        payload: { factId: REGISTRATION_FACT },
        events: [{ at: at.toISOString(), by: user.id, action: "submitted" }],
      },
      at,
    );
    return {
      value: { id, parent: input.province, place: placement.place },
      audit: { action: "locality.create", recordKind: "locality", recordId: id, before: null, after: doc },
    };
  });
};
