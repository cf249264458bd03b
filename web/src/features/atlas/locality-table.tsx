import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { LocalitySummary } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { labelOf } from "../../lib/labels.ts";
import { formatNumber, pick } from "../../lib/lang.ts";

export type SortColumn = "name" | "country" | "tier" | "region" | "population" | "partners";
export type Sorting = { sort: SortColumn | ""; order: "asc" | "desc" | "" };

type Props = { items: LocalitySummary[]; sorting: Sorting; onSort: (sorting: Sorting) => void };

/** A column header that sorts the directory: a button, with aria-sort saying the current order. */
const SortHeader = ({
  column,
  label,
  sorting,
  onSort,
  isNumber = false,
}: {
  column: SortColumn;
  label: string;
  sorting: Sorting;
  onSort: Props["onSort"];
  isNumber?: boolean;
}) => {
  const { t } = useTranslation();
  const isSorted = sorting.sort === column;
  const order = isSorted ? (sorting.order === "desc" ? "desc" : "asc") : undefined;
  return (
    <th
      scope="col"
      className={isNumber ? "number" : undefined}
      aria-sort={order === "asc" ? "ascending" : order === "desc" ? "descending" : "none"}
    >
      <button
        type="button"
        className="sort-button"
        data-sort={column}
        title={t("atlas.sort-by", { column: label })}
        onClick={() => onSort({ sort: column, order: isSorted && order === "asc" ? "desc" : "asc" })}
      >
        {label}
        <span aria-hidden="true">{order === "asc" ? " ▲" : order === "desc" ? " ▼" : " ↕"}</span>
      </button>
    </th>
  );
};

export const LocalityTable = ({ items, sorting, onSort }: Props) => {
  const { t } = useTranslation();
  const lang = useLang();
  const header = (column: SortColumn, label: string, isNumber = false) => (
    <SortHeader column={column} label={label} sorting={sorting} onSort={onSort} isNumber={isNumber} />
  );
  return (
    <div className="table-scroll">
      <table className="directory">
        <thead>
          <tr>
            {header("name", t("field.name"))}
            {header("country", t("locality.country"))}
            {header("tier", t("field.tier"))}
            {header("region", t("field.region"))}
            {header("population", t("field.population"), true)}
            {header("partners", t("atlas.partners-column"), true)}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row">
                <Link to={`/atlas/${item.id}`}>{pick(item.names, lang)}</Link>
                {lang !== "en" ? <span className="secondary-name">{item.names.en}</span> : null}
              </th>
              <td>{labelOf(t, "country", item.country)}</td>
              <td>{labelOf(t, "tier", item.tier)}</td>
              <td>{labelOf(t, "region", item.region)}</td>
              <td className="number">{item.population ? formatNumber(item.population.value, lang) : "—"}</td>
              <td className="number" data-partners={item.partners ?? 0}>
                {item.partners ? formatNumber(item.partners, lang) : t("atlas.partners-none")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
