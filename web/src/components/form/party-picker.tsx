import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { LocalityPicker } from "../../features/match/locality-picker.tsx";
import { pick } from "../../lib/lang.ts";
import { type FieldErrors, inputId } from "./field-errors.ts";

/** Several localities (searched in the atlas) and organisations (chosen from a list). */
export const PartyPicker = ({
  form,
  name,
  legend,
  localities,
  organisations,
  onChange,
  errors,
  withOrganisations = true,
}: {
  form: string;
  name: string;
  legend: string;
  localities: string[];
  organisations: string[];
  onChange: (next: { localities: string[]; organisations: string[] }) => void;
  errors: FieldErrors;
  withOrganisations?: boolean;
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const selectId = useId();
  const id = inputId(form, name);
  const problems = errors.all.filter((problem) => problem.field === name || problem.field.startsWith(`${name}.`));
  const chosen = [...localities, ...organisations];
  const remove = (party: string) =>
    onChange({
      localities: localities.filter((other) => other !== party),
      organisations: organisations.filter((other) => other !== party),
    });
  return (
    <fieldset id={id} className="party-picker" aria-describedby={problems.length ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {problems.length ? (
        <p id={`${id}-error`} className="field-error">
          {problems.map((problem) => problem.message).join(" ")}
        </p>
      ) : null}
      <ul className="tag-list" aria-live="polite">
        {chosen.map((party) => (
          <li key={party} data-party={party}>
            {reference.nameOf(party)}{" "}
            <button
              type="button"
              className="link-button"
              aria-label={t("ws.party.remove", { name: reference.nameOf(party) })}
              onClick={() => remove(party)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <LocalityPicker
        name={`${name}-search`}
        label={t("ws.party.add-locality")}
        value=""
        onChange={(party) => {
          if (party && !localities.includes(party)) onChange({ localities: [...localities, party], organisations });
        }}
      />
      {withOrganisations ? (
        <div className="field">
          <label htmlFor={selectId}>{t("ws.party.add-organisation")}</label>
          <select
            id={selectId}
            value=""
            onChange={(event) => {
              const party = event.target.value;
              if (party && !organisations.includes(party))
                onChange({ localities, organisations: [...organisations, party] });
            }}
          >
            <option value="">{t("ws.party.choose")}</option>
            {reference.organisations.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {pick(organisation.names, lang)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </fieldset>
  );
};
