import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useApi } from "../../api/use-api.ts";
import { useReference } from "../../api/use-reference.ts";
import { useWrite } from "../../api/use-write.ts";
import { NO_ERRORS } from "../../components/form/field-errors.ts";
import { FormStatus } from "../../components/form/form-status.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { useTitle } from "../../components/use-title.ts";
import { cleanContent } from "./clean-content.ts";
import { Field, OfficerFields, Rows, TriText } from "./edit-fields.tsx";
import { EditLists } from "./edit-lists.tsx";
import type { Content, Proposal } from "./types.ts";
import "./proposals.css";

const INSTRUMENTS = ["sister-city", "friendship", "mou", "letter-of-intent"] as const;

const EditForm = ({ proposal }: { proposal: Proposal }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reference = useReference();
  const [content, setContent] = useState<Content>(proposal.content);
  const [reason, setReason] = useState("");
  const set = (changes: Partial<Content>) => setContent((current) => ({ ...current, ...changes }));
  const save = useWrite<Proposal>();
  useTitle(t("proposal.edit"));
  const thai = reference.localities.filter((locality) => locality.country === "TH");
  const japanese = reference.localities.filter((locality) => locality.country === "JP");
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        method: "PUT",
        path: `/api/proposals/${proposal.id}`,
        body: { content: cleanContent(content), ...(reason.trim() ? { reason } : {}) },
      },
      { onSuccess: () => navigate(`/proposals/${proposal.id}`) },
    );
  };
  return (
    <form onSubmit={onSubmit} className="proposal-form" aria-labelledby="edit-title">
      <h1 id="edit-title">{t("proposal.edit")}</h1>
      <p className="lead">{t("proposal.form.lead")}</p>
      <fieldset>
        <legend>{t("proposal.form.parties")}</legend>
        <Field label={t("proposal.field.thai-party")}>
          {(id) => (
            <select id={id} value={content.thaiParty} onChange={(event) => set({ thaiParty: event.target.value })}>
              {thai.map((locality) => (
                <option key={locality.id} value={locality.id}>
                  {reference.nameOf(locality.id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("proposal.field.proposing-body")}>
          {(id) => (
            <select
              id={id}
              value={content.proposingBody ?? ""}
              onChange={(event) => set({ proposingBody: event.target.value || undefined })}
            >
              <option value="">—</option>
              {thai
                .filter((locality) => locality.parent !== null)
                .map((locality) => (
                  <option key={locality.id} value={locality.id}>
                    {reference.nameOf(locality.id)}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={t("proposal.field.japanese-party")}>
          {(id) => (
            <select
              id={id}
              value={content.japaneseParty}
              onChange={(event) => set({ japaneseParty: event.target.value })}
            >
              {japanese.map((locality) => (
                <option key={locality.id} value={locality.id}>
                  {reference.nameOf(locality.id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="inline">
          <legend>{t("proposal.field.initiating-side")}</legend>
          {(["TH", "JP"] as const).map((side) => (
            <label key={side} className="choice">
              <input
                type="radio"
                name="initiatingSide"
                checked={content.initiatingSide === side}
                onChange={() => set({ initiatingSide: side })}
              />{" "}
              {t(`proposal.path.${side === "TH" ? "thai-initiated" : "foreign-initiated"}`)}
            </label>
          ))}
        </fieldset>
        <Field label={t("proposal.field.instrument")}>
          {(id) => (
            <select
              id={id}
              value={content.instrument}
              onChange={(event) => set({ instrument: event.target.value as Content["instrument"] })}
            >
              {INSTRUMENTS.map((instrument) => (
                <option key={instrument} value={instrument}>
                  {t(`relation.type.${instrument}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TriText label={t("proposal.field.title")} value={content.title} onChange={(title) => set({ title: title })} />
      </fieldset>
      <EditLists content={content} set={set} />
      <fieldset>
        <legend>{t("proposal.field.budget")}</legend>
        <Field label={t("proposal.form.budget-line")}>
          {(id) => (
            <input
              id={id}
              value={content.budget?.line ?? ""}
              onChange={(event) => set({ budget: { ...content.budget, line: event.target.value } })}
            />
          )}
        </Field>
        <Field label={t("proposal.form.budget-amount")}>
          {(id) => (
            <input
              id={id}
              type="number"
              min={0}
              inputMode="numeric"
              value={content.budget?.amount ?? ""}
              onChange={(event) =>
                set({
                  budget: {
                    line: content.budget?.line ?? "",
                    ...content.budget,
                    amount: event.target.value === "" ? undefined : Number(event.target.value),
                  },
                })
              }
            />
          )}
        </Field>
      </fieldset>
      <fieldset>
        <legend>{t("proposal.form.officers")}</legend>
        {(["thai", "japanese"] as const).flatMap((side) =>
          (["officer", "deputy"] as const).map((role) => (
            <OfficerFields
              key={`${side}-${role}`}
              legend={t(`proposal.form.${side}-${role}` as never)}
              value={content.officers[side][role]}
              onChange={(person) =>
                set({ officers: { ...content.officers, [side]: { ...content.officers[side], [role]: person } } })
              }
            />
          )),
        )}
      </fieldset>
      <Rows
        legend={t("proposal.field.stakeholders")}
        items={content.stakeholders}
        onChange={(stakeholders) => set({ stakeholders })}
        blank={() => ({ kind: "university", name: "" })}
        addLabel={t("proposal.form.add-stakeholder")}
      >
        {(stakeholder, update) => (
          <>
            <Field label={t("proposal.form.stakeholder-kind")}>
              {(id) => (
                <select
                  id={id}
                  value={stakeholder.kind}
                  onChange={(event) => update({ ...stakeholder, kind: event.target.value })}
                >
                  {["university", "chamber-of-commerce", "company", "citizens-group", "government-agency", "other"].map(
                    (kind) => (
                      <option key={kind} value={kind}>
                        {t(`proposal.stakeholder.${kind}` as never)}
                      </option>
                    ),
                  )}
                </select>
              )}
            </Field>
            <Field label={t("proposal.form.name")}>
              {(id) => (
                <input
                  id={id}
                  value={stakeholder.name}
                  onChange={(event) => update({ ...stakeholder, name: event.target.value })}
                />
              )}
            </Field>
          </>
        )}
      </Rows>
      <fieldset>
        <legend>{t("proposal.form.commitments")}</legend>
        <TriText
          multiline
          label={t("proposal.field.partner-interest")}
          value={content.partnerInterest?.text}
          onChange={(text) => set({ partnerInterest: { ...content.partnerInterest, text } })}
        />
        <TriText
          multiline
          label={t("proposal.field.continuity")}
          value={content.continuity}
          onChange={(continuity) => set({ continuity: continuity })}
        />
        <TriText
          multiline
          label={t("proposal.field.framework")}
          value={content.framework}
          onChange={(framework) => set({ framework: framework })}
        />
      </fieldset>
      <Field label={t("proposal.form.reason")}>
        {(id) => <input id={id} value={reason} onChange={(event) => setReason(event.target.value)} />}
      </Field>
      <FormStatus form="proposal-edit" error={save.error} errors={NO_ERRORS} />
      <p className="actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {t("proposal.form.save")}
        </button>
        <Link className="button secondary" to={`/proposals/${proposal.id}`}>
          {t("proposal.form.cancel")}
        </Link>
      </p>
    </form>
  );
};

/** Everything a draft (or a returned proposal) says, editable; the readiness check reads it after saving. */
export const ProposalEditPage = () => {
  const { id = "" } = useParams();
  const proposal = useApi<Proposal>(`/api/proposals/${id}`, {}, { staleTime: 0 });
  return <QueryView query={proposal}>{(data) => <EditForm key={data.updatedAt} proposal={data} />}</QueryView>;
};
