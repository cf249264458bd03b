import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { pick } from "../../lib/lang.ts";
import { type FieldErrors, inputId } from "./field-errors.ts";

/** Issue tags from the taxonomy, as checkboxes under their top-level issue, with a filter. */
export const IssuePicker = ({
  form,
  name = "issues",
  value,
  onChange,
  errors,
}: {
  form: string;
  name?: string;
  value: string[];
  onChange: (value: string[]) => void;
  errors: FieldErrors;
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const { issues } = useReference();
  const [filter, setFilter] = useState("");
  const id = inputId(form, name);
  const problems = errors.of(name);
  const needle = filter.trim().toLowerCase();
  const matches = (issueId: string) => {
    const issue = issues.find((candidate) => candidate.id === issueId);
    if (!needle || !issue) return true;
    return [issue.id, issue.label.th, issue.label.en, issue.label.ja].some((text) =>
      text.toLowerCase().includes(needle),
    );
  };
  const toggle = (issueId: string, isOn: boolean) =>
    onChange(isOn ? [...new Set([...value, issueId])] : value.filter((other) => other !== issueId));
  const roots = issues.filter((issue) => issue.parent === null);
  return (
    <fieldset id={id} className="issue-picker" aria-describedby={problems.length ? `${id}-error` : undefined}>
      <legend>{t("ws.issues.legend")}</legend>
      {problems.length ? (
        <p id={`${id}-error`} className="field-error">
          {problems.join(" ")}
        </p>
      ) : null}
      <p className="field-hint">
        {value.length
          ? t("ws.issues.chosen", {
              list: value
                .map((issueId) => pick(issues.find((i) => i.id === issueId)?.label, lang) || issueId)
                .join(", "),
            })
          : t("ws.issues.none")}
      </p>
      <div className="field">
        <label htmlFor={`${id}-filter`}>{t("ws.issues.filter")}</label>
        <input id={`${id}-filter`} type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
      </div>
      <div className="issue-options">
        {roots.map((root) => {
          const children = issues.filter((issue) => issue.parent === root.id && matches(issue.id));
          if (!matches(root.id) && children.length === 0) return null;
          return (
            <div key={root.id} className="issue-option-group">
              {[root, ...children].map((issue) => (
                <label key={issue.id} className={issue.parent ? "check child" : "check"}>
                  <input
                    type="checkbox"
                    name={name}
                    value={issue.id}
                    checked={value.includes(issue.id)}
                    onChange={(event) => toggle(issue.id, event.target.checked)}
                  />{" "}
                  {pick(issue.label, lang)}
                </label>
              ))}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
};
