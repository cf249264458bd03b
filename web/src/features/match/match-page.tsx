import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useSearchParams } from "react-router";
import type { MatchAnswer, PairsAnswer } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { QueryError } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { ComparePanel } from "./compare-panel.tsx";
import { MatchForm } from "./match-form.tsx";
import { isNewSearch, type MatchState, matchRequest, readMatchState, writeMatchState } from "./match-params.ts";
import { MatchResults } from "./match-results.tsx";

export const MatchPage = () => {
  const { t } = useTranslation();
  useTitle(t("match.title"));
  const { search } = useLocation();
  const [, setParams] = useSearchParams();
  const state = useMemo(() => readMatchState(new URLSearchParams(search)), [search]);
  const update = useCallback(
    (changes: Partial<MatchState>) =>
      setParams(writeMatchState({ ...state, ...changes }), { replace: !isNewSearch(changes) }),
    [state, setParams],
  );
  const request = matchRequest(state);
  const answer = useApi<MatchAnswer | PairsAnswer>(request?.path ?? "/api/match", request?.params ?? {}, {
    enabled: request !== undefined,
    keepPrevious: true,
  });
  const partners = answer.data && "from" in answer.data ? answer.data.results : [];
  const compared = state.compare.flatMap((id) => partners.filter((result) => result.id === id));
  return (
    <section aria-labelledby="match-title" className="match-page">
      <h1 id="match-title">{t("match.title")}</h1>
      <p className="lead">{t("match.intro")}</p>
      <div className="match-layout">
        <MatchForm state={state} onChange={update} />
        <div
          className="match-output"
          aria-busy={answer.isFetching}
          data-state={answer.isFetching || answer.isPlaceholderData ? "loading" : "settled"}
          data-search={search}
        >
          {request === undefined ? <p>{t("match.start")}</p> : null}
          {request && answer.isError ? <QueryError error={answer.error} /> : null}
          {request && answer.isPending ? <p role="status">{t("common.loading")}</p> : null}
          {request && answer.data && !answer.isError ? (
            <>
              <ComparePanel results={compared} />
              <MatchResults
                state={state}
                answer={answer.data}
                onCompare={(compare) => update({ compare })}
                onChange={update}
              />
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
};
