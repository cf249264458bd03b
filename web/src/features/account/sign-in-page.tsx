import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { refreshData, SESSION_KEY, type SessionState } from "../../api/session.ts";
import { useWrite } from "../../api/use-write.ts";
import { fieldErrors } from "../../components/form/field-errors.ts";
import { TextInput } from "../../components/form/form-field.tsx";
import { FormStatus } from "../../components/form/form-status.tsx";
import { useTitle } from "../../components/use-title.ts";

/** Only a path of this site: a sign-in link must never send people elsewhere. */
export const safeNext = (next: string | null): string =>
  next?.startsWith("/") && !next.startsWith("//") ? next : "/workspace";

export const SignInPage = () => {
  const { t } = useTranslation();
  useTitle(t("ws.sign-in.title"));
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const client = useQueryClient();
  const signIn = useWrite<NonNullable<SessionState>>();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const errors = fieldErrors(signIn.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { method: "POST", path: "/api/session", body: { email, password } },
      {
        onSuccess: (session) => {
          client.setQueryData(SESSION_KEY, session);
          void refreshData(client);
          void navigate(safeNext(params.get("next")));
        },
      },
    );
  };
  return (
    <section className="narrow-page" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t("ws.sign-in.title")}</h1>
      <p className="lead">{t("ws.sign-in.intro")}</p>
      <form className="stack-form" onSubmit={submit} noValidate>
        <FormStatus form="sign-in" error={signIn.error} errors={errors} />
        <TextInput
          form="sign-in"
          name="email"
          type="email"
          autoComplete="username"
          required
          label={t("ws.field.email")}
          value={email}
          onChange={setEmail}
          errors={errors.of("email")}
        />
        <TextInput
          form="sign-in"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          label={t("ws.field.password")}
          value={password}
          onChange={setPassword}
          errors={errors.of("password")}
        />
        <p className="actions">
          <button type="submit" className="button" disabled={signIn.isPending}>
            {t("ws.sign-in.submit")}
          </button>
          <Link to="/forgot-password">{t("ws.sign-in.forgot")}</Link>
        </p>
      </form>
    </section>
  );
};
