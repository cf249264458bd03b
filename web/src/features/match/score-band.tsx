import { useTranslation } from "react-i18next";
import type { Band } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { formatNumber } from "../../lib/lang.ts";

/** The band first (what the score means), the score beside it for those who want the number. */
export const ScoreBadge = ({ band, score, isBig = false }: { band: Band; score: number; isBig?: boolean }) => {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <span className={`score band-${band}${isBig ? " big" : ""}`} data-band={band}>
      <strong>{t(`band.${band}`)}</strong>{" "}
      <span className="muted">{t("match.score-value", { score: formatNumber(score, lang, 2) })}</span>
    </span>
  );
};

/** The rule behind the bands, on the page that shows them. */
export const BandRule = ({ count, isPair = false }: { count: number; isPair?: boolean }) => {
  const { t } = useTranslation();
  return (
    <details className="band-rule">
      <summary>{t("band.rule-title")}</summary>
      <p>{t(isPair ? "band.rule-pair" : "band.rule", { count })}</p>
    </details>
  );
};
