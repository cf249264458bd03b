import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { RelationSummary } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { Chart } from "../../components/chart.tsx";
import type { ECElementEvent } from "../../components/echarts.ts";
import { labelOf } from "../../lib/labels.ts";
import { pick } from "../../lib/lang.ts";
import { graphOf } from "./graph-option.ts";

/** Localities and organisations linked by relations; click a node for its page, a link for the relation. */
export const RelationGraph = ({ relations }: { relations: RelationSummary[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const navigate = useNavigate();
  const graph = useMemo(
    () => graphOf(relations, reference.nameOf, (relation) => pick(relation.title, lang)),
    [relations, reference, lang],
  );
  const categories = useMemo(
    () => [
      `${labelOf(t, "country", "TH")} · ${t("kind.locality")}`,
      `${labelOf(t, "country", "JP")} · ${t("kind.locality")}`,
      `${labelOf(t, "country", "TH")} · ${t("kind.organisation")}`,
      `${labelOf(t, "country", "JP")} · ${t("kind.organisation")}`,
      `${labelOf(t, "country", "INT")} · ${t("kind.organisation")}`,
    ],
    [t],
  );
  const option = useMemo(
    () => ({
      tooltip: {
        formatter: (params: { dataType?: string; data?: { name?: string; label?: string } }) =>
          (params.dataType === "edge" ? params.data?.label : params.data?.name) ?? "",
      },
      legend: { data: categories, bottom: 0, type: "scroll" },
      series: [
        {
          type: "graph",
          layout: "force",
          roam: true,
          draggable: true,
          categories: categories.map((name) => ({ name })),
          data: graph.nodes,
          links: graph.links,
          label: { show: true, position: "right", fontSize: 10, formatter: "{b}" },
          labelLayout: { hideOverlap: true },
          force: { repulsion: 90, edgeLength: [30, 90], gravity: 0.08, layoutAnimation: false },
          lineStyle: { color: "source", opacity: 0.5, curveness: 0.1 },
          emphasis: { focus: "adjacency" },
        },
      ],
    }),
    [graph, categories],
  );
  const onClick = useCallback(
    (event: ECElementEvent) => {
      const data = event.data as { id?: string; relation?: string } | undefined;
      if (event.dataType === "edge" && data?.relation) navigate(`/registry/${data.relation}`);
      else if (data?.id && reference.locality(data.id)) navigate(`/atlas/${data.id}`);
    },
    [navigate, reference],
  );
  return (
    <Chart
      option={option}
      label={t("registry.graph-label", { nodes: graph.nodes.length, links: graph.links.length })}
      height={560}
      onClick={onClick}
    />
  );
};
