import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useWrite } from "../../api/use-write.ts";
import { fieldErrors } from "../../components/form/field-errors.ts";
import { TextInput } from "../../components/form/form-field.tsx";
import { FormStatus } from "../../components/form/form-status.tsx";
import { useTitle } from "../../components/use-title.ts";

/** "Forgot password": a link is mailed when mail is set up; otherwise an administrator makes one. */
export const ForgotPasswordPage = () => {
  const { t } = useTranslation();
  useTitle(t("ws.forgot.title"));
  const request = useWrite<{ isMailConfigured: boolean }>();
  const [email, setEmail] = useState("");
  const errors = fieldErrors(request.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ method: "POST", path: "/api/password-resets", body: { email } });
  };
  const answer = request.data
    ? request.data.isMailConfigured
      ? t("ws.forgot.mailed")
      : t("ws.forgot.ask-admin")
    : undefined;
  return (
    <section className="narrow-page" aria-labelledby="forgot-title">
      <h1 id="forgot-title">{t("ws.forgot.title")}</h1>
      <p className="lead">{t("ws.forgot.intro")}</p>
      <form className="stack-form" onSubmit={submit} noValidate>
        <FormStatus form="forgot" error={request.error} errors={errors} success={answer} />
        <TextInput
          form="forgot"
          name="email"
          type="email"
          autoComplete="username"
          required
          label={t("ws.field.email")}
          value={email}
          onChange={setEmail}
          errors={errors.of("email")}
        />
        <p className="actions">
          <button type="submit" className="button" disabled={request.isPending}>
            {t("ws.forgot.submit")}
          </button>
          <Link to="/sign-in">{t("ws.forgot.back")}</Link>
        </p>
      </form>
    </section>
  );
};
