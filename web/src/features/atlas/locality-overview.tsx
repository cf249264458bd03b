import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Locality } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { SourceDetails } from "../../components/source-details.tsx";
import { displayYear } from "../../lib/dates.ts";
import { labelOf } from "../../lib/labels.ts";
import { formatNumber, type Lang, pick } from "../../lib/lang.ts";

/** A holding's theme after the designation's name, bracketed as the reasons bracket it. */
const themed = (theme: string, lang: Lang) => (lang === "ja" ? `（${theme}）` : ` (${theme})`);

export const LocalityOverview = ({ locality }: { locality: Locality }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const { population, area_km2: area } = locality;
  return (
    <section aria-labelledby="overview-title" id="overview">
      <h2 id="overview-title">{t("locality.overview")}</h2>
      <dl className="facts">
        <dt>{t("field.population")}</dt>
        <dd>
          {population ? (
            <>
              {population.year
                ? t("locality.population-value", {
                    value: formatNumber(population.value, lang),
                    year: displayYear(population.year, lang),
                  })
                : formatNumber(population.value, lang)}{" "}
              <SourceDetails source={population.source} />
            </>
          ) : (
            t("common.unknown")
          )}
        </dd>
        <dt>{t("field.area")}</dt>
        <dd>
          {area ? (
            <>
              {formatNumber(area.value, lang, 1)} <SourceDetails source={area.source} />
            </>
          ) : (
            t("common.unknown")
          )}
        </dd>
        <dt>{t("field.designations")}</dt>
        <dd>
          {locality.designations.length === 0 ? (
            t("common.none")
          ) : (
            <ul className="plain">
              {locality.designations.map((holding) => (
                <li key={holding.id}>
                  {reference.designationName(holding.id)}
                  {holding.theme ? themed(pick(holding.theme, lang), lang) : ""}
                  {holding.year ? ` (${displayYear(holding.year, lang)})` : ""}
                  {holding.heldBy?.length ? (
                    <>
                      {lang === "ja" ? "：" : ": "}
                      {holding.heldBy.map((id, index) => {
                        const place = locality.children.find((child) => child.id === id);
                        return (
                          <span key={id}>
                            {index > 0 ? (lang === "ja" ? "・" : ", ") : ""}
                            <Link to={`/atlas/${id}`}>{place ? pick(place.names, lang) : id}</Link>
                          </span>
                        );
                      })}
                    </>
                  ) : null}{" "}
                  <SourceDetails source={holding.source} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        {locality.children.length ? (
          <>
            <dt>{t("locality.children")}</dt>
            <dd>
              <ul className="plain">
                {locality.children.map((child) => (
                  <li key={child.id}>
                    <Link to={`/atlas/${child.id}`}>{pick(child.names, lang)}</Link> ({labelOf(t, "tier", child.tier)})
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
};
