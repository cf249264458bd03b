import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { useWrite } from "../../api/use-write.ts";
import { NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import { textIn } from "../../lib/lang.ts";
import { describedBy, FieldError } from "./form-errors.tsx";
import type { RelationLog, UserText } from "./types.ts";

type IndicatorDraft = { id?: string; name: UserText; nameText: string; unit: string; targets: string; actuals: string };
type ObjectiveDraft = { id?: string; text: UserText; textValue: string; indicators: IndicatorDraft[] };

/** "2026: 30, 2027: 40" ⇄ {"2026": 30, "2027": 40}. */
const yearsToText = (years: Record<string, number>) =>
  Object.entries(years)
    .map(([year, value]) => `${year}: ${value}`)
    .join(", ");
const textToYears = (text: string): Record<string, number> =>
  Object.fromEntries(
    text
      .split(/[,;\n]/)
      .map((part) => /^\s*(\d{4})\s*[:=]\s*([\d.]+)\s*$/.exec(part))
      .flatMap((match) => (match ? [[match[1], Number(match[2])]] : [])),
  );

const emptyIndicator = (): IndicatorDraft => ({ name: {}, nameText: "", unit: "", targets: "", actuals: "" });

/** Objectives and their indicators: targets per year, and a year's figure when it is stated. */
export const ObjectivesForm = ({ log, onDone }: { log: RelationLog; onDone: () => void }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const write = useWrite();
  const [drafts, setDrafts] = useState<ObjectiveDraft[]>(() =>
    log.objectives.map((objective) => ({
      id: objective.id,
      text: objective.text,
      textValue: textIn(objective.text, lang).value,
      indicators: objective.indicators.map((indicator) => ({
        id: indicator.id,
        name: indicator.name,
        nameText: textIn(indicator.name, lang).value,
        unit: indicator.unit ?? "",
        targets: yearsToText(indicator.targets),
        actuals: yearsToText(indicator.actuals),
      })),
    })),
  );
  const update = (index: number, change: (draft: ObjectiveDraft) => ObjectiveDraft) =>
    setDrafts((current) => current.map((draft, position) => (position === index ? change(draft) : draft)));
  // The reader edits in their language; the other languages of an unchanged text are kept.
  const textOf = (original: UserText, value: string): UserText =>
    value.trim() === textIn(original, lang).value ? original : { ...original, [lang]: value.trim() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate(
      {
        method: "PUT",
        path: `/api/relations/${log.relationId}/objectives`,
        body: {
          objectives: drafts.map((draft) => ({
            ...(draft.id ? { id: draft.id } : {}),
            text: textOf(draft.text, draft.textValue),
            indicators: draft.indicators.map((indicator) => ({
              ...(indicator.id ? { id: indicator.id } : {}),
              name: textOf(indicator.name, indicator.nameText),
              ...(indicator.unit.trim() ? { unit: indicator.unit.trim() } : {}),
              targets: textToYears(indicator.targets),
              actuals: textToYears(indicator.actuals),
            })),
          })),
        },
      },
      { onSuccess: onDone },
    );
  };

  return (
    <form className="stack-form" onSubmit={submit} noValidate>
      <FormStatus form="objectives-form" error={write.error} errors={NO_ERRORS} />
      {drafts.map((draft, index) => (
        <fieldset key={draft.id ?? `new-${index}`}>
          <legend>{t("cw.objectives.objective", { n: index + 1 })}</legend>
          <div className="field">
            <label htmlFor={`${id}-o${index}`}>{t("cw.objectives.text")}</label>
            <input
              id={`${id}-o${index}`}
              value={draft.textValue}
              onChange={(event) => update(index, (current) => ({ ...current, textValue: event.target.value }))}
              {...describedBy(write.error, `objectives.${index}.text`, `${id}-o${index}`)}
            />
            <FieldError error={write.error} field={`objectives.${index}.text`} id={`${id}-o${index}`} />
          </div>
          {draft.indicators.map((indicator, inner) => {
            const key = `${id}-o${index}-i${inner}`;
            const set = (change: Partial<IndicatorDraft>) =>
              update(index, (current) => ({
                ...current,
                indicators: current.indicators.map((item, position) =>
                  position === inner ? { ...item, ...change } : item,
                ),
              }));
            return (
              <div className="field-row indicator-row" key={indicator.id ?? key}>
                <div className="field">
                  <label htmlFor={`${key}-name`}>{t("report.col.indicator")}</label>
                  <input
                    id={`${key}-name`}
                    value={indicator.nameText}
                    onChange={(event) => set({ nameText: event.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${key}-unit`}>{t("report.col.unit")}</label>
                  <input
                    id={`${key}-unit`}
                    value={indicator.unit}
                    onChange={(event) => set({ unit: event.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${key}-targets`}>{t("cw.objectives.targets")}</label>
                  <input
                    id={`${key}-targets`}
                    value={indicator.targets}
                    placeholder="2026: 30, 2027: 40"
                    onChange={(event) => set({ targets: event.target.value })}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${key}-actuals`}>{t("cw.objectives.actuals")}</label>
                  <input
                    id={`${key}-actuals`}
                    value={indicator.actuals}
                    onChange={(event) => set({ actuals: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              update(index, (current) => ({ ...current, indicators: [...current.indicators, emptyIndicator()] }))
            }
          >
            {t("cw.objectives.add-indicator")}
          </button>
        </fieldset>
      ))}
      <p className="field-hint">{t("cw.objectives.hint")}</p>
      <div className="row-actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            setDrafts((current) => [...current, { text: {}, textValue: "", indicators: [emptyIndicator()] }])
          }
        >
          {t("cw.objectives.add")}
        </button>
        <button type="submit" disabled={write.isPending}>
          {t("cw.save")}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t("cw.cancel")}
        </button>
      </div>
    </form>
  );
};
