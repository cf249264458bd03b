import type { Relation } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { QueryView } from "../../components/query-view.tsx";
import { ActivityTimeline } from "./activity-timeline.tsx";
import { HealthPanel } from "./health-panel.tsx";
import { ObjectivesPanel } from "./objectives-panel.tsx";
import type { RelationLog } from "./types.ts";

/** What the relation page shows of its life: health, the activity timeline, objectives and progress. */
export const RelationContinuity = ({ relation }: { relation: Relation }) => {
  const log = useApi<RelationLog>(`/api/relations/${encodeURIComponent(relation.id)}/log`, {}, { staleTime: 0 });
  return (
    <QueryView query={log}>
      {(data) => (
        <>
          <HealthPanel log={data} />
          <ActivityTimeline relation={relation} log={data} />
          <ObjectivesPanel log={data} />
        </>
      )}
    </QueryView>
  );
};
