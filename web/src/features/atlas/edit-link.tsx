import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { usePolicy } from "../../api/use-policy.ts";

/** "Edit" beside a part of a profile, for those the policy lets edit this locality. */
export const EditLink = ({ locality, to, label }: { locality: string; to: string; label?: string }) => {
  const { t } = useTranslation();
  const { may } = usePolicy();
  if (!may({ type: "locality.edit", locality })) return null;
  return (
    <Link className="edit-link" to={to}>
      {label ?? t("ws.edit")}
    </Link>
  );
};
