import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { formatNumber } from "../../lib/lang.ts";
import { CRITERIA, type Criterion, DEFAULT_WEIGHTS, type Weights } from "../../lib/weights.ts";

type SlidersProps = { weights: Weights; onChange: (weights: Weights) => void };

const Slider = ({
  criterion,
  value,
  onChange,
}: {
  criterion: Criterion;
  value: number;
  onChange: (v: number) => void;
}) => {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  return (
    <div className="slider">
      <label htmlFor={id}>{t(`criterion.${criterion}`)}</label>
      <input
        id={id}
        type="range"
        name={criterion}
        min={0}
        max={1}
        step={0.05}
        value={value}
        onChange={(event) => onChange(Number(event.target.value))}
      />
      <output htmlFor={id}>{formatNumber(value, lang, 2)}</output>
    </div>
  );
};

/** A slider per criterion (0–1); the defaults are the matcher's documented ones. */
export const WeightSliders = ({ weights, onChange }: SlidersProps) => {
  const { t } = useTranslation();
  return (
    <fieldset className="weights">
      <legend className="visually-hidden">{t("match.weights")}</legend>
      {CRITERIA.map((criterion) => (
        <Slider
          key={criterion}
          criterion={criterion}
          value={weights[criterion]}
          onChange={(value) => onChange({ ...weights, [criterion]: value })}
        />
      ))}
      <button type="button" className="link-button" onClick={() => onChange(DEFAULT_WEIGHTS)}>
        {t("match.weights-reset")}
      </button>
    </fieldset>
  );
};
