import { useTranslation } from "react-i18next";
import { useReference } from "../../api/use-reference.ts";
import { SourcesDetails } from "../../components/source-details.tsx";
import { Field, Rows, TriText } from "./edit-fields.tsx";
import type { Content } from "./types.ts";

type Text = Record<string, string>;

/** The lists of a proposal: issues, background, objectives, what each side gains, the first-year plan. */
export const EditLists = ({ content, set }: { content: Content; set: (changes: Partial<Content>) => void }) => {
  const { t } = useTranslation();
  const reference = useReference();
  const unused = reference.issues.filter((issue) => !content.issues.includes(issue.id));
  return (
    <>
      <fieldset>
        <legend>{t("proposal.field.issues")}</legend>
        <ul className="chips">
          {content.issues.map((issue) => (
            <li key={issue}>
              {reference.issueLabel(issue)}{" "}
              <button
                type="button"
                className="link-button"
                aria-label={t("proposal.form.remove-issue", { issue: reference.issueLabel(issue) })}
                onClick={() => set({ issues: content.issues.filter((item) => item !== issue) })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <Field label={t("proposal.form.add-issue")}>
          {(id) => (
            <select
              id={id}
              value=""
              onChange={(event) => event.target.value && set({ issues: [...content.issues, event.target.value] })}
            >
              <option value="">—</option>
              {unused.map((issue) => (
                <option key={issue.id} value={issue.id}>
                  {reference.issueLabel(issue.id)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <Rows
        legend={t("proposal.field.background")}
        items={content.background}
        onChange={(background) => set({ background })}
        blank={() => ({ text: {}, sources: [] })}
        addLabel={t("proposal.form.add-reason")}
      >
        {(reason, update, index) => (
          <>
            <TriText
              multiline
              label={t("proposal.form.reason-n", { n: index + 1 })}
              value={reason.text}
              onChange={(text) => update({ ...reason, text })}
            />
            <SourcesDetails sources={reason.sources} />
          </>
        )}
      </Rows>
      <Rows
        legend={t("proposal.field.objectives")}
        items={content.objectives}
        onChange={(objectives) => set({ objectives })}
        blank={(): Text => ({})}
        addLabel={t("proposal.form.add-objective")}
      >
        {(objective, update, index) => (
          <TriText label={t("proposal.form.objective-n", { n: index + 1 })} value={objective} onChange={update} />
        )}
      </Rows>
      {(["thai", "japanese"] as const).map((side) => (
        <Rows
          key={side}
          legend={t("proposal.form.gains-of", {
            name: reference.nameOf(side === "thai" ? content.thaiParty : content.japaneseParty),
          })}
          items={content.gains[side]}
          onChange={(gains) => set({ gains: { ...content.gains, [side]: gains } })}
          blank={() => ({ text: {}, sources: [] })}
          addLabel={t("proposal.form.add-gain")}
        >
          {(gain, update, index) => (
            <>
              <TriText
                label={t("proposal.form.gain-n", { n: index + 1 })}
                value={gain.text}
                onChange={(text) => update({ ...gain, text })}
              />
              <SourcesDetails sources={gain.sources} />
            </>
          )}
        </Rows>
      ))}
      <Rows
        legend={t("proposal.field.activities")}
        items={content.activities}
        onChange={(activities) => set({ activities })}
        blank={() => ({ what: {}, when: "", target: {} })}
        addLabel={t("proposal.form.add-activity")}
      >
        {(activity, update, index) => (
          <>
            <TriText
              label={t("proposal.form.activity-n", { n: index + 1 })}
              value={activity.what}
              onChange={(what) => update({ ...activity, what })}
            />
            <Field label={t("proposal.field.when")}>
              {(id) => (
                <input
                  id={id}
                  type="month"
                  value={activity.when}
                  placeholder="2027-09"
                  onChange={(event) => update({ ...activity, when: event.target.value })}
                />
              )}
            </Field>
            <TriText
              label={t("proposal.field.target")}
              value={activity.target}
              onChange={(target) => update({ ...activity, target })}
            />
          </>
        )}
      </Rows>
    </>
  );
};
