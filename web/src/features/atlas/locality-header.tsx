import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Locality } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { ReviewBadge } from "../../components/review-badge.tsx";
import { labelOf } from "../../lib/labels.ts";
import { LANGS, pick } from "../../lib/lang.ts";

export const LocalityHeader = ({ locality }: { locality: Locality }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  return (
    <header className="profile-header">
      <h1 id="locality-title">{pick(locality.names, lang)}</h1>
      <p className="other-names">
        {LANGS.filter((other) => other !== lang).map((other) => (
          <span key={other} lang={other}>
            {locality.untranslated?.includes(other) ? (
              <span className="muted">{t("reg.untranslated")}</span>
            ) : (
              locality.names[other]
            )}
          </span>
        ))}
      </p>
      <p className="badges">
        <span className="badge">{labelOf(t, "country", locality.country)}</span>
        <span className="badge">{labelOf(t, "tier", locality.tier)}</span>
        <span className="badge">{labelOf(t, "region", locality.region)}</span>
        <ReviewBadge review={locality.review} />
        {locality.parent ? (
          <span>
            {t("field.parent")}: <Link to={`/atlas/${locality.parent}`}>{reference.nameOf(locality.parent)}</Link>
          </span>
        ) : null}
      </p>
      <p>
        <Link className="button" to={`/match?from=${locality.id}`}>
          {t("locality.find-partners")}
        </Link>
      </p>
    </header>
  );
};
