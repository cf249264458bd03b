import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { ACTIVITY_KINDS, CURRENCIES } from "../../../../src/domain/continuity-vocabulary.ts";
import type { Relation } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { useWrite } from "../../api/use-write.ts";
import { type FieldErrors, fieldErrors, NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import { SELF_REPORTED, SourceFields, type SourceValue, toUserSource } from "../../components/form/source-fields.tsx";
import { fromUserText, TriText, type TriTextValue, toUserText } from "../../components/form/tri-text.tsx";
import { textIn } from "../../lib/lang.ts";
import { describedBy, FieldError } from "./form-errors.tsx";
import type { LoggedActivity, RelationLog, UserText } from "./types.ts";

type Side = { count: string; offices: string; amount: string; currency: string };

const lines = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

const sourceOf = (activity: LoggedActivity | undefined): SourceValue => {
  const first = activity?.sources[0];
  const document = typeof first === "object" ? first.document : undefined;
  return document
    ? { kind: "document", title: document.title, url: document.url ?? "", date: document.date ?? "" }
    : SELF_REPORTED;
};

/** The shared source fields name their inputs "source.…"; an activity has a list, "sources.0.…". */
const asSourceErrors = (errors: FieldErrors): FieldErrors => ({
  all: errors.all,
  of: (field) => (field === "source" ? errors.of("sources") : errors.of(field.replace(/^source\./, "sources.0."))),
});

/** Logs a new activity, or changes one: dates at their precision, each side's people and spending, sources. */
export const ActivityForm = ({
  relation,
  log,
  activity,
  onDone,
}: {
  relation: Relation;
  log: RelationLog;
  activity?: LoggedActivity;
  onDone: () => void;
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const id = useId();
  // The shared form parts name their inputs after the form: one per activity, or "new".
  const form = `activity-${activity?.id ?? "new"}`;
  const write = useWrite();
  const [kind, setKind] = useState(activity?.kind ?? "visit");
  const [title, setTitle] = useState<TriTextValue>(fromUserText(activity?.title));
  const [date, setDate] = useState(activity?.date ?? "");
  const [endDate, setEndDate] = useState(activity?.endDate ?? "");
  const [description, setDescription] = useState(textIn(activity?.description, lang).value);
  const [outcomes, setOutcomes] = useState(
    (activity?.outcomes ?? []).map((item) => textIn(item, lang).value).join("\n"),
  );
  const [sides, setSides] = useState<Record<string, Side>>(() =>
    Object.fromEntries(
      relation.parties.map((party) => {
        const people = activity?.participants.find((side) => side.party === party);
        const spent = activity?.spending.find((entry) => entry.party === party);
        return [
          party,
          {
            count: people?.count === undefined ? "" : String(people.count),
            offices: (people?.offices ?? []).join("\n"),
            amount: spent ? String(spent.amount) : "",
            currency: spent?.currency ?? (party.startsWith("JP-") ? "JPY" : "THB"),
          },
        ];
      }),
    ),
  );
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries((activity?.indicatorValues ?? []).map((entry) => [entry.indicator, String(entry.value)])),
  );
  const [issues, setIssues] = useState<string[]>(activity?.issues ?? []);
  const [source, setSource] = useState<SourceValue>(() => sourceOf(activity));
  const [isPublic, setPublic] = useState(activity?.isPublic ?? true);

  const setSide = (party: string, change: Partial<Side>) =>
    setSides((current) => ({ ...current, [party]: { ...(current[party] as Side), ...change } }));
  const indicators = log.objectives.flatMap((objective) => objective.indicators);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Other languages of a text the reader did not change are kept.
    const keep = (original: UserText | undefined, value: string): UserText | undefined =>
      value ? { ...original, [lang]: value } : undefined;
    const previous = new Map((activity?.outcomes ?? []).map((item) => [textIn(item, lang).value, item]));
    const body = {
      kind,
      title: toUserText(title),
      date,
      ...(endDate ? { endDate } : {}),
      ...(keep(activity?.description, description.trim())
        ? { description: keep(activity?.description, description.trim()) }
        : {}),
      participants: relation.parties.flatMap((party) => {
        const side = sides[party] as Side;
        const offices = lines(side.offices);
        if (!side.count && offices.length === 0) return [];
        return [{ party, ...(side.count ? { count: Number(side.count) } : {}), offices }];
      }),
      outcomes: lines(outcomes).map((line) => previous.get(line) ?? { [lang]: line }),
      indicatorValues: indicators.flatMap((indicator) =>
        values[indicator.id] ? [{ indicator: indicator.id, value: Number(values[indicator.id]) }] : [],
      ),
      spending: relation.parties.flatMap((party) => {
        const side = sides[party] as Side;
        return side.amount ? [{ party, amount: Number(side.amount), currency: side.currency }] : [];
      }),
      issues,
      sources: [toUserSource(source)],
      isPublic,
    };
    write.mutate(
      activity
        ? { method: "PUT", path: `/api/activities/${activity.id}`, body }
        : { method: "POST", path: `/api/relations/${relation.id}/activities`, body },
      { onSuccess: onDone },
    );
  };

  const error = write.error;
  const errors = fieldErrors(error);
  return (
    <form className="stack-form activity-form" onSubmit={submit} noValidate aria-labelledby={`${id}-legend`}>
      <h3 id={`${id}-legend`}>{activity ? t("cw.activity.edit-title") : t("cw.activity.log")}</h3>
      <FormStatus form="activity-form" error={error} errors={NO_ERRORS} />
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t("cw.field.kind")}</label>
        <select id={`${id}-kind`} name="kind" value={kind} onChange={(event) => setKind(event.target.value)}>
          {ACTIVITY_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`activity.kind.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <TriText
        form={form}
        name="title"
        legend={t("cw.field.title")}
        value={title}
        onChange={setTitle}
        errors={errors}
        multiline={false}
      />
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t("cw.field.date")}</label>
          <input
            id={`${id}-date`}
            name="date"
            value={date}
            placeholder="2026-10-14"
            inputMode="numeric"
            onChange={(event) => setDate(event.target.value.trim())}
            aria-describedby={`${id}-date-hint`}
            {...describedBy(error, "date", `${id}-date`)}
          />
          <p className="field-hint" id={`${id}-date-hint`}>
            {t("cw.field.date-hint")}
          </p>
          <FieldError error={error} field="date" id={`${id}-date`} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`}>{t("cw.field.end-date")}</label>
          <input
            id={`${id}-end`}
            name="endDate"
            value={endDate}
            inputMode="numeric"
            onChange={(event) => setEndDate(event.target.value.trim())}
            {...describedBy(error, "endDate", `${id}-end`)}
          />
          <FieldError error={error} field="endDate" id={`${id}-end`} />
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t("cw.field.description")}</label>
        <textarea
          id={`${id}-description`}
          rows={3}
          value={description}
          onChange={(event) => setDescription(event.target.value)}
        />
      </div>
      {relation.parties.map((party) => {
        const side = sides[party] as Side;
        return (
          <fieldset key={party}>
            <legend>{reference.nameOf(party)}</legend>
            <div className="field-row">
              <div className="field">
                <label htmlFor={`${id}-${party}-count`}>{t("cw.field.participants")}</label>
                <input
                  id={`${id}-${party}-count`}
                  type="number"
                  min={0}
                  inputMode="numeric"
                  value={side.count}
                  onChange={(event) => setSide(party, { count: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-${party}-amount`}>{t("cw.field.spending")}</label>
                <input
                  id={`${id}-${party}-amount`}
                  type="number"
                  min={0}
                  inputMode="decimal"
                  value={side.amount}
                  onChange={(event) => setSide(party, { amount: event.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-${party}-currency`}>{t("cw.field.currency")}</label>
                <select
                  id={`${id}-${party}-currency`}
                  value={side.currency}
                  onChange={(event) => setSide(party, { currency: event.target.value })}
                >
                  {CURRENCIES.map((currency) => (
                    <option key={currency}>{currency}</option>
                  ))}
                </select>
              </div>
            </div>
            <div className="field">
              <label htmlFor={`${id}-${party}-offices`}>{t("cw.field.offices")}</label>
              <textarea
                id={`${id}-${party}-offices`}
                rows={2}
                value={side.offices}
                onChange={(event) => setSide(party, { offices: event.target.value })}
              />
            </div>
          </fieldset>
        );
      })}
      <div className="field">
        <label htmlFor={`${id}-outcomes`}>{t("cw.field.outcomes")}</label>
        <textarea
          id={`${id}-outcomes`}
          rows={3}
          value={outcomes}
          onChange={(event) => setOutcomes(event.target.value)}
        />
        <p className="field-hint">{t("cw.field.one-per-line")}</p>
      </div>
      {indicators.length ? (
        <fieldset>
          <legend>{t("cw.field.indicator-values")}</legend>
          {indicators.map((indicator) => (
            <div className="field" key={indicator.id}>
              <label htmlFor={`${id}-ind-${indicator.id}`}>
                {textIn(indicator.name, lang).value}
                {indicator.unit ? ` (${indicator.unit})` : ""}
              </label>
              <input
                id={`${id}-ind-${indicator.id}`}
                type="number"
                min={0}
                value={values[indicator.id] ?? ""}
                onChange={(event) => setValues((current) => ({ ...current, [indicator.id]: event.target.value }))}
              />
            </div>
          ))}
        </fieldset>
      ) : null}
      {relation.issues.length ? (
        <fieldset>
          <legend>{t("field.issues")}</legend>
          {relation.issues.map((issue) => (
            <label key={issue} className="check">
              <input
                type="checkbox"
                checked={issues.includes(issue)}
                onChange={(event) =>
                  setIssues((current) =>
                    event.target.checked ? [...current, issue] : current.filter((item) => item !== issue),
                  )
                }
              />
              {reference.issueLabel(issue)}
            </label>
          ))}
        </fieldset>
      ) : null}
      <SourceFields form={form} value={source} onChange={setSource} errors={asSourceErrors(errors)} />
      <label className="check">
        <input type="checkbox" checked={isPublic} onChange={(event) => setPublic(event.target.checked)} />
        {t("cw.field.public")}
      </label>
      <div className="row-actions">
        <button type="submit" disabled={write.isPending}>
          {activity ? t("cw.save") : t("cw.activity.submit")}
        </button>
        <button type="button" className="secondary" onClick={onDone}>
          {t("cw.cancel")}
        </button>
      </div>
    </form>
  );
};
