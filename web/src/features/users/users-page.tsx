import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Role, Scope } from "../../api/session.ts";
import { useApi } from "../../api/use-api.ts";
import { usePolicy } from "../../api/use-policy.ts";
import { useWrite } from "../../api/use-write.ts";
import { fieldErrors } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import { PartiesPicker } from "../../components/form/parties-picker.tsx";
import { InstantText } from "../../components/instant-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { ScopeNames } from "../workspace/scope-names.tsx";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";
import { type Delivery, InviteForm } from "./invite-form.tsx";
import { LinkToPass } from "./link-to-pass.tsx";

type UserRow = {
  id: string;
  email: string;
  name: string;
  role: Role;
  scope: Scope;
  status: "active" | "disabled";
  createdAt: string;
  lastSignInAt: string | null;
};

/** Change one account: role and scope, disable or enable, a reset link. */
const UserEditor = ({ user, onClose }: { user: UserRow; onClose: () => void }) => {
  const { t } = useTranslation();
  const form = `user-${user.id}`;
  const [role, setRole] = useState<Role>(user.role);
  const [scope, setScope] = useState<Scope>(user.scope);
  const update = useWrite<UserRow>();
  const resetLink = useWrite<Delivery>();
  const errors = fieldErrors(update.error);
  const roleId = `${form}-role`;
  return (
    <div className="user-editor">
      <FormStatus
        form={form}
        error={update.error ?? resetLink.error}
        errors={errors}
        success={update.isSuccess ? t("ws.saved") : undefined}
      />
      {resetLink.data ? (
        <LinkToPass delivery={resetLink.data} what={t("ws.users.reset-made", { email: user.email })} />
      ) : null}
      <div className="field">
        <label htmlFor={roleId}>{t("ws.field.role")}</label>
        <select id={roleId} value={role} onChange={(event) => setRole(event.target.value as Role)}>
          {(["editor", "facilitator", "admin"] as const).map((option) => (
            <option key={option} value={option}>
              {t(`role.${option}`)}
            </option>
          ))}
        </select>
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
        <button
          type="button"
          className="button"
          disabled={update.isPending}
          onClick={() => update.mutate({ method: "PATCH", path: `/api/users/${user.id}`, body: { role, scope } })}
        >
          {t("ws.save")}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={update.isPending}
          onClick={() =>
            update.mutate({
              method: "PATCH",
              path: `/api/users/${user.id}`,
              body: { status: user.status === "active" ? "disabled" : "active" },
            })
          }
        >
          {user.status === "active" ? t("ws.users.disable") : t("ws.users.enable")}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={resetLink.isPending}
          onClick={() => resetLink.mutate({ method: "POST", path: `/api/users/${user.id}/reset-link` })}
        >
          {t("ws.users.reset-link")}
        </button>
        <button type="button" className="link-button" onClick={onClose}>
          {t("ws.close")}
        </button>
      </p>
    </div>
  );
};

const UserList = () => {
  const { t } = useTranslation();
  const { may, user: me } = usePolicy();
  const users = useApi<{ items: UserRow[] }>("/api/users", {}, { staleTime: 0 });
  const [open, setOpen] = useState<string | undefined>();
  return (
    <section aria-labelledby="users-list-title">
      <h2 id="users-list-title">{t("ws.users.list")}</h2>
      <QueryView query={users}>
        {(data) => (
          <ul className="user-list">
            {data.items.map((user) => (
              <li key={user.id} data-user={user.email} data-status={user.status}>
                <p>
                  <strong>{user.name}</strong> · {user.email} · {t(`role.${user.role}`)} ·{" "}
                  <ScopeNames scope={user.scope} /> ·{" "}
                  <span className={`badge status-${user.status}`}>{t(`ws.users.status.${user.status}`)}</span>
                  {user.lastSignInAt ? (
                    <>
                      {" · "}
                      {t("ws.users.last-sign-in")} <InstantText value={user.lastSignInAt} />
                    </>
                  ) : null}
                </p>
                {open === user.id ? (
                  <UserEditor user={user} onClose={() => setOpen(undefined)} />
                ) : (
                  <p className="actions">
                    {may({ type: "user.update", targetId: user.id }) ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={t("ws.users.change", { name: user.name })}
                        onClick={() => setOpen(user.id)}
                      >
                        {t("ws.edit")}
                      </button>
                    ) : null}
                    {may({ type: "audit.read" }) && user.id !== me?.id ? (
                      <Link to={`/history/${user.id}`}>{t("ws.history.title")}</Link>
                    ) : null}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
};

/** /users — the administrator's accounts page (facilitators see the invitation form only). */
export const UsersPage = () => {
  const { t } = useTranslation();
  useTitle(t("ws.users.title"));
  return (
    <SignedInOnly>
      <h1 id="users-title">{t("ws.users.title")}</h1>
      <UsersBody />
    </SignedInOnly>
  );
};

const UsersBody = () => {
  const { t } = useTranslation();
  const { may, isReady } = usePolicy();
  if (!isReady) return null;
  const canInvite = may({ type: "user.invite", role: "editor" });
  if (!canInvite)
    return (
      <p role="alert" className="error">
        {t("error.forbidden.role")}
      </p>
    );
  return (
    <>
      <InviteForm />
      {may({ type: "user.list" }) ? <UserList /> : null}
    </>
  );
};
