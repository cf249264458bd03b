import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { LANGS } from "../../lib/lang.ts";
import type { Officer } from "./types.ts";

type Text = Record<string, string>;

/**
 * A text in the reader's language, with the other two languages behind a disclosure: what is
 * written in one language is kept when another is edited.
 */
export const TriText = ({
  label,
  value,
  onChange,
  multiline = false,
}: {
  label: string;
  value: Text | undefined;
  onChange: (text: Text) => void;
  multiline?: boolean;
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const others = LANGS.filter((other) => other !== lang);
  const input = (which: string, inputId: string) =>
    multiline ? (
      <textarea
        id={inputId}
        lang={which}
        rows={3}
        value={value?.[which] ?? ""}
        onChange={(event) => onChange({ ...(value ?? {}), [which]: event.target.value })}
      />
    ) : (
      <input
        id={inputId}
        lang={which}
        value={value?.[which] ?? ""}
        onChange={(event) => onChange({ ...(value ?? {}), [which]: event.target.value })}
      />
    );
  return (
    <div className="field tri-text">
      <label htmlFor={`${id}-${lang}`}>{label}</label>
      {input(lang, `${id}-${lang}`)}
      <details>
        <summary>
          {t("proposal.form.other-languages")}
          {others.some((other) => value?.[other]) ? "" : ` (${t("proposal.untranslated")})`}
        </summary>
        {others.map((other) => (
          <div key={other} className="field">
            <label htmlFor={`${id}-${other}`}>
              {label} · {t(`lang.${other}` as never)}
            </label>
            {input(other, `${id}-${other}`)}
          </div>
        ))}
      </details>
    </div>
  );
};

export const Field = ({ label, children }: { label: string; children: (id: string) => ReactNode }) => {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
};

/** A list the user adds rows to and removes rows from; each row is one fieldset. */
export const Rows = <T,>({
  legend,
  items,
  onChange,
  blank,
  addLabel,
  children,
}: {
  legend: string;
  items: T[];
  onChange: (items: T[]) => void;
  blank: () => T;
  addLabel: string;
  children: (item: T, update: (item: T) => void, index: number) => ReactNode;
}) => {
  const { t } = useTranslation();
  return (
    <fieldset className="rows">
      <legend>{legend}</legend>
      {items.map((item, index) => (
        <div key={`row-${index.toString()}`} className="row">
          {children(item, (next) => onChange(items.map((old, position) => (position === index ? next : old))), index)}
          <button
            type="button"
            className="link-button"
            onClick={() => onChange(items.filter((_old, position) => position !== index))}
          >
            {t("proposal.form.remove", { n: index + 1 })}
          </button>
        </div>
      ))}
      <button type="button" className="button secondary" onClick={() => onChange([...items, blank()])}>
        {addLabel}
      </button>
    </fieldset>
  );
};

const SPOKEN = ["th", "en", "ja"] as const;

/** A named officer: name, position, email and the languages they work in. */
export const OfficerFields = ({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: Officer | undefined;
  onChange: (officer: Officer) => void;
}) => {
  const { t } = useTranslation();
  const person: Officer = value ?? { name: "", languages: [] };
  const set = (changes: Partial<Officer>) => onChange({ ...person, ...changes });
  return (
    <fieldset className="officer">
      <legend>{legend}</legend>
      <Field label={t("proposal.form.name")}>
        {(id) => <input id={id} value={person.name} onChange={(event) => set({ name: event.target.value })} />}
      </Field>
      <Field label={t("proposal.form.position")}>
        {(id) => <input id={id} value={person.title ?? ""} onChange={(event) => set({ title: event.target.value })} />}
      </Field>
      <Field label={t("proposal.form.email")}>
        {(id) => (
          <input
            id={id}
            type="email"
            value={person.email ?? ""}
            onChange={(event) => set({ email: event.target.value })}
          />
        )}
      </Field>
      <fieldset className="inline">
        <legend>{t("proposal.form.languages")}</legend>
        {SPOKEN.map((lang) => (
          <label key={lang} className="choice">
            <input
              type="checkbox"
              checked={person.languages.includes(lang)}
              onChange={(event) =>
                set({
                  languages: event.target.checked
                    ? [...person.languages, lang]
                    : person.languages.filter((item) => item !== lang),
                })
              }
            />{" "}
            {t(`lang.${lang}` as never)}
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
};
