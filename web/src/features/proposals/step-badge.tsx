import { useTranslation } from "react-i18next";
import type { Standing, Step } from "./types.ts";

/** The step a proposal is at, and how long it has waited there against the expected time. */
export const StepBadge = ({ step, standing }: { step: Step; standing?: Standing }) => {
  const { t } = useTranslation();
  return (
    <span className={`step-badge step-${step}${standing?.isOverdue ? " overdue" : ""}`}>
      {t(`proposal.step.${step}`)}
      {standing && standing.expectedDays !== null ? (
        <span className="step-days">
          {" · "}
          {standing.isOverdue
            ? t("proposal.overdue", { days: standing.days, expected: standing.expectedDays })
            : t("proposal.days", { days: standing.days, expected: standing.expectedDays })}
        </span>
      ) : null}
    </span>
  );
};
