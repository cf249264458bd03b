import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LocalitySummary, Page } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { PagedResults } from "../../components/paged-results.tsx";
import { useTitle } from "../../components/use-title.ts";
import { useDebounced } from "../../lib/use-debounced.ts";
import { useSearchState } from "../../lib/use-search-state.ts";
import { AtlasFilters } from "./atlas-filters.tsx";
import { LocalityTable } from "./locality-table.tsx";

const LIMIT = 50;

export const AtlasPage = () => {
  const { t } = useTranslation();
  useTitle(t("atlas.title"));
  const searchId = useId();
  const { values, offset, set } = useSearchState(["q", "country", "tier", "region"] as const);
  const [text, setText] = useState(values.q);
  const settled = useDebounced(text);
  useEffect(() => {
    if (settled.trim() !== values.q) set({ q: settled.trim() });
  }, [settled, values.q, set]);
  const list = useApi<Page<LocalitySummary>>(
    "/api/localities",
    { ...values, limit: LIMIT, offset },
    { keepPrevious: true },
  );
  return (
    <section aria-labelledby="atlas-title">
      <h1 id="atlas-title">{t("atlas.title")}</h1>
      <p className="lead">{t("atlas.intro")}</p>
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
      <PagedResults
        query={list}
        limit={LIMIT}
        offset={offset}
        onOffset={(next) => set({ offset: String(next) })}
        totalText={(total) => t("atlas.total", { total })}
        emptyText={t("atlas.empty")}
      >
        {(items) => <LocalityTable items={items} />}
      </PagedResults>
    </section>
  );
};
