import { useTranslation } from "react-i18next";
import type { Locality } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { SourceDetails } from "../../components/source-details.tsx";
import { pick } from "../../lib/lang.ts";

/** What the official lists say: website, office location, the municipality's own motto. */
export const LocalityContact = ({ locality }: { locality: Locality }) => {
  const { t } = useTranslation();
  const website = locality.contacts?.website;
  if (!website && !locality.office && !locality.motto) return null;
  return (
    <section aria-labelledby="contact-title">
      <h2 id="contact-title">{t("locality.contact")}</h2>
      <ul className="fact-list">
        {website && locality.contacts ? (
          <li>
            {t("locality.website")}:{" "}
            <a href={website} rel="noopener noreferrer external">
              {website}
            </a>{" "}
            <SourceDetails source={locality.contacts.source} />
          </li>
        ) : null}
        {locality.office ? (
          <li>
            {t("locality.office", { lat: locality.office.lat.toFixed(4), lon: locality.office.lon.toFixed(4) })}{" "}
            <SourceDetails source={locality.office.source} />
          </li>
        ) : null}
        {locality.motto ? (
          <li>
            {t("locality.motto")}: <q lang="ja">{locality.motto.ja}</q> <SourceDetails source={locality.motto.source} />
          </li>
        ) : null}
      </ul>
    </section>
  );
};

/** An undescribed locality says so, and asks the people who know it to describe it. */
export const ThinProfileNotice = ({ locality }: { locality: Locality }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const facts =
    locality.strengths.length +
    locality.challenges.length +
    locality.industries.length +
    locality.geography.length +
    locality.heritage.length +
    locality.relations.length;
  if (facts > 0) return null;
  return (
    <p className="notice thin-profile" data-flag="thin-data">
      {t("locality.thin", { name: pick(locality.names, lang) })}
    </p>
  );
};
