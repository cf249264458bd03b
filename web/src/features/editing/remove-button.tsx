import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useWrite } from "../../api/use-write.ts";

/** Removing asks why: the reason is kept in the record's history. */
export const RemoveButton = ({ path, label }: { path: string; label: string }) => {
  const { t } = useTranslation();
  const id = useId();
  const [isAsking, setIsAsking] = useState(false);
  const [reason, setReason] = useState("");
  const remove = useWrite();
  if (!isAsking)
    return (
      <button
        type="button"
        className="link-button"
        onClick={() => setIsAsking(true)}
        aria-label={`${t("ws.remove")}: ${label}`}
      >
        {t("ws.remove")}
      </button>
    );
  return (
    <span className="remove-ask">
      <label htmlFor={id}>{t("ws.remove.reason")}</label>{" "}
      <input id={id} value={reason} onChange={(event) => setReason(event.target.value)} />{" "}
      <button
        type="button"
        className="button secondary"
        disabled={remove.isPending}
        onClick={() =>
          remove.mutate({ method: "DELETE", path, params: reason.trim() ? { reason: reason.trim() } : {} })
        }
      >
        {t("ws.remove.confirm")}
      </button>{" "}
      <button type="button" className="link-button" onClick={() => setIsAsking(false)}>
        {t("ws.cancel")}
      </button>
      {remove.error ? (
        <span role="alert" className="field-error">
          {remove.error.message}
        </span>
      ) : null}
    </span>
  );
};
