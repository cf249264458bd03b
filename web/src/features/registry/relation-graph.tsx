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
/** Below this width the graph is drawn for a phone: shorter, smaller labels, hubs named only. */
const PHONE_WIDTH = 600;

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
  const isPhone = typeof window !== "undefined" && window.innerWidth < PHONE_WIDTH;
  // With many parties only hubs carry a label; every node names itself on hover.
  const labelled = useMemo(() => {
    const threshold = graph.nodes.length > (isPhone ? 15 : 40) ? (isPhone ? 4 : 2) : 1;
    return graph.nodes.map((node) => ({ ...node, label: { show: node.value >= threshold } }));
  }, [graph, isPhone]);
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
          data: labelled,
          links: graph.links,
          // Labels are cut short rather than at the canvas edge, and hidden where they would overlap.
          label: {
            position: "right",
            fontSize: isPhone ? 9 : 11,
            formatter: "{b}",
            width: isPhone ? 80 : 130,
            overflow: "truncate",
          },
          labelLayout: { hideOverlap: true },
          emphasis: { focus: "adjacency", label: { show: true } },
          zoom: isPhone ? 0.55 : 0.7,
          force: {
            repulsion: isPhone ? 120 : 220,
            edgeLength: isPhone ? [30, 80] : [50, 130],
            gravity: 0.12,
            layoutAnimation: false,
          },
          lineStyle: { color: "source", opacity: 0.5, curveness: 0.1 },
        },
      ],
    }),
    [graph, labelled, categories, isPhone],
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
      height={isPhone ? 420 : 560}
      onClick={onClick}
    />
  );
};
