import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLang } from "../api/use-lang.ts";
import { shareUrl } from "../i18n/language.ts";

type Status = "idle" | "copied" | "failed";

/**
 * Print (or save as PDF), share through the device when it can, and copy a link that keeps the
 * reader's language. The link is also shown, so it can be copied by hand.
 */
export const ShareActions = ({ title }: { title: string }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const [status, setStatus] = useState<Status>("idle");
  const link = shareUrl(window.location.href, lang);
  const canShare = typeof navigator.share === "function";
  return (
    <div className="share-actions">
      <p className="actions">
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t("next.print")}
        </button>
        {canShare ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => void navigator.share({ title, url: link }).catch(() => undefined)}
          >
            {t("next.share")}
          </button>
        ) : null}
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            void navigator.clipboard
              .writeText(link)
              .then(() => setStatus("copied"))
              .catch(() => setStatus("failed"))
          }
        >
          {t("next.copy")}
        </button>
      </p>
      <p className="share-link">
        <label>
          {t("next.link-label")}{" "}
          <input type="url" readOnly value={link} onFocus={(event) => event.target.select()} name="share-link" />
        </label>
      </p>
      <p role="status" className="note">
        {status === "copied" ? t("next.copied") : status === "failed" ? t("next.copy-failed") : ""}
      </p>
    </div>
  );
};
