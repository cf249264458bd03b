import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { Stats } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { CountChart } from "../../components/bar-chart.tsx";
import { formatPartialDate } from "../../lib/dates.ts";
import { labelOf } from "../../lib/labels.ts";
import { YearsChart } from "./years-chart.tsx";

/** Relations by starting year, type, issue and status; a click on a bar opens the filtered registry. */
export const StatsCharts = ({ stats }: { stats: Stats }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const navigate = useNavigate();
  const issues = stats.relationsByIssue.slice(0, 15);
  const dates = {
    date: stats.asOf.latestDate ? formatPartialDate(stats.asOf.latestDate, lang) : "—",
    today: formatPartialDate(stats.asOf.statusesOn, lang),
  };
  const asOf = t("home.asof.short", dates);
  return (
    <section aria-labelledby="charts-title" className="chart-grid">
      <h2 id="charts-title" className="visually-hidden">
        {t("home.chart.count")}
      </h2>
      <p className="note as-of" data-as-of={stats.asOf.latestDate ?? ""}>
        {t("home.asof", dates)}
      </p>
      <YearsChart rows={stats.relationsByYear} note={asOf} onPick={(year) => navigate(`/registry?year=${year}`)} />
      <CountChart
        title={t("home.chart.byType")}
        note={asOf}
        isHorizontal
        rows={stats.relationsByType.map((row) => ({ label: labelOf(t, "relation.type", row.type), count: row.count }))}
        onPick={(index) => {
          const row = stats.relationsByType[index];
          if (row) navigate(`/registry?type=${row.type}`);
        }}
      />
      <CountChart
        title={t("home.chart.byIssue")}
        note={asOf}
        isHorizontal
        rows={issues.map((row) => ({ label: reference.issueLabel(row.issue), count: row.count }))}
        onPick={(index) => {
          const row = issues[index];
          if (row) navigate(`/issues/${row.issue}`);
        }}
      />
      <CountChart
        title={t("home.chart.byStatus")}
        note={`${t("home.asof.statuses", dates)}. ${t("status.chart-note")}`}
        rows={stats.relationsByStatus.map((row) => ({
          label: labelOf(t, "relation.status", row.status),
          count: row.count,
          detail: t("status.chart-recorded", {
            list: row.recorded
              .map((recorded) => `${labelOf(t, "relation.status", recorded.status)} ${recorded.count}`)
              .join(", "),
          }),
        }))}
        onPick={(index) => {
          const row = stats.relationsByStatus[index];
          if (row) navigate(`/registry?status=${row.status}`);
        }}
      />
    </section>
  );
};
