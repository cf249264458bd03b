import { useTranslation } from "react-i18next";
import type { MatchAnswer, PairsAnswer } from "../../api/types.ts";
import { useReference } from "../../api/use-reference.ts";
import { weightsToParam } from "../../lib/weights.ts";
import { AlsoConsider } from "./also-consider.tsx";
import { MAX_LIMIT, type MatchState, MORE_STEP, toggleCompare } from "./match-params.ts";
import { ResultCard } from "./result-card.tsx";
import { BandRule } from "./score-band.tsx";
import { UnderstoodLine } from "./understood-line.tsx";

type ResultsProps = {
  state: MatchState;
  answer: MatchAnswer | PairsAnswer;
  onCompare: (compare: string[]) => void;
  onChange: (changes: Partial<MatchState>) => void;
};

const CompareBox = ({
  id,
  name,
  state,
  onCompare,
}: {
  id: string;
  name: string;
  state: MatchState;
  onCompare: (c: string[]) => void;
}) => {
  const { t } = useTranslation();
  return (
    <label className="compare-toggle">
      <input
        type="checkbox"
        checked={state.compare.includes(id)}
        onChange={() => onCompare(toggleCompare(state.compare, id))}
      />{" "}
      {t("match.compare", { name })}
    </label>
  );
};

/** Ranked candidates for a locality, or ranked pairs for an issue. */
export const MatchResults = ({ state, answer, onCompare, onChange }: ResultsProps) => {
  const { t } = useTranslation();
  const reference = useReference();
  const pairQuery = `${state.issue ? `&issue=${encodeURIComponent(state.issue)}` : ""}&weights=${encodeURIComponent(weightsToParam(state.weights))}`;
  const isPartners = "from" in answer;
  return (
    <section aria-labelledby="results-title" className="match-results">
      <h2 id="results-title">
        {isPartners ? t("match.partners-for", { name: reference.nameOf(answer.from) }) : t("match.pairs")}
      </h2>
      <UnderstoodLine text={answer.issue} understood={answer.understood} />
      <BandRule count={answer.candidates} />
      {isPartners ? (
        <p className="options">
          <label className="option-toggle">
            <input
              type="checkbox"
              name="hide"
              checked={state.hideRelated}
              onChange={(event) => onChange({ hideRelated: event.target.checked })}
            />{" "}
            {t("match.hide-related")}
          </label>
        </p>
      ) : null}
      {isPartners ? <p className="hint">{t("match.compare-hint")}</p> : null}
      {answer.results.length === 0 ? <p>{t("match.no-results")}</p> : null}
      <ol className="results">
        {"from" in answer
          ? answer.results.map((result, index) => (
              <ResultCard
                key={result.id}
                rank={index + 1}
                result={result}
                from={answer.from}
                pairQuery={pairQuery}
                compare={
                  <CompareBox id={result.id} name={reference.nameOf(result.id)} state={state} onCompare={onCompare} />
                }
              />
            ))
          : answer.results.map((result, index) => (
              <ResultCard
                key={`${result.thai}-${result.japanese}`}
                rank={index + 1}
                result={result}
                pairQuery={pairQuery}
              />
            ))}
      </ol>
      <p className="result-count" data-shown={answer.results.length}>
        {t("match.showing", { shown: answer.results.length, count: answer.candidates })}
      </p>
      {answer.results.length >= state.limit && state.limit < MAX_LIMIT ? (
        <p>
          <button
            type="button"
            className="button secondary"
            onClick={() => onChange({ limit: Math.min(MAX_LIMIT, state.limit + MORE_STEP) })}
          >
            {t("match.more")}
          </button>
        </p>
      ) : null}
      {"from" in answer ? <AlsoConsider results={answer.alsoConsider ?? []} /> : null}
    </section>
  );
};
