import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useWrite } from "../../api/use-write.ts";
import { fieldErrors } from "../../components/form/field-errors.ts";
import { TextInput } from "../../components/form/form-field.tsx";
import { FormStatus } from "../../components/form/form-status.tsx";
import { useTitle } from "../../components/use-title.ts";

/** /reset-password/:token — a new password with a one-time link. */
export const ResetPasswordPage = () => {
  const { t } = useTranslation();
  useTitle(t("ws.reset.title"));
  const { token = "" } = useParams();
  const reset = useWrite();
  const [password, setPassword] = useState("");
  const errors = fieldErrors(reset.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate({ method: "POST", path: `/api/password-resets/${encodeURIComponent(token)}`, body: { password } });
  };
  return (
    <section className="narrow-page" aria-labelledby="reset-title">
      <h1 id="reset-title">{t("ws.reset.title")}</h1>
      {reset.isSuccess ? (
        <p className="ok" role="status">
          {t("ws.reset.done")} <Link to="/sign-in">{t("ws.nav.sign-in")}</Link>
        </p>
      ) : (
        <form className="stack-form" onSubmit={submit} noValidate>
          <FormStatus form="reset" error={reset.error} errors={errors} />
          <TextInput
            form="reset"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            label={t("ws.field.new-password")}
            hint={t("ws.field.password-hint")}
            value={password}
            onChange={setPassword}
            errors={errors.of("password")}
          />
          <p className="actions">
            <button type="submit" className="button" disabled={reset.isPending}>
              {t("ws.reset.submit")}
            </button>
          </p>
        </form>
      )}
    </section>
  );
};
