import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RelationSummary } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { DateText } from "../../components/date-text.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { labelOf } from "../../lib/labels.ts";
import { pick } from "../../lib/lang.ts";

export const RelationTable = ({ items }: { items: RelationSummary[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  return (
    <div className="table-scroll">
      <table className="directory">
        <thead>
          <tr>
            <th scope="col">{t("field.name")}</th>
            <th scope="col">{t("field.parties")}</th>
            <th scope="col">{t("field.type")}</th>
            <th scope="col">{t("field.status")}</th>
            <th scope="col">{t("field.start")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((relation) => (
            <tr key={relation.id}>
              <th scope="row">
                <Link to={`/registry/${relation.id}`}>{pick(relation.title, lang)}</Link>
              </th>
              <td>{relation.parties.map(reference.nameOf).join(" · ")}</td>
              <td>{labelOf(t, "relation.type", relation.type)}</td>
              <td>
                <StatusBadge status={relation.status} suggested={relation.suggestedStatus} />
              </td>
              <td>{relation.start ? <DateText value={relation.start} /> : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
