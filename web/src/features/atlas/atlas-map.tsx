import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { GeoCollection } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { Chart } from "../../components/chart.tsx";
import { type ECElementEvent, echarts } from "../../components/echarts.ts";
import { QueryView } from "../../components/query-view.tsx";
import { withJapanInset } from "../home/geo.ts";
import { MAP_NAME } from "../home/map-option.ts";
import { atlasMapOption, partnerCounts } from "./atlas-map-option.ts";

const registered = new WeakSet<GeoCollection>();

const MapChart = ({ geo }: { geo: GeoCollection }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const navigate = useNavigate();
  if (!registered.has(geo)) {
    echarts.registerMap(MAP_NAME, withJapanInset(geo) as unknown as Parameters<typeof echarts.registerMap>[1]);
    registered.add(geo);
  }
  const isNarrow = typeof window !== "undefined" && window.matchMedia("(max-width: 40rem)").matches;
  const option = useMemo(
    () =>
      atlasMapOption({
        localities: reference.localities,
        nameOf: reference.nameOf,
        labels: { partnered: t("atlas.map.partnered"), unpartnered: t("atlas.map.unpartnered") },
        isNarrow,
      }),
    [reference, t, isNarrow],
  );
  const onClick = useCallback(
    (event: ECElementEvent) => {
      if (event.name && (event.componentType === "geo" || event.seriesType === "scatter"))
        navigate(`/atlas/${event.name}`);
    },
    [navigate],
  );
  return (
    <Chart
      key={lang}
      option={option}
      label={t("atlas.map.label", partnerCounts(reference.localities))}
      height={isNarrow ? 460 : 680}
      onClick={onClick}
    />
  );
};

/** The atlas as a map; the list view stays the accessible way to every profile. */
export const AtlasMap = () => {
  const { t } = useTranslation();
  const reference = useReference();
  const geo = useApi<GeoCollection>("/api/geo/outlines", {}, { staleTime: Number.POSITIVE_INFINITY });
  return (
    <section aria-labelledby="atlas-map-title" className="atlas-map">
      <h2 id="atlas-map-title">{t("atlas.map.title")}</h2>
      <p>{t("atlas.map.legend")}</p>
      <QueryView query={geo}>{(data) => (reference.isReady ? <MapChart geo={data} /> : null)}</QueryView>
    </section>
  );
};
