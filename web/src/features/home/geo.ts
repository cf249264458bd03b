import type { GeoCollection, GeoFeature } from "../../api/types.ts";

export type Point = [number, number];

const polygonsOf = (feature: GeoFeature): number[][][][] =>
  feature.geometry.type === "Polygon"
    ? [feature.geometry.coordinates as number[][][]]
    : (feature.geometry.coordinates as number[][][][]);

/** Signed-area centroid of a ring (shoelace); the ring's mean point when it has no area. */
const ringCentroid = (ring: number[][]): { point: Point; area: number } => {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  if (area === 0) {
    const mean = ring.reduce<Point>((sum, [px = 0, py = 0]) => [sum[0] + px, sum[1] + py], [0, 0]);
    return { point: [mean[0] / ring.length, mean[1] / ring.length], area: 0 };
  }
  return { point: [x / (3 * area), y / (3 * area)], area: Math.abs(area / 2) };
};

/** The centre of a feature's largest polygon: islands do not pull a prefecture's point out to sea. */
export const featureCentroid = (feature: GeoFeature): Point | undefined => {
  const rings = polygonsOf(feature)
    .map((polygon) => polygon[0])
    .filter((ring): ring is number[][] => Array.isArray(ring) && ring.length > 2);
  const largest = rings.map(ringCentroid).sort((a, b) => b.area - a.area)[0];
  return largest?.point;
};

/** Where to draw a locality: its recorded centroid, else the middle of its outline. */
export const pointsFor = (
  geo: GeoCollection,
  localities: ReadonlyArray<{ id: string; centroid: { lat: number; lon: number } | null }>,
): Map<string, Point> => {
  const points = new Map<string, Point>();
  for (const feature of geo.features) {
    const centre = featureCentroid(feature);
    if (centre) points.set(feature.properties.id, centre);
  }
  for (const locality of localities) {
    if (locality.centroid) points.set(locality.id, [locality.centroid.lon, locality.centroid.lat]);
  }
  return points;
};

/**
 * Thailand and Japan are 4,000 km apart: drawn true to position both shrink to slivers. Japan is
 * drawn as an inset, moved this far (degrees of longitude, latitude) towards Thailand; the map
 * says so in its legend.
 */
export const JAPAN_SHIFT: Point = [-17, -8];

const isJapanese = (id: string): boolean => id.startsWith("JP-");

const shiftPoint = ([x, y]: Point): Point => [x + JAPAN_SHIFT[0], y + JAPAN_SHIFT[1]];

const shiftRings = (polygons: number[][][][]): number[][][][] =>
  polygons.map((polygon) => polygon.map((ring) => ring.map(([x = 0, y = 0]) => shiftPoint([x, y]))));

/** The outlines with Japan moved into the inset position. */
export const withJapanInset = (geo: GeoCollection): GeoCollection => ({
  ...geo,
  features: geo.features.map((feature) =>
    isJapanese(feature.properties.id)
      ? { ...feature, geometry: { type: "MultiPolygon", coordinates: shiftRings(polygonsOf(feature)) } }
      : feature,
  ),
});

/** Points placed on the inset map: Japanese points move with Japan's outlines. */
export const insetPoints = (points: Map<string, Point>): Map<string, Point> =>
  new Map([...points].map(([id, point]) => [id, isJapanese(id) ? shiftPoint(point) : point]));
