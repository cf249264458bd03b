import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RelationSummary } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { DateText } from "../../components/date-text.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { displayYear } from "../../lib/dates.ts";
import { labelOf } from "../../lib/labels.ts";
import { pick } from "../../lib/lang.ts";
import { timelineOf } from "./timeline.ts";

/** Relations along their starting years; each date at the precision it was recorded with. */
export const RelationTimeline = ({ relations }: { relations: RelationSummary[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <ol className="timeline">
      {timelineOf(relations).map((group) => (
        <li key={group.year ?? "undated"}>
          <h3 className="timeline-year">{group.year ? displayYear(group.year, lang) : t("locality.no-date")}</h3>
          <ul className="plain">
            {group.relations.map((relation) => (
              <li key={relation.id} className="timeline-item">
                <Link to={`/registry/${relation.id}`}>{pick(relation.title, lang)}</Link>{" "}
                <span className="badge">{labelOf(t, "relation.type", relation.type)}</span>{" "}
                <StatusBadge status={relation.status} suggested={relation.suggestedStatus} />
                {relation.start ? (
                  <>
                    {" "}
                    <DateText value={relation.start} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
};
