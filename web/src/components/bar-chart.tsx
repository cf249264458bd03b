import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Chart } from "./chart.tsx";
import { DataTable } from "./data-table.tsx";

type BarChartProps = {
  title: string;
  rows: { label: string; count: number }[];
  kind?: "bar" | "line";
  isHorizontal?: boolean;
  onPick?: (index: number) => void;
};

/** A captioned bar or line chart of counts, with its data table. */
export const CountChart = ({ title, rows, kind = "bar", isHorizontal = false, onPick }: BarChartProps) => {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const categories = { type: "category", data: rows.map((row) => row.label), axisLabel: { hideOverlap: true } };
    const values = { type: "value", minInterval: 1 };
    return {
      tooltip: { trigger: "axis" },
      grid: { left: isHorizontal ? 8 : 36, right: 16, top: 16, bottom: 24, containLabel: true },
      xAxis: isHorizontal ? values : categories,
      yAxis: isHorizontal ? { ...categories, inverse: true } : values,
      series: [{ type: kind, name: t("home.chart.count"), data: rows.map((row) => row.count), smooth: false }],
    };
  }, [rows, kind, isHorizontal, t]);
  const height = isHorizontal ? Math.max(200, rows.length * 22 + 40) : 260;
  return (
    <figure className="chart-figure">
      <figcaption>{title}</figcaption>
      {rows.length === 0 ? (
        <p>{t("common.chart-empty")}</p>
      ) : (
        <Chart
          option={option}
          label={title}
          height={height}
          onClick={onPick ? (event) => onPick(event.dataIndex) : undefined}
        />
      )}
      <DataTable
        caption={title}
        headers={["", t("home.chart.count")]}
        rows={rows.map((row) => [row.label, row.count])}
      />
    </figure>
  );
};
