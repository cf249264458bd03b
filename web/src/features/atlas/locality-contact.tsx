import { useTranslation } from "react-i18next";
import type { Locality } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { pick } from "../../lib/lang.ts";

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
