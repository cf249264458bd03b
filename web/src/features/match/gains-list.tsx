import { useTranslation } from "react-i18next";
import type { Gain } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { SourcesDetails } from "../../components/source-details.tsx";
import { pick } from "../../lib/lang.ts";
import { withKeys } from "../../lib/unique-keys.ts";

/** What one side gains: the other side's offer, the need it meets, and the sources of both. */
export const GainsList = ({ id, gains }: { id: string; gains: Gain[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  return (
    <section className="gains" aria-labelledby={`gains-${id}`}>
      <h2 id={`gains-${id}`}>{t("match.gains", { name: reference.nameOf(id) })}</h2>
      {gains.length === 0 ? (
        <p>{t("pair.no-gains")}</p>
      ) : (
        <ul className="fact-list">
          {withKeys(gains, (gain) => `${gain.issue}:${gain.from.en}`).map(([key, gain]) => (
            <li key={key}>
              <span className="badge">{reference.issueLabel(gain.issue)}</span>
              <dl className="gain">
                <dt>{t("pair.offer")}</dt>
                <dd>{pick(gain.from, lang)}</dd>
                <dt>{t("pair.need")}</dt>
                <dd>{pick(gain.for, lang)}</dd>
              </dl>
              <SourcesDetails sources={gain.sources} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
