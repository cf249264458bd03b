import { useTranslation } from "react-i18next";
import type { Reason } from "../../api/types.ts";
import { useLang } from "../../api/use-lang.ts";
import { SourcesDetails } from "../../components/source-details.tsx";
import { withKeys } from "../../lib/unique-keys.ts";

export const ReasonList = ({ reasons }: { reasons: Reason[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  if (reasons.length === 0) return null;
  return (
    <div className="reasons">
      <h4>{t("match.reasons")}</h4>
      <ul className="fact-list">
        {withKeys(reasons, (reason) => reason.en).map(([key, reason]) => (
          <li key={key}>
            <span className="badge">{t(`criterion.${reason.criterion}`)}</span> {reason[lang]}{" "}
            <SourcesDetails sources={reason.sources} />
          </li>
        ))}
      </ul>
    </div>
  );
};
