import { useTranslation } from "react-i18next";

export type ReviewState = { status: "unreviewed" | "reviewed"; at?: string };

/** What a locality said of itself: flagged until a facilitator has reviewed it. */
export const ReviewBadge = ({ review }: { review?: ReviewState | undefined }) => {
  const { t } = useTranslation();
  if (!review) return null;
  return review.status === "unreviewed" ? (
    <span className="badge unreviewed">{t("review.badge.self-reported")}</span>
  ) : (
    <span className="badge reviewed">{t("review.badge.reviewed")}</span>
  );
};
