import { useTranslation } from "react-i18next";
import { useReference } from "../../api/use-reference.ts";

/** Which issues the matcher read in the typed text, or that it read none. */
export const UnderstoodLine = ({ text, understood }: { text: string; understood: string[] }) => {
  const { t } = useTranslation();
  const reference = useReference();
  if (!text) return null;
  return (
    <p className="understood" data-understood={understood.join(",")}>
      {understood.length
        ? t("match.understood", { issues: understood.map(reference.issueLabel).join(", ") })
        : t("match.none-understood", { text })}
    </p>
  );
};
