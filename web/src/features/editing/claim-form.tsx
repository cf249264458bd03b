import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { RELATION_STATUSES, RELATION_TYPES } from "../../../../src/domain/vocabulary.ts";
import { useWrite } from "../../api/use-write.ts";
import { fieldErrors } from "../../components/form/field-errors.ts";
import { Field, TextInput } from "../../components/form/form-field.tsx";
import { FormStatus } from "../../components/form/form-status.tsx";
import { IssuePicker } from "../../components/form/issue-picker.tsx";
import { PartiesPicker } from "../../components/form/parties-picker.tsx";
import { SELF_REPORTED, SourceFields, type SourceValue, toUserSource } from "../../components/form/source-fields.tsx";
import { TriText, type TriTextValue, toUserText } from "../../components/form/tri-text.tsx";
import { labelOf } from "../../lib/labels.ts";
import type { Submission } from "../workspace/types.ts";

export type ClaimValue = {
  type: string;
  parties: { localities: string[]; organisations: string[] };
  title: TriTextValue;
  start: string;
  end: string;
  status: string;
  issues: string[];
  source: SourceValue;
  comment: string;
};

export const emptyClaim = (party: string | null): ClaimValue => ({
  type: "friendship",
  parties: {
    localities: party && !party.startsWith("org:") ? [party] : [],
    organisations: party?.startsWith("org:") ? [party] : [],
  },
  title: { th: "", en: "", ja: "" },
  start: "",
  end: "",
  status: "active",
  issues: [],
  source: SELF_REPORTED,
  comment: "",
});

const claimBody = (value: ClaimValue) => ({
  type: value.type,
  parties: [...value.parties.localities, ...value.parties.organisations],
  title: toUserText(value.title),
  ...(value.start.trim() ? { start: value.start.trim() } : {}),
  ...(value.end.trim() ? { end: value.end.trim() } : {}),
  status: value.status,
  issues: value.issues,
  source: toUserSource(value.source),
  ...(value.comment.trim() ? { comment: value.comment.trim() } : {}),
});

const Select = ({
  form,
  name,
  label,
  value,
  options,
  prefix,
  onChange,
  errors,
}: {
  form: string;
  name: string;
  label: string;
  value: string;
  options: readonly string[];
  prefix: string;
  onChange: (value: string) => void;
  errors: string[];
}) => {
  const { t } = useTranslation();
  return (
    <Field form={form} name={name} label={label} errors={errors}>
      {(props) => (
        <select {...props} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
          {options.map((option) => (
            <option key={option} value={option}>
              {labelOf(t, prefix, option)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
};

/** A relation as proposed, or as it should read after a correction; it waits for the other party. */
export const ClaimForm = ({ initial, path }: { initial: ClaimValue; path: string }) => {
  const { t } = useTranslation();
  const form = "claim";
  const [value, setValue] = useState(initial);
  const write = useWrite<Submission>();
  const errors = fieldErrors(write.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate({ method: "POST", path, body: claimBody(value) });
  };
  if (write.data)
    return (
      <p className="ok" role="status">
        {t("ws.claim.sent")} <Link to="/workspace">{t("ws.nav.workspace")}</Link>
      </p>
    );
  const labels = {
    type: t("registry.type"),
    parties: t("ws.claim.parties"),
    title: t("ws.claim.relation-title"),
    start: t("ws.claim.start"),
    end: t("relation.end"),
    status: t("registry.status"),
    issues: t("ws.issues.legend"),
    "source.title": t("ws.source.title"),
    comment: t("ws.claim.comment"),
  };
  return (
    <form className="stack-form" onSubmit={submit} noValidate aria-labelledby="edit-title">
      <FormStatus form={form} error={write.error} errors={errors} labels={labels} />
      <div className="field-row">
        <Select
          form={form}
          name="type"
          label={labels.type}
          value={value.type}
          options={RELATION_TYPES}
          prefix="relation.type"
          onChange={(type) => setValue({ ...value, type })}
          errors={errors.of("type")}
        />
        <Select
          form={form}
          name="status"
          label={labels.status}
          value={value.status}
          options={RELATION_STATUSES}
          prefix="relation.status"
          onChange={(status) => setValue({ ...value, status })}
          errors={errors.of("status")}
        />
      </div>
      <PartiesPicker
        form={form}
        name="parties"
        legend={labels.parties}
        {...value.parties}
        errors={errors}
        onChange={(parties) => setValue({ ...value, parties })}
      />
      <TriText
        form={form}
        name="title"
        legend={labels.title}
        multiline={false}
        value={value.title}
        errors={errors}
        onChange={(title) => setValue({ ...value, title })}
      />
      <div className="field-row">
        <TextInput
          form={form}
          name="start"
          label={labels.start}
          hint={t("ws.claim.date-hint")}
          value={value.start}
          onChange={(start) => setValue({ ...value, start })}
          errors={errors.of("start")}
        />
        <TextInput
          form={form}
          name="end"
          label={labels.end}
          hint={t("ws.claim.date-hint")}
          value={value.end}
          onChange={(end) => setValue({ ...value, end })}
          errors={errors.of("end")}
        />
      </div>
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
      <TextInput
        form={form}
        name="comment"
        multiline
        label={labels.comment}
        value={value.comment}
        onChange={(comment) => setValue({ ...value, comment })}
        errors={errors.of("comment")}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={write.isPending}>
          {t("ws.claim.submit")}
        </button>
      </p>
    </form>
  );
};
