import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { GeoCollection, Stats } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { Chart } from "../../components/chart.tsx";
import { type ECElementEvent, echarts } from "../../components/echarts.ts";
import { QueryView } from "../../components/query-view.tsx";
import { insetPoints, pointsFor, withJapanInset } from "./geo.ts";
import { MAP_NAME, mapOption } from "./map-option.ts";

const registered = new WeakSet<GeoCollection>();

const MapChart = ({ geo, links }: { geo: GeoCollection; links: Stats["links"] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const navigate = useNavigate();
  if (!registered.has(geo)) {
    // ECharts reads the outlines by name; the GeoJSON comes from the API, nothing from the internet.
    echarts.registerMap(MAP_NAME, withJapanInset(geo) as unknown as Parameters<typeof echarts.registerMap>[1]);
    registered.add(geo);
  }
  const titles = useMemo(() => new Map(links.map((link) => [link.relation, link])), [links]);
  const option = useMemo(
    () =>
      mapOption({
        links,
        points: insetPoints(pointsFor(geo, reference.localities)),
        nameOf: reference.nameOf,
        relationTitle: (id) => {
          const link = titles.get(id);
          return link ? `${reference.nameOf(link.a)} – ${reference.nameOf(link.b)}` : id;
        },
      }),
    [geo, links, reference, titles],
  );
  const onClick = useCallback(
    (event: ECElementEvent) => {
      if (event.componentType === "geo" && event.name) navigate(`/atlas/${event.name}`);
      if (event.seriesType === "lines" && event.name) navigate(`/registry/${event.name}`);
    },
    [navigate],
  );
  return (
    <Chart
      key={lang}
      option={option}
      label={t("home.map.label", { count: links.length })}
      height={640}
      onClick={onClick}
    />
  );
};

export const PartnerMap = ({ links }: { links: Stats["links"] }) => {
  const { t } = useTranslation();
  const geo = useApi<GeoCollection>("/api/geo/outlines", {}, { staleTime: Number.POSITIVE_INFINITY });
  return (
    <section aria-labelledby="map-title">
      <h2 id="map-title">{t("home.map.title")}</h2>
      <p>{t("home.map.legend")}</p>
      <p className="note">{t("home.map.inset")}</p>
      <QueryView query={geo}>{(data) => <MapChart geo={data} links={links} />}</QueryView>
    </section>
  );
};
