import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RelationSummary } from "../../api/types.ts";
import { RelationTimeline } from "../registry/relation-timeline.tsx";

/** How many relations, a link to them in the registry, and their timeline. */
export const LocalityRelations = ({ id, relations }: { id: string; relations: RelationSummary[] }) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="relations-title" id="relations">
      <h2 id="relations-title">{t("locality.timeline")}</h2>
      {relations.length === 0 ? (
        <p>{t("profile.relations-none")}</p>
      ) : (
        <>
          <p className="relations-count" data-count={relations.length}>
            {t("profile.relations-count", { count: relations.length })} ·{" "}
            <Link to={`/registry?party=${encodeURIComponent(id)}`}>{t("profile.relations-open")}</Link>
          </p>
          <RelationTimeline relations={relations} />
        </>
      )}
    </section>
  );
};
