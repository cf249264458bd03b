import type { Stats } from "../../api/types.ts";
import type { Point } from "./geo.ts";

export const MAP_NAME = "jubkoo-th-jp";

type MapOptionInput = {
  links: Stats["links"];
  points: Map<string, Point>;
  nameOf: (id: string) => string;
  relationTitle: (id: string) => string;
};

/** Outlines of both countries, partner areas shaded, a curved line per Thai–Japanese relation. */
export const mapOption = ({ links, points, nameOf, relationTitle }: MapOptionInput) => {
  const partnered = new Set(links.flatMap((link) => [link.a, link.b]));
  const lines = links.flatMap((link) => {
    const from = points.get(link.a);
    const to = points.get(link.b);
    return from && to ? [{ name: link.relation, coords: [from, to], status: link.status }] : [];
  });
  return {
    tooltip: {
      trigger: "item",
      formatter: (params: { componentType?: string; name?: string; seriesType?: string }) =>
        params.seriesType === "lines" ? relationTitle(params.name ?? "") : nameOf(params.name ?? ""),
    },
    geo: {
      map: MAP_NAME,
      nameProperty: "id",
      roam: true,
      // Thailand and the Japan inset (geo.ts JAPAN_SHIFT); remote islets would otherwise shrink the map.
      boundingCoords: [
        [96, 38.5],
        [130, 5],
      ],
      itemStyle: { areaColor: "#e8edf3", borderColor: "#8a9bb0", borderWidth: 0.5 },
      emphasis: { itemStyle: { areaColor: "#fde68a" }, label: { show: false } },
      select: { disabled: true },
      regions: [...partnered].map((id) => ({ name: id, itemStyle: { areaColor: "#f5c6a5" } })),
    },
    series: [
      {
        type: "lines",
        coordinateSystem: "geo",
        data: lines,
        lineStyle: { color: "#b91c1c", width: 1.2, opacity: 0.55, curveness: 0.25 },
        emphasis: { lineStyle: { width: 3, opacity: 1 } },
      },
    ],
  };
};
