import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { SelectField } from "../../components/select-field.tsx";
import { RELATION_STATUSES, RELATION_TYPES } from "../../lib/codes.ts";
import { labelOf } from "../../lib/labels.ts";
import { pick } from "../../lib/lang.ts";

export type RelationFilterValues = { type: string; status: string; party: string; issue: string; year: string };

type Props = { values: RelationFilterValues; onChange: (changes: Partial<RelationFilterValues>) => void };

export const RelationFilters = ({ values, onChange }: Props) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const partyId = useId();
  const yearId = useId();
  const partiesId = useId();
  return (
    <fieldset className="filters">
      <legend>{t("atlas.filters")}</legend>
      <SelectField
        label={t("registry.type")}
        name="type"
        value={values.type}
        options={RELATION_TYPES}
        optionLabel={(value) => labelOf(t, "relation.type", value)}
        onChange={(type) => onChange({ type })}
      />
      <SelectField
        label={t("registry.status")}
        name="status"
        value={values.status}
        options={RELATION_STATUSES}
        optionLabel={(value) => labelOf(t, "relation.status", value)}
        onChange={(status) => onChange({ status })}
      />
      <SelectField
        label={t("registry.issue")}
        name="issue"
        value={values.issue}
        options={reference.issues.map((issue) => issue.id)}
        optionLabel={reference.issueLabel}
        onChange={(issue) => onChange({ issue })}
      />
      <div className="field">
        <label htmlFor={partyId}>{t("registry.party")}</label>
        <input
          id={partyId}
          name="party"
          list={partiesId}
          value={values.party}
          autoComplete="off"
          onChange={(event) => onChange({ party: event.target.value.trim() })}
        />
        <datalist id={partiesId}>
          {reference.localities
            .filter((locality) => locality.described)
            .map((locality) => (
              <option key={locality.id} value={locality.id}>
                {pick(locality.names, lang)}
              </option>
            ))}
        </datalist>
      </div>
      <div className="field narrow">
        <label htmlFor={yearId}>{t("registry.year")}</label>
        <input
          id={yearId}
          name="year"
          type="number"
          inputMode="numeric"
          min={1800}
          max={2100}
          value={values.year}
          onChange={(event) => onChange({ year: event.target.value })}
        />
      </div>
    </fieldset>
  );
};
