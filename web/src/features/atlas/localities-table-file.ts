import type { TFunction } from "i18next";
import type { TableFile } from "../../../../src/export/table-file.ts";
import type { LocalitySummary } from "../../api/types.ts";
import { labelOf } from "../../lib/labels.ts";
import { LANGS, type Lang, pick } from "../../lib/lang.ts";

/** The atlas list as a spreadsheet: the reader's language first, every name, a link per row. */
export const localitiesTableFile = (
  items: readonly LocalitySummary[],
  { t, lang, origin }: { t: TFunction; lang: Lang; origin: string },
): TableFile => ({
  name: t("atlas.title"),
  columns: [
    t("field.name"),
    ...LANGS.map((other) => t("export.name-in", { lang: t(`lang.${other}`) })),
    t("locality.country"),
    t("field.tier"),
    t("field.region"),
    t("field.population"),
    t("export.population-year"),
    t("atlas.partners-column"),
    t("export.link"),
  ],
  rows: items.map((item) => [
    pick(item.names, lang),
    ...LANGS.map((other) => item.names[other]),
    labelOf(t, "country", item.country),
    labelOf(t, "tier", item.tier),
    labelOf(t, "region", item.region),
    item.population?.value ?? null,
    item.population?.year ?? null,
    item.partners ?? 0,
    `${origin}/atlas/${encodeURIComponent(item.id)}`,
  ]),
});
