import { useTranslation } from "react-i18next";
import { type FieldErrors, inputId } from "./field-errors.ts";
import { TextInput } from "./form-field.tsx";

export type SourceValue = { kind: "self-reported" | "document"; title: string; url: string; date: string };
export const SELF_REPORTED: SourceValue = { kind: "self-reported", title: "", url: "", date: "" };

/** As the API wants it: self-reported, or a document with its title and, if given, link and date. */
export const toUserSource = (value: SourceValue) =>
  value.kind === "self-reported"
    ? { kind: "self-reported" as const }
    : {
        kind: "document" as const,
        title: value.title.trim(),
        ...(value.url.trim() ? { url: value.url.trim() } : {}),
        ...(value.date ? { date: value.date } : {}),
      };

/** Where a fact comes from: the office's own word, or a document the reader can look up. */
export const SourceFields = ({
  form,
  value,
  onChange,
  errors,
}: {
  form: string;
  value: SourceValue;
  onChange: (value: SourceValue) => void;
  errors: FieldErrors;
}) => {
  const { t } = useTranslation();
  const id = inputId(form, "source");
  const problems = errors.of("source");
  return (
    <fieldset id={id} className="source-fields" aria-describedby={problems.length ? `${id}-error` : undefined}>
      <legend>{t("ws.source.legend")}</legend>
      {problems.length ? (
        <p id={`${id}-error`} className="field-error">
          {problems.join(" ")}
        </p>
      ) : null}
      {(["self-reported", "document"] as const).map((kind) => (
        <label key={kind} className="check">
          <input
            type="radio"
            name={`${form}-source-kind`}
            value={kind}
            checked={value.kind === kind}
            onChange={() => onChange({ ...value, kind })}
          />{" "}
          {t(`ws.source.${kind}`)}
        </label>
      ))}
      {value.kind === "document" ? (
        <div className="field-row">
          <TextInput
            form={form}
            name="source.title"
            label={t("ws.source.title")}
            value={value.title}
            required
            onChange={(title) => onChange({ ...value, title })}
            errors={errors.of("source.title")}
          />
          <TextInput
            form={form}
            name="source.url"
            type="url"
            label={t("ws.source.url")}
            value={value.url}
            onChange={(url) => onChange({ ...value, url })}
            errors={errors.of("source.url")}
          />
          <TextInput
            form={form}
            name="source.date"
            type="date"
            label={t("ws.source.date")}
            value={value.date}
            onChange={(date) => onChange({ ...value, date })}
            errors={errors.of("source.date")}
          />
        </div>
      ) : null}
    </fieldset>
  );
};
