import { useTranslation } from "react-i18next";
import { useReference } from "../../api/use-reference.ts";
import { SelectField } from "../../components/select-field.tsx";
import { regionsOf, tiersOf } from "../../lib/codes.ts";
import { labelOf } from "../../lib/labels.ts";

export type AtlasFilterValues = {
  country: string;
  tier: string;
  region: string;
  offers: string;
  needs: string;
  partner: string;
};

export const AtlasFilters = ({
  values,
  onChange,
}: {
  values: AtlasFilterValues;
  onChange: (changes: Partial<AtlasFilterValues>) => void;
}) => {
  const { t } = useTranslation();
  const reference = useReference();
  const leaves = reference.issues.filter((issue) => issue.parent !== null).map((issue) => issue.id);
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
      <SelectField
        label={t("atlas.offers")}
        name="offers"
        value={values.offers}
        options={leaves}
        optionLabel={reference.issueLabel}
        onChange={(offers) => onChange({ offers })}
      />
      <SelectField
        label={t("atlas.needs")}
        name="needs"
        value={values.needs}
        options={leaves}
        optionLabel={reference.issueLabel}
        onChange={(needs) => onChange({ needs })}
      />
      <SelectField
        label={t("atlas.partner")}
        name="partner"
        value={values.partner}
        options={["yes", "no"]}
        optionLabel={(value) => t(value === "yes" ? "atlas.partner.yes" : "atlas.partner.no")}
        onChange={(partner) => onChange({ partner })}
      />
    </fieldset>
  );
};
