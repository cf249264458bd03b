import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { usePolicy } from "../../api/use-policy.ts";
import { useWrite } from "../../api/use-write.ts";
import { NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import { LANGS } from "../../lib/lang.ts";
import { describedBy, FieldError } from "./form-errors.tsx";
import type { Dossier } from "./types.ts";

type Result = { successor: string; mailed: boolean; link?: string; expiresAt: string };

/** "Hand over to a new officer": the successor is invited with the outgoing officer's scope. */
export const HandoverForm = ({ dossier }: { dossier: Dossier }) => {
  const { t } = useTranslation();
  const id = useId();
  const { user, may } = usePolicy();
  const write = useWrite<Result>();
  const candidates = dossier.officers.filter(
    (officer) =>
      officer.status === "active" &&
      may({ type: "locality.handover", locality: dossier.locality.id, outgoingUserId: officer.id }),
  );
  const [outgoing, setOutgoing] = useState(
    candidates.find((officer) => officer.id === user?.id)?.id ?? candidates[0]?.id ?? "",
  );
  const [email, setEmail] = useState("");
  const [note, setNote] = useState("");
  const [lang, setLang] = useState(user?.lang ?? "th");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate({
      method: "POST",
      path: `/api/localities/${dossier.locality.id}/handovers`,
      body: { outgoingUserId: outgoing, email, lang, ...(note.trim() ? { note: note.trim() } : {}) },
    });
  };
  const error = write.error;
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("cw.handover.hand-over")}</h2>
      <p>{t("cw.handover.hand-over-intro")}</p>
      {write.data ? (
        <div role="status" className="ok">
          <p>{t("cw.handover.invited", { email: write.data.successor })}</p>
          {write.data.link ? (
            <p>
              {t("cw.handover.pass-link")} <code className="link-to-pass">{write.data.link}</code>
            </p>
          ) : null}
        </div>
      ) : (
        <form className="stack-form" onSubmit={submit} noValidate>
          <FormStatus form="handover-form" error={error} errors={NO_ERRORS} />
          <div className="field">
            <label htmlFor={`${id}-outgoing`}>{t("cw.handover.outgoing")}</label>
            <select id={`${id}-outgoing`} value={outgoing} onChange={(event) => setOutgoing(event.target.value)}>
              {candidates.map((officer) => (
                <option key={officer.id} value={officer.id}>
                  {officer.name} ({officer.email})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-email`}>{t("cw.handover.successor-email")}</label>
            <input
              id={`${id}-email`}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              {...describedBy(error, "email", `${id}-email`)}
            />
            <FieldError error={error} field="email" id={`${id}-email`} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>{t("cw.handover.note")}</label>
            <textarea id={`${id}-note`} rows={4} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-lang`}>{t("cw.handover.mail-language")}</label>
            <select id={`${id}-lang`} value={lang} onChange={(event) => setLang(event.target.value as typeof lang)}>
              {LANGS.map((option) => (
                <option key={option} value={option}>
                  {t(`lang.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <button type="submit" disabled={write.isPending || !outgoing}>
              {t("cw.handover.submit")}
            </button>
          </div>
        </form>
      )}
    </section>
  );
};
