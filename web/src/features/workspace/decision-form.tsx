import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useWrite } from "../../api/use-write.ts";
import { fieldErrors } from "../../components/form/field-errors.ts";
import { TextInput } from "../../components/form/form-field.tsx";
import { FormStatus } from "../../components/form/form-status.tsx";
import type { Submission } from "./types.ts";

type Decision = "approve" | "reject" | "request-changes";

/**
 * A facilitator approves, rejects or asks for changes; the other party's editor confirms or
 * declines. Rejecting and asking for changes need a reason (the API says so beside the field).
 */
export const DecisionForm = ({
  submission,
  as,
  onDecided,
}: {
  submission: Submission;
  as: "facilitator" | "other-party";
  /** The list this form sits in is refetched after a decision: tell the page, which stays. */
  onDecided?: (decided: Submission) => void;
}) => {
  const { t } = useTranslation();
  const form = `decide-${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const decide = useWrite<Submission>();
  const [reason, setReason] = useState("");
  const errors = fieldErrors(decide.error);
  const send = (decision: Decision) =>
    decide.mutate(
      {
        method: "POST",
        path: `/api/submissions/${encodeURIComponent(submission.id)}/decision`,
        body: { decision, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      },
      { onSuccess: (decided) => onDecided?.(decided) },
    );
  const decisions: [Decision, string][] =
    as === "facilitator"
      ? [
          ["approve", t("ws.decide.approve")],
          ["request-changes", t("ws.decide.request-changes")],
          ["reject", t("ws.decide.reject")],
        ]
      : [
          ["approve", t("ws.decide.confirm")],
          ["reject", t("ws.decide.decline")],
        ];
  return (
    <form className="decision-form" onSubmit={(event) => event.preventDefault()} noValidate>
      <FormStatus
        form={form}
        error={decide.error}
        errors={errors}
        labels={{ reason: t("ws.decide.reason") }}
        success={decide.data ? t(`ws.status.${decide.data.status}`) : undefined}
      />
      <TextInput
        form={form}
        name="reason"
        label={t("ws.decide.reason")}
        hint={t("ws.decide.reason-hint")}
        multiline
        value={reason}
        onChange={setReason}
        errors={errors.of("reason")}
      />
      <p className="actions">
        {decisions.map(([decision, label]) => (
          <button
            key={decision}
            type="button"
            className={decision === "approve" ? "button" : "button secondary"}
            disabled={decide.isPending || decide.isSuccess}
            onClick={() => send(decision)}
          >
            {label}
          </button>
        ))}
      </p>
    </form>
  );
};

/** What the last decision came to, kept on the page after the decided item leaves the list. */
export const DecidedNote = ({ decided }: { decided: Submission | undefined }) => {
  const { t } = useTranslation();
  return (
    <p className={decided ? "ok decided-note" : "decided-note"} role="status">
      {decided ? t("ws.review.decided", { status: t(`ws.status.${decided.status}`) }) : null}
    </p>
  );
};
