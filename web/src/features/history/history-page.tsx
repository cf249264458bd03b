import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Change } from "../../../../src/domain/diff.ts";
import { useApi } from "../../api/use-api.ts";
import { usePolicy } from "../../api/use-policy.ts";
import { useReference } from "../../api/use-reference.ts";
import { useWrite } from "../../api/use-write.ts";
import { ChangeList } from "../../components/change-list.tsx";
import { fieldErrors } from "../../components/form/field-errors.ts";
import { TextInput } from "../../components/form/form-field.tsx";
import { FormStatus } from "../../components/form/form-status.tsx";
import { InstantText } from "../../components/instant-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { labelOf } from "../../lib/labels.ts";
import { SignedInOnly } from "../workspace/sign-in-needed.tsx";

type AuditEntry = {
  id: number;
  at: string;
  actor: { id: string | null; email: string | null; role: string | null } | null;
  ip: string | null;
  action: string;
  recordKind: string;
  recordId: string;
  reason: string | null;
  reverts: number | null;
  changes: Change[];
};

/** Data changes can be reverted; sign-ins, invitations and the like are events, not versions. */
const isRevertible = (entry: AuditEntry): boolean =>
  ["locality", "needOffer", "relation", "organisation"].includes(entry.recordKind) && entry.changes.length > 0;

const Revert = ({ entry }: { entry: AuditEntry }) => {
  const { t } = useTranslation();
  const form = `revert-${entry.id}`;
  const [isAsking, setIsAsking] = useState(false);
  const [reason, setReason] = useState("");
  const revert = useWrite();
  const errors = fieldErrors(revert.error);
  if (!isAsking)
    return (
      <button type="button" className="button secondary" onClick={() => setIsAsking(true)}>
        {t("ws.history.revert")}
      </button>
    );
  return (
    <form
      className="stack-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        revert.mutate({
          method: "POST",
          path: `/api/audit/${entry.id}/revert`,
          body: reason.trim() ? { reason: reason.trim() } : {},
        });
      }}
    >
      <FormStatus
        form={form}
        error={revert.error}
        errors={errors}
        success={revert.isSuccess ? t("ws.history.reverted") : undefined}
      />
      <TextInput
        form={form}
        name="reason"
        label={t("ws.field.reason")}
        value={reason}
        onChange={setReason}
        errors={errors.of("reason")}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={revert.isPending || revert.isSuccess}>
          {t("ws.history.revert-confirm")}
        </button>
        <button type="button" className="link-button" onClick={() => setIsAsking(false)}>
          {t("ws.cancel")}
        </button>
      </p>
    </form>
  );
};

const History = ({ recordId }: { recordId: string }) => {
  const { t } = useTranslation();
  const { may, isReady } = usePolicy();
  const history = useApi<{ items: AuditEntry[] }>("/api/audit", { record: recordId, limit: 100 }, { staleTime: 0 });
  if (isReady && !may({ type: "audit.read" }))
    return (
      <p role="alert" className="error">
        {t("error.forbidden.role")}
      </p>
    );
  return (
    <QueryView query={history}>
      {(data) =>
        data.items.length ? (
          <ol className="history-list" reversed>
            {data.items.map((entry) => (
              <li key={entry.id} data-entry={entry.id}>
                <h2 className="history-entry-title">
                  <InstantText value={entry.at} /> · {labelOf(t, "ws.action", entry.action)}
                </h2>
                <p className="muted">
                  {entry.actor?.email ?? t("ws.history.system")}
                  {entry.actor?.role ? ` (${labelOf(t, "role", entry.actor.role)})` : ""}
                  {entry.ip ? ` · ${entry.ip}` : ""}
                  {entry.reverts ? ` · ${t("ws.history.reverts", { id: entry.reverts })}` : ""}
                </p>
                {entry.reason ? <p>{t("ws.history.reason", { reason: entry.reason })}</p> : null}
                <ChangeList changes={entry.changes} />
                {may({ type: "audit.revert" }) && isRevertible(entry) ? <Revert entry={entry} /> : null}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t("ws.history.none")}</p>
        )
      }
    </QueryView>
  );
};

/** /history/:recordId — a record's change log, newest first, with a readable diff and revert. */
export const HistoryPage = () => {
  const { t } = useTranslation();
  const { recordId = "" } = useParams();
  const reference = useReference();
  const name = reference.nameOf(recordId);
  useTitle(`${t("ws.history.title")} · ${name}`);
  return (
    <SignedInOnly>
      <h1 id="history-title">
        {t("ws.history.title")}: {name}
      </h1>
      {/^(TH|JP)-/.test(recordId) ? (
        <p className="breadcrumb">
          <Link to={`/atlas/${recordId}`}>{t("ws.edit.public")}</Link>
        </p>
      ) : null}
      <History recordId={recordId} />
    </SignedInOnly>
  );
};
