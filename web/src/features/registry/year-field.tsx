import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { readYearInput } from "../../../../src/domain/era-year.ts";
import { useLang } from "../../api/use-lang.ts";
import { displayYear } from "../../lib/dates.ts";

type Props = { value: string; onChange: (year: string) => void };

/**
 * A starting year typed in either era: Thai readers see and type BE, 2559 and 2016 both work.
 * The URL and the API get the Common Era year; a text that is not a year stays on screen with a
 * hint in the reader's language and asks nothing.
 */
export const YearField = ({ value, onChange }: Props) => {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const hintId = useId();
  const shown = value ? displayYear(Number(value), lang) : "";
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const parsed = text.trim() === "" ? undefined : readYearInput(text);
  const isInvalid = parsed !== undefined && !parsed.ok;
  return (
    <div className="field">
      <label htmlFor={id}>{t("registry.year")}</label>
      <input
        id={id}
        name="year"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        value={text}
        aria-invalid={isInvalid}
        aria-describedby={hintId}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const read = readYearInput(next);
          if (next.trim() === "") onChange("");
          else if (read.ok) onChange(String(read.year));
        }}
      />
      <small id={hintId} className={isInvalid ? "field-error" : "hint"} aria-live="polite">
        {isInvalid ? t("filter.year-invalid") : t("filter.year-hint")}
      </small>
    </div>
  );
};
