import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { RelationSummary } from "../../api/types.ts";
import { useReference } from "../../api/use-reference.ts";
import { JAPANESE_REGIONS, THAI_REGIONS } from "../../lib/codes.ts";
import { labelOf } from "../../lib/labels.ts";
import { defaultFocus, focusFromParam, focusRelations, focusToParam, type GraphFocus } from "./graph-focus.ts";
import { RelationGraph } from "./relation-graph.tsx";

type Props = { relations: RelationSummary[]; focusParam: string; onFocus: (param: string) => void };

/** The network of the listed relations, started on one issue (changeable to a region or everything). */
export const GraphPanel = ({ relations, focusParam, onFocus }: Props) => {
  const { t } = useTranslation();
  const reference = useReference();
  const selectId = useId();
  const focus: GraphFocus = focusFromParam(focusParam) ?? defaultFocus(relations);
  const shown = useMemo(() => focusRelations(relations, focus, reference.locality), [relations, focus, reference]);
  const issues = [...new Set(relations.flatMap((relation) => relation.issues ?? []))].sort((a, b) =>
    reference.issueLabel(a).localeCompare(reference.issueLabel(b)),
  );
  return (
    <>
      <div className="field graph-focus">
        <label htmlFor={selectId}>{t("graph.focus")}</label>
        <select
          id={selectId}
          name="graph"
          value={focusToParam(focus)}
          onChange={(event) => onFocus(event.target.value)}
        >
          <option value="all">{t("graph.all", { count: relations.length })}</option>
          <optgroup label={t("field.issues")}>
            {issues.map((issue) => (
              <option key={issue} value={`issue:${issue}`}>
                {reference.issueLabel(issue)}
              </option>
            ))}
          </optgroup>
          {(["TH", "JP"] as const).map((country) => (
            <optgroup key={country} label={`${labelOf(t, "country", country)} · ${t("field.region")}`}>
              {(country === "TH" ? THAI_REGIONS : JAPANESE_REGIONS).map((region) => (
                <option key={region} value={`region:${region}`}>
                  {labelOf(t, "region", region)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <p className="hint" data-shown={shown.length}>
          {t("graph.shown", { shown: shown.length, total: relations.length })}
        </p>
      </div>
      <RelationGraph relations={shown} />
    </>
  );
};
