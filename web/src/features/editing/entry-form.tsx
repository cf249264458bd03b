import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useWrite } from "../../api/use-write.ts";
import type { WriteRequest } from "../../api/write.ts";
import { fieldErrors } from "../../components/form/field-errors.ts";
import { TextInput } from "../../components/form/form-field.tsx";
import { FormStatus } from "../../components/form/form-status.tsx";
import { IssuePicker } from "../../components/form/issue-picker.tsx";
import { SELF_REPORTED, SourceFields, type SourceValue, toUserSource } from "../../components/form/source-fields.tsx";
import { EMPTY_TEXT, TriText, type TriTextValue, toUserText } from "../../components/form/tri-text.tsx";
import type { SourceInput } from "../../lib/sources.ts";

/** What a fact, a need or an offer holds in the form. */
export type EntryValue = { text: TriTextValue; issues: string[]; kind: string; source: SourceValue; reason: string };

export const emptyEntry = (kind: string): EntryValue => ({
  text: EMPTY_TEXT,
  issues: [],
  kind,
  source: SELF_REPORTED,
  reason: "",
});

/** An existing entry's source as the form shows it: its document, or (for any other source) self-reported. */
export const sourceValueOf = (source: SourceInput): SourceValue =>
  typeof source === "object" && source.ref === "document" && source.document
    ? {
        kind: "document",
        title: source.document.title,
        url: source.document.url ?? "",
        date: source.document.date ?? "",
      }
    : SELF_REPORTED;

/** The body the API takes: text in the languages written, issue tags, the source, and a reason. */
export const entryBody = (value: EntryValue) => ({
  text: toUserText(value.text),
  issues: value.issues,
  source: toUserSource(value.source),
  ...(value.reason.trim() ? { reason: value.reason.trim() } : {}),
});

type EntryFormProps = {
  form: string;
  legend: string;
  initial: EntryValue;
  kinds?: { value: string; label: string }[];
  isEdit: boolean;
  request: (value: EntryValue) => WriteRequest;
  onDone: () => void;
};

/** Add or change one fact, need or offer, with inline validation from the API. */
export const EntryForm = ({ form, legend, initial, kinds, isEdit, request, onDone }: EntryFormProps) => {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const write = useWrite();
  const errors = fieldErrors(write.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate(request(value), {
      onSuccess: () => {
        setValue(initial);
        onDone();
      },
    });
  };
  const labels = {
    text: legend,
    "text.th": t("ws.text.th"),
    "text.en": t("ws.text.en"),
    "text.ja": t("ws.text.ja"),
    issues: t("ws.issues.legend"),
    kind: t("ws.field.kind"),
    source: t("ws.source.legend"),
    "source.title": t("ws.source.title"),
    "source.url": t("ws.source.url"),
    "source.date": t("ws.source.date"),
    reason: t("ws.field.reason"),
  };
  return (
    <form className="stack-form entry-form" onSubmit={submit} noValidate aria-label={legend}>
      <FormStatus
        form={form}
        error={write.error}
        errors={errors}
        labels={labels}
        success={write.isSuccess ? t("ws.saved") : undefined}
      />
      {kinds ? (
        <fieldset id={`${form}-kind`} className="choice-row">
          <legend>{t("ws.field.kind")}</legend>
          {kinds.map((kind) => (
            <label key={kind.value} className="check">
              <input
                type="radio"
                name={`${form}-kind`}
                value={kind.value}
                checked={value.kind === kind.value}
                onChange={() => setValue({ ...value, kind: kind.value })}
              />{" "}
              {kind.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      <TriText
        form={form}
        name="text"
        legend={legend}
        value={value.text}
        errors={errors}
        onChange={(text) => setValue({ ...value, text })}
      />
      <IssuePicker
        form={form}
        value={value.issues}
        errors={errors}
        onChange={(issues) => setValue({ ...value, issues })}
      />
      <SourceFields
        form={form}
        value={value.source}
        errors={errors}
        onChange={(source) => setValue({ ...value, source })}
      />
      {isEdit ? (
        <TextInput
          form={form}
          name="reason"
          label={t("ws.field.reason")}
          value={value.reason}
          onChange={(reason) => setValue({ ...value, reason })}
          errors={errors.of("reason")}
        />
      ) : null}
      <p className="actions">
        <button type="submit" className="button" disabled={write.isPending}>
          {isEdit ? t("ws.save") : t("ws.add")}
        </button>
        {isEdit ? (
          <button type="button" className="button secondary" onClick={onDone}>
            {t("ws.cancel")}
          </button>
        ) : null}
      </p>
    </form>
  );
};
