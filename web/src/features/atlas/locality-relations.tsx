import { useTranslation } from "react-i18next";
import type { RelationSummary } from "../../api/types.ts";
import { RelationTimeline } from "../registry/relation-timeline.tsx";

export const LocalityRelations = ({ relations }: { relations: RelationSummary[] }) => {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="relations-title">
      <h2 id="relations-title">{t("locality.timeline")}</h2>
      {relations.length === 0 ? <p>{t("common.none")}</p> : <RelationTimeline relations={relations} />}
    </section>
  );
};
