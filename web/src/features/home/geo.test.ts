import { describe, expect, it } from "vitest";
import type { GeoFeature } from "../../api/types.ts";
import { featureCentroid, pointsFor } from "./geo.ts";

const square = (x: number, y: number, size: number): number[][] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe("map points", () => {
  it("puts a feature's point in the middle of its largest polygon", () => {
    const feature: GeoFeature = {
      type: "Feature",
      properties: { id: "JP-47" },
      geometry: { type: "MultiPolygon", coordinates: [[square(0, 0, 1)], [square(10, 10, 4)]] },
    };
    expect(featureCentroid(feature)).toEqual([12, 12]);
  });

  it("prefers a locality's recorded centroid over its outline", () => {
    const feature: GeoFeature = {
      type: "Feature",
      properties: { id: "TH-50" },
      geometry: { type: "Polygon", coordinates: [square(98, 18, 2)] },
    };
    const geo = { type: "FeatureCollection" as const, features: [feature] };
    expect(pointsFor(geo, []).get("TH-50")).toEqual([99, 19]);
    const located = {
      id: "TH-50",
      country: "TH" as const,
      tier: "province",
      region: "north",
      parent: null,
      names: { th: "เชียงใหม่", en: "Chiang Mai", ja: "チェンマイ" },
      population: null,
      centroid: { lat: 18.79, lon: 98.98 },
    };
    expect(pointsFor(geo, [located]).get("TH-50")).toEqual([98.98, 18.79]);
  });
});
