import { useId } from "react";
import { useTranslation } from "react-i18next";

type SelectFieldProps = {
  label: string;
  value: string;
  options: readonly string[];
  optionLabel: (value: string) => string;
  onChange: (value: string) => void;
  name?: string;
};

/** A labelled select whose first option means "all". */
export const SelectField = ({ label, value, options, optionLabel, onChange, name }: SelectFieldProps) => {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t("common.all")}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
};
