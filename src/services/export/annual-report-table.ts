import { CURRENCIES } from "../../domain/activity.ts";
import type { ReportFigures, ReportNarrative, ReportState } from "../../domain/annual-report.ts";
import type { Lang } from "../../domain/text.ts";
import type { TableFile } from "../../export/table-file.ts";
import { type MessageKey, t } from "../../i18n/index.ts";
import type { NameBook } from "../notifications/names.ts";

export type ReportForExport = {
  localityId: string;
  year: number;
  state: ReportState;
  figures: ReportFigures;
  narrative: ReportNarrative;
};

/** Thai readers count years in the Buddhist era: 2026 is พ.ศ. 2569. */
export const yearLabel = (year: number, lang: Lang): string =>
  lang === "th" ? `${year} (พ.ศ. ${year + 543})` : String(year);

const currencies = (figures: ReportFigures) =>
  CURRENCIES.filter((currency) =>
    figures.relations.some((relation) => relation.activities.some((activity) => activity.spendingOwn[currency])),
  );

/**
 * The annual report as three tables (summary, activities, indicators) in the reader's language:
 * the same numbers the print shows, ready for a spreadsheet. Numbers stay numbers.
 */
export const reportSheets = (report: ReportForExport, names: NameBook, lang: Lang): TableFile[] => {
  const { figures, narrative } = report;
  const label = (key: string, params: Record<string, string | number> = {}) => t(lang, key as MessageKey, params);
  const totals = figures.totals;
  const spent = currencies(figures);
  const summary: TableFile = {
    name: label("report.sheet.summary"),
    columns: [label("report.col.item"), label("report.col.value")],
    rows: [
      [label("report.total.locality"), names.party(report.localityId)],
      [label("report.total.year"), yearLabel(report.year, lang)],
      [label("report.total.state"), label(`report.state.${report.state}`)],
      [label("report.total.relations"), totals.relations],
      [label("report.total.relations-active"), totals.relationsWithActivity],
      [label("report.total.activities"), totals.activities],
      ...Object.entries(totals.byKind).map(([kind, count]): [string, number] => [
        `  ${label(`activity.kind.${kind}`)}`,
        count ?? 0,
      ]),
      [label("report.total.participants-own"), totals.participantsOwn],
      [label("report.total.participants-partner"), totals.participantsPartner],
      ...CURRENCIES.flatMap((currency) =>
        totals.spendingOwn[currency] !== undefined
          ? [[label("report.total.spending", { currency }), totals.spendingOwn[currency] ?? 0]]
          : [],
      ),
      ...CURRENCIES.flatMap((currency) =>
        narrative.budgetStated[currency] !== undefined
          ? [[label("report.total.spending-stated", { currency }), narrative.budgetStated[currency] ?? 0]]
          : [],
      ),
      [label("report.total.indicators"), `${totals.indicatorsMet} / ${totals.indicatorsWithTarget}`],
      [label("report.total.summary"), narrative.summary],
      [label("report.total.obstacles"), narrative.obstacles],
      [label("report.total.plans"), narrative.plans],
    ],
  };
  const activities: TableFile = {
    name: label("report.sheet.activities"),
    columns: [
      label("report.col.relation"),
      label("report.col.partners"),
      label("report.col.date"),
      label("report.col.kind"),
      label("report.col.activity"),
      label("report.col.participants-own"),
      label("report.col.participants-partner"),
      label("report.col.offices"),
      label("report.col.outcomes"),
      ...spent.map((currency) => `${label("report.col.spending")} ${currency}`),
    ],
    rows: figures.relations.flatMap((relation) =>
      relation.activities.map((activity) => [
        names.text(relation.title),
        relation.partners.map(names.party).join("; "),
        activity.date,
        label(`activity.kind.${activity.kind ?? "unclassified"}`),
        names.text(activity.title),
        activity.participantsOwn,
        activity.participantsPartner,
        activity.offices.join("; "),
        activity.outcomes.map(names.text).join("; "),
        ...spent.map((currency) => activity.spendingOwn[currency] ?? null),
      ]),
    ),
  };
  const indicators: TableFile = {
    name: label("report.sheet.indicators"),
    columns: [
      label("report.col.relation"),
      label("report.col.objective"),
      label("report.col.indicator"),
      label("report.col.unit"),
      label("report.col.target"),
      label("report.col.actual"),
      label("report.col.basis"),
      label("report.col.met"),
    ],
    rows: figures.indicators.map((indicator) => [
      names.relation(indicator.relationId),
      names.text(indicator.objective),
      names.text(indicator.name),
      indicator.unit,
      indicator.target,
      indicator.actual,
      label(`report.basis.${indicator.basis}`),
      indicator.isMet === null ? null : label(indicator.isMet ? "report.met.yes" : "report.met.no"),
    ]),
  };
  return [summary, activities, indicators];
};
