import type { LocalityBrief } from "../../api/types.ts";
import { insetPoints, type Point } from "../home/geo.ts";
import { MAP_NAME } from "../home/map-option.ts";

export const PARTNERED_COLOUR = "#b91c1c";
export const UNPARTNERED_COLOUR = "#1f5f99";

type Input = {
  localities: readonly LocalityBrief[];
  nameOf: (id: string) => string;
  labels: { partnered: string; unpartnered: string };
  isNarrow: boolean;
};

/**
 * The atlas as a map: provinces and prefectures as outlines (shaded where a partner is on record),
 * each Japanese municipality a point at its government office, red with a Thai partner, blue
 * without. Points are plain canvas symbols without animation, so a phone draws 1,800 of them at once.
 */
export const atlasMapOption = ({ localities, nameOf, labels, isNarrow }: Input) => {
  const municipalities = localities.filter(
    (item) => item.country === "JP" && item.tier !== "prefecture" && item.office,
  );
  const raw = new Map<string, Point>(
    municipalities.flatMap((item) => (item.office ? [[item.id, [item.office.lon, item.office.lat] as Point]] : [])),
  );
  const points = insetPoints(raw);
  const series = (isPartnered: boolean) =>
    municipalities
      .filter((item) => item.partnered === isPartnered)
      .flatMap((item) => {
        const point = points.get(item.id);
        return point ? [{ name: item.id, value: point }] : [];
      });
  const top = localities.filter((item) => item.parent === null || item.id === "TH-S");
  const size = isNarrow ? 3 : 4;
  return {
    // ECharts' own description would list coordinates; the chart's label says what the map shows.
    aria: { enabled: false },
    tooltip: { trigger: "item", formatter: (params: { name?: string }) => nameOf(params.name ?? "") },
    legend: { bottom: 0, data: [labels.partnered, labels.unpartnered] },
    geo: {
      map: MAP_NAME,
      nameProperty: "id",
      roam: true,
      boundingCoords: [
        [96, 38.5],
        [130, 5],
      ],
      itemStyle: { areaColor: "#eef2f6", borderColor: "#8a9bb0", borderWidth: 0.5 },
      emphasis: { itemStyle: { areaColor: "#fde68a" }, label: { show: false } },
      select: { disabled: true },
      regions: top
        .filter((item) => item.partnered)
        .map((item) => ({ name: item.id, itemStyle: { areaColor: "#f5d3bc" } })),
    },
    series: [
      {
        name: labels.unpartnered,
        type: "scatter",
        coordinateSystem: "geo",
        symbolSize: size,
        itemStyle: { color: UNPARTNERED_COLOUR, opacity: 0.55 },
        data: series(false),
        emphasis: { scale: 2.5 },
      },
      {
        name: labels.partnered,
        type: "scatter",
        coordinateSystem: "geo",
        symbolSize: size + 3,
        itemStyle: { color: PARTNERED_COLOUR, borderColor: "#fff", borderWidth: 0.5 },
        data: series(true),
        emphasis: { scale: 1.8 },
        z: 3,
      },
    ],
  };
};

/** How many municipalities each colour stands for (the map's text alternative says so). */
export const partnerCounts = (localities: readonly LocalityBrief[]) => {
  const municipalities = localities.filter((item) => item.country === "JP" && item.tier !== "prefecture");
  const partnered = municipalities.filter((item) => item.partnered).length;
  return { partnered, other: municipalities.length - partnered };
};
