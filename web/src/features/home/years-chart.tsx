import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Stats } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { Chart } from "../../components/chart.tsx";
import { DataTable } from "../../components/data-table.tsx";
import { displayYear } from "../../lib/dates.ts";
import type { Lang } from "../../lib/lang.ts";

/**
 * A line over a value axis of years: 1989 and 2013 sit 24 years apart however many years between
 * them have no relation (a category axis would put them side by side).
 */
export const yearsOption = (rows: Stats["relationsByYear"], lang: Lang, seriesName: string) => {
  const years = rows.map((row) => row.year);
  return {
    tooltip: {
      trigger: "axis",
      formatter: (params: { value: [number, number] }[]) => {
        const [year, count] = params[0]?.value ?? [0, 0];
        return `${displayYear(year, lang)}: ${count}`;
      },
    },
    grid: { left: 36, right: 16, top: 16, bottom: 24, containLabel: true },
    xAxis: {
      type: "value",
      min: Math.min(...years),
      max: Math.max(...years),
      minInterval: 1,
      axisLabel: { formatter: (value: number) => displayYear(value, lang), hideOverlap: true },
    },
    yAxis: { type: "value", minInterval: 1 },
    series: [{ type: "line", name: seriesName, data: rows.map((row) => [row.year, row.count]), symbolSize: 6 }],
  };
};

type Props = { rows: Stats["relationsByYear"]; note: string; onPick: (year: number) => void };

/**
 * Relations by starting year on a time axis: years without a relation keep their place, so the
 * chart shows when the pace changed (Buddhist Era labels for Thai readers).
 */
export const YearsChart = ({ rows, note, onPick }: Props) => {
  const { t } = useTranslation();
  const lang = useLang();
  const title = t("home.chart.byYear");
  const option = useMemo(() => yearsOption(rows, lang, t("home.chart.count")), [rows, lang, t]);
  return (
    <figure className="chart-figure" data-axis="time">
      <figcaption>{title}</figcaption>
      <p className="note">{note}</p>
      {rows.length === 0 ? (
        <p>{t("common.chart-empty")}</p>
      ) : (
        <Chart
          option={option}
          label={title}
          height={260}
          onClick={(event) => {
            const value = event.value as [number, number] | undefined;
            if (value) onPick(value[0]);
          }}
        />
      )}
      <DataTable
        caption={title}
        headers={["", t("home.chart.count")]}
        rows={rows.map((row) => [displayYear(row.year, lang), row.count])}
      />
    </figure>
  );
};
