import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useWrite } from "../../api/use-write.ts";
import { NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import type { Agency, Proposal, ProposalAct } from "./types.ts";

const NEEDS_DATE = new Set<ProposalAct>(["sign", "enter-into-force", "record-japanese-approval"]);
const NEEDS_COMMENT = new Set<ProposalAct>(["return", "reject", "agency-comment", "annual-report"]);
const AGENCIES: Agency[] = ["mfa", "nia", "nsc", "nesdb"];

/** The reader's own date: what is recorded (a signing, an approval) has happened, so no later date is offered. */
const localToday = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

/** The label of an act as this proposal's path names it (sending in differs for the Japanese side). */
export const actLabel = (act: ProposalAct, proposal: Pick<Proposal, "path">): `proposal.act.${string}` =>
  act === "submit" && proposal.path === "foreign-initiated" ? "proposal.act.submit-foreign" : `proposal.act.${act}`;

/** Take the next step, or record something at this one: only the acts this reader may take are offered. */
export const ActForm = ({ proposal, needsComment }: { proposal: Proposal; needsComment: boolean }) => {
  const { t } = useTranslation();
  const ordered = [...proposal.acts].sort((a, b) => Number(b === proposal.awaiting) - Number(a === proposal.awaiting));
  const [act, setAct] = useState<ProposalAct | "">(ordered[0] ?? "");
  const [comment, setComment] = useState("");
  const [on, setOn] = useState("");
  const [agency, setAgency] = useState<Agency | "">("");
  const [documents, setDocuments] = useState<string[]>([]);
  const write = useWrite<Proposal>();
  if (ordered.length === 0) return null;
  const selected = act || ordered[0];
  const isSending = selected === "submit" || selected === "resubmit";
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    write.mutate(
      {
        method: "POST",
        path: `/api/proposals/${proposal.id}/acts`,
        body: {
          act: selected,
          ...(comment.trim() ? { comment } : {}),
          ...(on ? { on } : {}),
          ...(agency ? { agency } : {}),
          ...(documents.length ? { documents } : {}),
        },
      },
      {
        onSuccess: () => {
          setComment("");
          setOn("");
          setAgency("");
          setDocuments([]);
        },
      },
    );
  };
  return (
    <form className="panel act-form" onSubmit={onSubmit} aria-labelledby="act-title">
      <h2 id="act-title">{t("proposal.form.title")}</h2>
      <fieldset>
        <legend>{t("proposal.form.choose")}</legend>
        {ordered.map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name="act"
              value={option}
              checked={selected === option}
              onChange={() => setAct(option)}
            />{" "}
            {t(actLabel(option, proposal) as never)}
          </label>
        ))}
      </fieldset>
      {selected === "agency-comment" ? (
        <label className="field">
          {t("proposal.form.agency")}
          <select value={agency} onChange={(event) => setAgency(event.target.value as Agency)} required>
            <option value="">—</option>
            {AGENCIES.map((item) => (
              <option key={item} value={item}>
                {t(`proposal.agency.${item}`)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {NEEDS_DATE.has(selected as ProposalAct) ? (
        <label className="field">
          {t("proposal.form.on")}
          <input type="date" value={on} max={localToday()} onChange={(event) => setOn(event.target.value)} required />
        </label>
      ) : null}
      <label className="field">
        {NEEDS_COMMENT.has(selected as ProposalAct)
          ? t("proposal.form.comment-required")
          : isSending && needsComment
            ? t("proposal.form.comment-warnings")
            : t("proposal.form.comment")}
        <textarea
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          rows={3}
          required={NEEDS_COMMENT.has(selected as ProposalAct) || (isSending && needsComment)}
        />
      </label>
      {proposal.documents.length ? (
        <fieldset>
          <legend>{t("proposal.form.documents")}</legend>
          {proposal.documents.map((document) => (
            <label key={document.id} className="choice">
              <input
                type="checkbox"
                checked={documents.includes(document.id)}
                onChange={(event) =>
                  setDocuments(
                    event.target.checked ? [...documents, document.id] : documents.filter((id) => id !== document.id),
                  )
                }
              />{" "}
              {document.fileName}
            </label>
          ))}
        </fieldset>
      ) : null}
      <button type="submit" className="button" disabled={write.isPending}>
        {t("proposal.form.record")}
      </button>
      <FormStatus
        form="proposal-act"
        error={write.error}
        errors={NO_ERRORS}
        success={write.isSuccess ? t("proposal.form.recorded") : undefined}
      />
    </form>
  );
};
