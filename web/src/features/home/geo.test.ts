import { describe, expect, it } from "vitest";
import type { GeoFeature } from "../../api/types.ts";
import { featureCentroid, insetPoints, JAPAN_SHIFT, pointsFor, withJapanInset } from "./geo.ts";

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

  it("moves Japan, and only Japan, into the inset with its points", () => {
    const japan: GeoFeature = {
      type: "Feature",
      properties: { id: "JP-13" },
      geometry: { type: "Polygon", coordinates: [square(139, 35, 1)] },
    };
    const thailand: GeoFeature = {
      type: "Feature",
      properties: { id: "TH-10" },
      geometry: { type: "Polygon", coordinates: [square(100, 13, 1)] },
    };
    const inset = withJapanInset({ type: "FeatureCollection", features: [japan, thailand] });
    expect(featureCentroid(inset.features[0] as GeoFeature)).toEqual([139.5 + JAPAN_SHIFT[0], 35.5 + JAPAN_SHIFT[1]]);
    expect(inset.features[1]).toBe(thailand);
    const points = insetPoints(
      new Map([
        ["JP-13", [139, 35] as [number, number]],
        ["TH-10", [100, 13] as [number, number]],
      ]),
    );
    expect(points.get("JP-13")).toEqual([139 + JAPAN_SHIFT[0], 35 + JAPAN_SHIFT[1]]);
    expect(points.get("TH-10")).toEqual([100, 13]);
  });
});
