import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { EMAIL_MODES, NOTICE_KINDS } from "../../../../src/domain/continuity-vocabulary.ts";
import { useApi } from "../../api/use-api.ts";
import { useWrite } from "../../api/use-write.ts";
import { NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";
import type { Preferences } from "./types.ts";

const PreferencesForm = ({ saved }: { saved: Preferences }) => {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Preferences>(saved);
  const write = useWrite();
  useEffect(() => setDraft(saved), [saved]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate({ method: "PUT", path: "/api/notification-preferences", body: draft });
  };
  return (
    <form className="stack-form" onSubmit={submit}>
      <fieldset>
        <legend>{t("cw.settings.kinds")}</legend>
        {NOTICE_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={draft.kinds[kind] !== false}
              onChange={(event) =>
                setDraft((current) => ({ ...current, kinds: { ...current.kinds, [kind]: event.target.checked } }))
              }
            />
            {t(`notice.kind.${kind}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("cw.settings.email")}</legend>
        {EMAIL_MODES.map((mode) => (
          <label key={mode} className="check">
            <input
              type="radio"
              name="email"
              checked={draft.email === mode}
              onChange={() => setDraft((current) => ({ ...current, email: mode }))}
            />
            {t(`cw.settings.email.${mode}`)}
          </label>
        ))}
        <p className="field-hint">{t("cw.settings.email-hint")}</p>
      </fieldset>
      <FormStatus form="notice-settings" error={write.error} errors={NO_ERRORS} />
      {write.isSuccess ? (
        <p role="status" className="ok">
          {t("cw.saved")}
        </p>
      ) : null}
      <div>
        <button type="submit" disabled={write.isPending}>
          {t("cw.save")}
        </button>
      </div>
    </form>
  );
};

/** Which notices a user gets, and whether by email at once, in a weekly digest, or not. */
export const NoticeSettingsPage = () => {
  const { t } = useTranslation();
  useTitle(t("cw.settings.title"));
  const preferences = useApi<Preferences>("/api/notification-preferences", {}, { staleTime: 0 });
  return (
    <SignedInOnly>
      <h1>{t("cw.settings.title")}</h1>
      <QueryView query={preferences}>{(data) => <PreferencesForm saved={data} />}</QueryView>
    </SignedInOnly>
  );
};
