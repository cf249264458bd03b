import type { Place } from "../domain/place.ts";
import type { GeneratedRecord } from "./generated-layer.ts";
import type { Problem } from "./problem.ts";
import type { RecordLocation, ReferenceData } from "./reference-data.ts";

/** Every place lies in a known locality of its country, its parent place exists, and ids are unique. */
export const checkPlaces = (
  places: readonly Place[],
  records: readonly GeneratedRecord[],
  data: ReferenceData,
  locations: ReadonlyMap<string, RecordLocation>,
): Problem[] => {
  const problems: Problem[] = [];
  const localities = new Map(data.localities.map((locality) => [locality.id, locality]));
  const seen = new Set<string>();
  const ids = new Set(places.map((place) => place.id));
  for (const [index, place] of places.entries()) {
    const location = records[index]?.location;
    const at = (field: string, message: string) =>
      problems.push({
        file: location?.file ?? "?",
        ...(location ? { line: location.lineOf([]) } : {}),
        id: place.id,
        field,
        message,
      });
    if (seen.has(place.id)) at("id", "duplicate place id");
    seen.add(place.id);
    const within = localities.get(place.within);
    if (!within) at("within", `unknown locality "${place.within}"`);
    else if (within.country !== place.country) at("within", `${place.within} is not in ${place.country}`);
    if (place.parent !== null && !ids.has(place.parent)) at("parent", `unknown place "${place.parent}"`);
  }
  const byId = new Map(places.map((place) => [place.id, place]));
  for (const locality of data.localities) {
    if (locality.place === undefined) continue;
    const place = byId.get(locality.place);
    const province = locality.parent ?? locality.id;
    const message = !place
      ? `unknown place "${locality.place}"`
      : place.within !== province
        ? `${locality.place} is in ${place.within}, not in ${province}`
        : undefined;
    const location = locations.get(`localities:${locality.id}`);
    const line = location?.lineOf(["place"]);
    if (message)
      problems.push({
        file: location?.file ?? "?",
        ...(line === undefined ? {} : { line }),
        id: locality.id,
        field: "place",
        message,
      });
  }
  return problems;
};
