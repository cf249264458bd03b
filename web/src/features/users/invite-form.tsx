import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Role } from "../../api/session.ts";
import { useLang } from "../../api/use-lang.ts";
import { usePolicy } from "../../api/use-policy.ts";
import { useWrite } from "../../api/use-write.ts";
import { fieldErrors } from "../../components/form/field-errors.ts";
import { Field, TextInput } from "../../components/form/form-field.tsx";
import { FormStatus } from "../../components/form/form-status.tsx";
import { PartiesPicker } from "../../components/form/parties-picker.tsx";
import { LinkToPass } from "./link-to-pass.tsx";

export type Delivery = { mailed: boolean; link?: string; mailError?: boolean; expiresAt: string };
const ROLES: Role[] = ["editor", "facilitator", "admin"];

/** Invite an address with a role and a scope; the link is shown when it was not mailed. */
export const InviteForm = () => {
  const { t } = useTranslation();
  const lang = useLang();
  const { may } = usePolicy();
  const form = "invite";
  const invite = useWrite<Delivery>();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("editor");
  const [scope, setScope] = useState<{ localities: string[]; organisations: string[] }>({
    localities: [],
    organisations: [],
  });
  const errors = fieldErrors(invite.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ method: "POST", path: "/api/invitations", body: { email, role, scope, lang } });
  };
  const roles = ROLES.filter((candidate) => may({ type: "user.invite", role: candidate }));
  return (
    <form className="stack-form" onSubmit={submit} noValidate aria-labelledby="invite-title">
      <h2 id="invite-title">{t("ws.users.invite")}</h2>
      <FormStatus
        form={form}
        error={invite.error}
        errors={errors}
        labels={{ email: t("ws.field.email"), role: t("ws.field.role"), scope: t("ws.field.scope") }}
      />
      {invite.data ? <LinkToPass delivery={invite.data} what={t("ws.users.invited", { email })} /> : null}
      <div className="field-row">
        <TextInput
          form={form}
          name="email"
          type="email"
          label={t("ws.field.email")}
          value={email}
          onChange={setEmail}
          errors={errors.of("email")}
        />
        <Field form={form} name="role" label={t("ws.field.role")} errors={errors.of("role")}>
          {(props) => (
            <select {...props} name="role" value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {roles.map((option) => (
                <option key={option} value={option}>
                  {t(`role.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <PartiesPicker
        form={form}
        name="scope"
        legend={t("ws.field.scope")}
        {...scope}
        errors={errors}
        onChange={setScope}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={invite.isPending}>
          {t("ws.users.send-invite")}
        </button>
      </p>
    </form>
  );
};
