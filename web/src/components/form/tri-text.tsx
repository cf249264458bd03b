import { useTranslation } from "react-i18next";
import { LANGS, type Lang } from "../../lib/lang.ts";
import { type FieldErrors, inputId } from "./field-errors.ts";
import { TextInput } from "./form-field.tsx";

export type TriTextValue = Record<Lang, string>;
export const EMPTY_TEXT: TriTextValue = { th: "", en: "", ja: "" };

/** The languages written in, as the API wants a user's text: blank ones left out. */
export const toUserText = (value: TriTextValue): Partial<TriTextValue> =>
  Object.fromEntries(LANGS.filter((lang) => value[lang].trim()).map((lang) => [lang, value[lang].trim()]));

export const fromUserText = (text: Partial<TriTextValue> | undefined): TriTextValue => ({
  th: text?.th ?? "",
  en: text?.en ?? "",
  ja: text?.ja ?? "",
});

/** One text in Thai, English and Japanese; at least one is needed, the others wait for translation. */
export const TriText = ({
  form,
  name,
  legend,
  value,
  onChange,
  errors,
  multiline = true,
}: {
  form: string;
  name: string;
  legend: string;
  value: TriTextValue;
  onChange: (value: TriTextValue) => void;
  errors: FieldErrors;
  multiline?: boolean;
}) => {
  const { t } = useTranslation();
  const groupErrors = errors.of(name);
  const errorId = `${inputId(form, name)}-error`;
  return (
    <fieldset
      id={inputId(form, name)}
      className="tri-text"
      aria-describedby={groupErrors.length ? errorId : `${inputId(form, name)}-hint`}
    >
      <legend>{legend}</legend>
      <p id={`${inputId(form, name)}-hint`} className="field-hint">
        {t("ws.text.hint")}
      </p>
      {groupErrors.length ? (
        <p id={errorId} className="field-error">
          {groupErrors.join(" ")}
        </p>
      ) : null}
      {LANGS.map((lang) => (
        <TextInput
          key={lang}
          form={form}
          name={`${name}.${lang}`}
          label={t(`ws.text.${lang}`)}
          lang={lang}
          multiline={multiline}
          value={value[lang]}
          onChange={(text) => onChange({ ...value, [lang]: text })}
          errors={errors.of(`${name}.${lang}`)}
        />
      ))}
    </fieldset>
  );
};
