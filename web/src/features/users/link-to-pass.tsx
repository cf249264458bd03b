import { useTranslation } from "react-i18next";
import { InstantText } from "../../components/instant-text.tsx";
import type { Delivery } from "./invite-form.tsx";

/** A one-time link: mailed, or shown here for the person who made it to pass on. */
export const LinkToPass = ({ delivery, what }: { delivery: Delivery; what: string }) => {
  const { t } = useTranslation();
  return (
    <div className="ok link-to-pass" role="status">
      <p>
        {what} {delivery.mailed ? t("ws.link.mailed") : delivery.mailError ? t("error.smtp") : t("ws.link.not-mailed")}
      </p>
      {delivery.link ? (
        <p>
          <a className="one-time-link" href={delivery.link}>
            {delivery.link}
          </a>
        </p>
      ) : null}
      <p className="muted">
        {t("ws.link.expires")} <InstantText value={delivery.expiresAt} />
      </p>
    </div>
  );
};
