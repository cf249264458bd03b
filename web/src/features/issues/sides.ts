import type { NeedOffer } from "../../api/types.ts";

export type Side = "TH" | "JP";
export type Quadrants = Record<Side, Record<"need" | "offer", NeedOffer[]>>;

export const sideOf = (party: string): Side | undefined => {
  if (party.startsWith("TH-") || party.startsWith("org:th-")) return "TH";
  if (party.startsWith("JP-") || party.startsWith("org:jp-")) return "JP";
  return undefined;
};

/** Who needs and who offers, on the Thai side and on the Japanese side. */
export const quadrantsOf = (items: readonly NeedOffer[]): Quadrants => {
  const quadrants: Quadrants = { TH: { need: [], offer: [] }, JP: { need: [], offer: [] } };
  for (const item of items) {
    const side = sideOf(item.party);
    if (side) quadrants[side][item.kind].push(item);
  }
  return quadrants;
};
