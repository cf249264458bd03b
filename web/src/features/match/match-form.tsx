import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { PartyPicker } from "../../components/party-picker.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { MATCH_TIERS } from "../../lib/codes.ts";
import { labelOf } from "../../lib/labels.ts";
import { isDefaultWeights, type Weights } from "../../lib/weights.ts";
import type { MatchState } from "./match-params.ts";
import { WeightSliders } from "./weight-sliders.tsx";

type FormProps = { state: MatchState; onChange: (changes: Partial<MatchState>) => void };

/** The query: a locality, an issue in any language, a tier; weights apply as they move. */
export const MatchForm = ({ state, onChange }: FormProps) => {
  const { t } = useTranslation();
  const issueId = useId();
  const [issue, setIssue] = useState(state.issue);
  const [weights, setWeights] = useState<Weights>(state.weights);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => setIssue(state.issue), [state.issue]);
  useEffect(() => setWeights(state.weights), [state.weights]);
  useEffect(() => () => clearTimeout(timer.current), []);
  // A slider move becomes a new query once the hand rests, not on every step.
  const moveWeights = (next: Weights) => {
    setWeights(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => onChange({ weights: next }), 300);
  };
  return (
    <form
      className="match-form"
      onSubmit={(event) => {
        event.preventDefault();
        onChange({ issue: issue.trim() });
      }}
    >
      <PartyPicker
        label={t("match.from")}
        name="locality"
        clearLabel={t("match.from-clear")}
        value={state.from}
        onChange={(from) => onChange({ from, compare: [] })}
      />
      <div className="field wide">
        <label htmlFor={issueId}>{t("match.issue")}</label>
        <input id={issueId} type="text" name="issue" value={issue} onChange={(event) => setIssue(event.target.value)} />
      </div>
      <SelectField
        label={t("match.tier")}
        name="tier"
        value={state.tier}
        options={MATCH_TIERS}
        optionLabel={(value) => labelOf(t, "match.tier", value)}
        onChange={(tier) => onChange({ tier })}
      />
      <p>
        <button type="submit" className="button">
          {t("match.submit")}
        </button>
      </p>
      {/* Closed by default: ten sliders would push the results far down, on a phone most of all. */}
      <details className="weights-panel">
        <summary>
          {t("match.weights")}
          {isDefaultWeights(weights) ? null : <span className="badge">{t("match.weights-changed")}</span>}
        </summary>
        <WeightSliders weights={weights} onChange={moveWeights} />
      </details>
    </form>
  );
};
