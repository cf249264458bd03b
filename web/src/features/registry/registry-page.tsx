import { useTranslation } from "react-i18next";
import { fetchAll } from "../../api/fetch-all.ts";
import type { Page, RelationSummary } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { ExportButtons } from "../../components/export-buttons.tsx";
import { PagedResults } from "../../components/paged-results.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { useSearchState } from "../../lib/use-search-state.ts";
import { GraphPanel } from "./graph-panel.tsx";
import { RelationFilters } from "./relation-filters.tsx";
import { RelationTable } from "./relation-table.tsx";
import { RelationTimeline } from "./relation-timeline.tsx";
import { relationsTableFile } from "./relations-table-file.ts";

const LIMIT = 50;
const FILTERS = ["type", "status", "party", "issue", "year", "graph"] as const;

export const RegistryPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  useTitle(t("registry.title"));
  const { values, offset, set } = useSearchState(FILTERS);
  const { graph, ...filters } = values;
  const filter = { ...filters, year: /^\d{4}$/.test(values.year) ? values.year : undefined };
  const list = useApi<Page<RelationSummary>>(
    "/api/relations",
    { ...filter, limit: LIMIT, offset },
    { keepPrevious: true },
  );
  const all = useApi<Page<RelationSummary>>("/api/relations", { ...filter, limit: 500 }, { keepPrevious: true });
  return (
    <section aria-labelledby="registry-title">
      <h1 id="registry-title">{t("registry.title")}</h1>
      <p className="lead">{t("registry.intro")}</p>
      <search className="search-panel">
        <RelationFilters values={values} onChange={set} />
      </search>
      <ExportButtons
        fileName="jubkoo-registry"
        build={async () =>
          relationsTableFile(await fetchAll<RelationSummary>("/api/relations", filter, lang), {
            t,
            lang,
            names: reference,
            origin: window.location.origin,
          })
        }
      />
      <PagedResults
        query={list}
        limit={LIMIT}
        offset={offset}
        onOffset={(next) => set({ offset: String(next) })}
        totalText={(total) => t("registry.total", { total })}
        emptyText={t("registry.empty")}
      >
        {(items) => <RelationTable items={items} />}
      </PagedResults>
      <section aria-labelledby="graph-title">
        <h2 id="graph-title">{t("registry.graph")}</h2>
        <QueryView query={all}>
          {(page) => (
            <GraphPanel
              relations={page.items}
              focusParam={graph}
              onFocus={(next) => set({ graph: next, offset: String(offset) })}
            />
          )}
        </QueryView>
      </section>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("registry.timeline")}</h2>
        <QueryView query={all}>{(page) => <RelationTimeline relations={page.items} />}</QueryView>
      </section>
    </section>
  );
};
