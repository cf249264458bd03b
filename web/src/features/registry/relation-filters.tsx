import { useTranslation } from "react-i18next";
import { useReference } from "../../api/use-reference.ts";
import { PartyPicker } from "../../components/party-picker.tsx";
import { SelectField } from "../../components/select-field.tsx";
import { RELATION_STATUSES, RELATION_TYPES } from "../../lib/codes.ts";
import { labelOf } from "../../lib/labels.ts";
import { YearField } from "./year-field.tsx";

export type RelationFilterValues = { type: string; status: string; party: string; issue: string; year: string };

type Props = { values: RelationFilterValues; onChange: (changes: Partial<RelationFilterValues>) => void };

export const RelationFilters = ({ values, onChange }: Props) => {
  const { t } = useTranslation();
  const reference = useReference();
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
      <PartyPicker
        label={t("filter.party")}
        name="party"
        clearLabel={t("filter.party-clear")}
        withOrganisations
        value={values.party}
        onChange={(party) => onChange({ party })}
      />
      <YearField value={values.year} onChange={(year) => onChange({ year })} />
    </fieldset>
  );
};
