import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { usePolicy } from "../../api/use-policy.ts";
import { EditFrame } from "./edit-frame.tsx";

/** /edit/:id — every part of a profile an editor keeps, and its history for reviewers. */
export const EditHubPage = () => {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const { may } = usePolicy();
  return (
    <EditFrame locality={id} title={t("ws.edit.profile")}>
      <ul className="edit-hub">
        {(["strengths", "challenges", "industries"] as const).map((section) => (
          <li key={section}>
            <Link to={`/edit/${id}/facts/${section}`}>{t(`field.${section}`)}</Link>
          </li>
        ))}
        <li>
          <Link to={`/edit/${id}/needs-offers`}>{t("ws.needs-offers.title")}</Link>
        </li>
        <li>
          <Link to={`/edit/${id}/contacts`}>{t("ws.contacts.title")}</Link>
        </li>
        <li>
          <Link to={`/propose-relation?party=${id}`}>{t("ws.claim.title")}</Link>
        </li>
        <li>
          <Link to={`/atlas/${id}`}>{t("ws.edit.public")}</Link>
        </li>
        {may({ type: "audit.read" }) ? (
          <li>
            <Link to={`/history/${id}`}>{t("ws.history.title")}</Link>
          </li>
        ) : null}
      </ul>
    </EditFrame>
  );
};
