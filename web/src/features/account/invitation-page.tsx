import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import type { Scope } from "../../api/session.ts";
import { refreshData, SESSION_KEY } from "../../api/session.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useWrite } from "../../api/use-write.ts";
import { fieldErrors } from "../../components/form/field-errors.ts";
import { TextInput } from "../../components/form/form-field.tsx";
import { FormStatus } from "../../components/form/form-status.tsx";
import { InstantText } from "../../components/instant-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { ScopeNames } from "../workspace/scope-names.tsx";

type Offer = { email: string; role: "admin" | "facilitator" | "editor"; scope: Scope | null; expiresAt: string };

const AcceptForm = ({ token, offer }: { token: string; offer: Offer }) => {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const client = useQueryClient();
  const accept = useWrite();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const errors = fieldErrors(accept.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate(
      { method: "POST", path: `/api/invitations/${encodeURIComponent(token)}/accept`, body: { name, password, lang } },
      {
        onSuccess: () => {
          // The session cookie is set: read who we are now (with the scope) and open "My locality".
          void client.invalidateQueries({ queryKey: SESSION_KEY });
          void refreshData(client);
          void navigate("/workspace");
        },
      },
    );
  };
  return (
    <>
      <dl className="facts">
        <dt>{t("ws.field.email")}</dt>
        <dd>{offer.email}</dd>
        <dt>{t("ws.field.role")}</dt>
        <dd>{t(`role.${offer.role}`)}</dd>
        <dt>{t("ws.field.scope")}</dt>
        <dd>
          <ScopeNames scope={offer.scope} />
        </dd>
        <dt>{t("ws.invitation.expires")}</dt>
        <dd>
          <InstantText value={offer.expiresAt} />
        </dd>
      </dl>
      <form className="stack-form" onSubmit={submit} noValidate>
        <FormStatus form="accept" error={accept.error} errors={errors} />
        <TextInput
          form="accept"
          name="name"
          autoComplete="name"
          required
          label={t("ws.field.name")}
          value={name}
          onChange={setName}
          errors={errors.of("name")}
        />
        <TextInput
          form="accept"
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
          <button type="submit" className="button" disabled={accept.isPending}>
            {t("ws.invitation.submit")}
          </button>
        </p>
      </form>
    </>
  );
};

/** /invitation/:token — what the invitation offers, then a name and a password, and signed in. */
export const InvitationPage = () => {
  const { t } = useTranslation();
  useTitle(t("ws.invitation.title"));
  const { token = "" } = useParams();
  const offer = useApi<Offer>(`/api/invitations/${encodeURIComponent(token)}`, {}, { staleTime: 0 });
  return (
    <section className="narrow-page" aria-labelledby="invitation-title">
      <h1 id="invitation-title">{t("ws.invitation.title")}</h1>
      <p className="lead">{t("ws.invitation.intro")}</p>
      <QueryView query={offer}>{(data) => <AcceptForm token={token} offer={data} />}</QueryView>
    </section>
  );
};
