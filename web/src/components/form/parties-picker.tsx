import { useTranslation } from "react-i18next";
import { useReference } from "../../api/use-reference.ts";
import { PartyPicker } from "../party-picker.tsx";
import { type FieldErrors, inputId } from "./field-errors.ts";

/** Several localities and organisations, each found by name in Thai, English or Japanese. */
export const PartiesPicker = ({
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
  const reference = useReference();
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
      <PartyPicker
        name={`${name}-search`}
        label={withOrganisations ? t("ws.party.add") : t("ws.party.add-locality")}
        clearLabel={t("ws.cancel")}
        value=""
        withOrganisations={withOrganisations}
        onChange={(party) => {
          if (!party || chosen.includes(party)) return;
          if (party.startsWith("org:")) onChange({ localities, organisations: [...organisations, party] });
          else onChange({ localities: [...localities, party], organisations });
        }}
      />
    </fieldset>
  );
};
