import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Chart } from "./chart.tsx";
import { DataTable } from "./data-table.tsx";

type BarChartProps = {
  title: string;
  /** `detail` is shown on hover beside the count (e.g. the statuses the records give). */
  rows: { label: string; count: number; detail?: string }[];
  note?: string;
  kind?: "bar" | "line";
  isHorizontal?: boolean;
  onPick?: (index: number) => void;
};

/** A captioned bar or line chart of counts, with its data table. */
export const CountChart = ({ title, rows, note, kind = "bar", isHorizontal = false, onPick }: BarChartProps) => {
  const { t } = useTranslation();
  const option = useMemo(() => {
    const categories = { type: "category", data: rows.map((row) => row.label), axisLabel: { hideOverlap: true } };
    const values = { type: "value", minInterval: 1 };
    return {
      tooltip: {
        trigger: "axis",
        formatter: (params: { dataIndex: number }[]) => {
          const row = rows[params[0]?.dataIndex ?? -1];
          if (!row) return "";
          const line = `${row.label}: ${row.count}`;
          return row.detail ? `${line}<br/>${row.detail}` : line;
        },
      },
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
      {note ? <p className="note">{note}</p> : null}
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
        rows={rows.map((row) => [row.label, row.detail ? `${row.count} (${row.detail})` : row.count])}
      />
    </figure>
  );
};
