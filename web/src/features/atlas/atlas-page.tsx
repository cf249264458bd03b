import { lazy, Suspense, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchAll } from "../../api/fetch-all.ts";
import type { LocalitySummary, Page } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { ExportButtons } from "../../components/export-buttons.tsx";
import { PagedResults } from "../../components/paged-results.tsx";
import { useTitle } from "../../components/use-title.ts";
import { useDebounced } from "../../lib/use-debounced.ts";
import { useSearchState } from "../../lib/use-search-state.ts";
import { AtlasFilters } from "./atlas-filters.tsx";
import { localitiesTableFile } from "./localities-table-file.ts";
import { LocalityTable, type Sorting } from "./locality-table.tsx";

const LIMIT = 50;
const STATE = ["q", "country", "tier", "region", "offers", "needs", "partner", "sort", "order", "view"] as const;

// The map pulls in ECharts: only readers who open it load it.
const AtlasMap = lazy(() => import("./atlas-map.tsx").then((m) => ({ default: m.AtlasMap })));

const ViewSwitch = ({ view, onView }: { view: string; onView: (view: string) => void }) => {
  const { t } = useTranslation();
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">{t("atlas.view.label")}</legend>
      {(["list", "map"] as const).map((option) => (
        <button key={option} type="button" aria-pressed={view === option} onClick={() => onView(option)}>
          {t(`atlas.view.${option}`)}
        </button>
      ))}
    </fieldset>
  );
};

export const AtlasPage = () => {
  const { t } = useTranslation();
  const lang = useLang();
  useTitle(t("atlas.title"));
  const searchId = useId();
  const { values, offset, set } = useSearchState(STATE);
  const view = values.view === "map" ? "map" : "list";
  const [text, setText] = useState(values.q);
  const settled = useDebounced(text);
  useEffect(() => {
    if (settled.trim() !== values.q) set({ q: settled.trim() });
  }, [settled, values.q, set]);
  const { view: _view, ...filters } = values;
  const list = useApi<Page<LocalitySummary>>(
    "/api/localities",
    { ...filters, limit: LIMIT, offset },
    { keepPrevious: true, enabled: view === "list" },
  );
  const sorting = { sort: values.sort, order: values.order } as Sorting;
  return (
    <section aria-labelledby="atlas-title">
      <h1 id="atlas-title">{t("atlas.title")}</h1>
      <p className="lead">{t("atlas.intro")}</p>
      <ViewSwitch view={view} onView={(next) => set({ view: next === "map" ? "map" : "" })} />
      {view === "map" ? (
        <Suspense fallback={<p className="loading">{t("common.loading")}</p>}>
          <AtlasMap />
        </Suspense>
      ) : null}
      {view === "list" ? (
        <>
          <search className="search-panel">
            <div className="field wide">
              <label htmlFor={searchId}>{t("atlas.search")}</label>
              <input
                id={searchId}
                type="search"
                name="q"
                value={text}
                autoComplete="off"
                onChange={(event) => setText(event.target.value)}
              />
            </div>
            <AtlasFilters values={values} onChange={set} />
          </search>
          <ExportButtons
            fileName="jubkoo-atlas"
            build={async () =>
              localitiesTableFile(await fetchAll<LocalitySummary>("/api/localities", values, lang), {
                t,
                lang,
                origin: window.location.origin,
              })
            }
          />
          <PagedResults
            query={list}
            limit={LIMIT}
            offset={offset}
            onOffset={(next) => set({ offset: String(next) })}
            totalText={(total) => t("atlas.total", { total })}
            emptyText={t("atlas.empty")}
          >
            {(items) => <LocalityTable items={items} sorting={sorting} onSort={(next) => set(next)} />}
          </PagedResults>
        </>
      ) : null}
    </section>
  );
};
