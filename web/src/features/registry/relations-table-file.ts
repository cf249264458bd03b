import type { TFunction } from "i18next";
import type { TableFile } from "../../../../src/export/table-file.ts";
import type { RelationSummary } from "../../api/types.ts";
import { formatPartialDate } from "../../lib/dates.ts";
import { labelOf } from "../../lib/labels.ts";
import { type Lang, pick } from "../../lib/lang.ts";

type Names = { nameOf: (id: string) => string; issueLabel: (id: string) => string };

/** The registry list as a spreadsheet in the reader's language: names, not ids; a link per row. */
export const relationsTableFile = (
  relations: readonly RelationSummary[],
  { t, lang, names, origin }: { t: TFunction; lang: Lang; names: Names; origin: string },
): TableFile => ({
  name: t("registry.title"),
  columns: [
    t("field.name"),
    t("field.parties"),
    t("field.type"),
    t("field.status"),
    t("export.recorded-status"),
    t("export.form"),
    t("field.start"),
    t("export.until"),
    t("field.issues"),
    t("export.link"),
  ],
  rows: relations.map((relation) => [
    pick(relation.title, lang),
    relation.parties.map(names.nameOf).join("; "),
    labelOf(t, "relation.type", relation.type),
    labelOf(t, "relation.status", relation.suggestedStatus ?? relation.status),
    labelOf(t, "relation.status", relation.status),
    labelOf(t, "relation.form", relation.form ?? "ongoing"),
    relation.start ? formatPartialDate(relation.start, lang) : "",
    relation.end ? formatPartialDate(relation.end, lang) : "",
    (relation.issues ?? []).map(names.issueLabel).join("; "),
    `${origin}/registry/${encodeURIComponent(relation.id)}`,
  ]),
});
