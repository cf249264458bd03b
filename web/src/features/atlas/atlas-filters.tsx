import { useTranslation } from "react-i18next";
import { SelectField } from "../../components/select-field.tsx";
import { regionsOf, tiersOf } from "../../lib/codes.ts";
import { labelOf } from "../../lib/labels.ts";

type Filters = { country: string; tier: string; region: string };

export const AtlasFilters = ({
  values,
  onChange,
}: {
  values: Filters;
  onChange: (changes: Partial<Filters>) => void;
}) => {
  const { t } = useTranslation();
  return (
    <fieldset className="filters">
      <legend>{t("atlas.filters")}</legend>
      <SelectField
        label={t("atlas.country")}
        name="country"
        value={values.country}
        options={["TH", "JP"]}
        optionLabel={(value) => labelOf(t, "country", value)}
        onChange={(country) => onChange({ country, tier: "", region: "" })}
      />
      <SelectField
        label={t("atlas.tier")}
        name="tier"
        value={values.tier}
        options={tiersOf(values.country)}
        optionLabel={(value) => labelOf(t, "tier", value)}
        onChange={(tier) => onChange({ tier })}
      />
      <SelectField
        label={t("atlas.region")}
        name="region"
        value={values.region}
        options={regionsOf(values.country)}
        optionLabel={(value) => labelOf(t, "region", value)}
        onChange={(region) => onChange({ region })}
      />
    </fieldset>
  );
};
