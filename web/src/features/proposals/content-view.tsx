import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { SourcesDetails } from "../../components/source-details.tsx";
import { LANGS, type Lang } from "../../lib/lang.ts";
import type { Content } from "./types.ts";

/** A user's text in the reader's language, or the nearest one, marked when it is not translated. */
export const UserText = ({ text }: { text: Record<string, string> | undefined }) => {
  const { t } = useTranslation();
  const lang = useLang();
  if (!text) return null;
  const own = text[lang];
  if (own) return <>{own}</>;
  const other = LANGS.find((candidate) => text[candidate]) as Lang | undefined;
  if (!other) return null;
  return (
    <>
      <span lang={other}>{text[other]}</span> <span className="untranslated">({t("proposal.untranslated")})</span>
    </>
  );
};

/** What the proposal says, section by section, as its parties wrote it. */
export const ContentView = ({ content }: { content: Content }) => {
  const { t } = useTranslation();
  const reference = useReference();
  const officer = (side: "thai" | "japanese", role: "officer" | "deputy") => {
    const person = content.officers[side][role];
    return person
      ? `${person.name}${person.title ? `, ${person.title}` : ""}${person.languages.length ? ` (${person.languages.join(", ")})` : ""}`
      : "—";
  };
  return (
    <section aria-labelledby="content-title" className="panel content-view">
      <h2 id="content-title">{t("proposal.content")}</h2>
      <dl className="facts">
        <dt>{t("proposal.field.issues")}</dt>
        <dd>{content.issues.length ? content.issues.map((issue) => reference.issueLabel(issue)).join(", ") : "—"}</dd>
        <dt>{t("proposal.field.budget")}</dt>
        <dd>
          {content.budget
            ? `${content.budget.line}${content.budget.amount !== undefined ? ` · ${content.budget.amount.toLocaleString()} THB` : ""}`
            : "—"}
        </dd>
        <dt>{t("proposal.field.thai-officer")}</dt>
        <dd>
          {officer("thai", "officer")} / {officer("thai", "deputy")}
        </dd>
        <dt>{t("proposal.field.japanese-officer")}</dt>
        <dd>
          {officer("japanese", "officer")} / {officer("japanese", "deputy")}
        </dd>
      </dl>
      {content.background.length ? (
        <>
          <h3>{t("proposal.field.background")}</h3>
          <ul>
            {content.background.map((reason, index) => (
              <li key={`reason-${index.toString()}`}>
                <UserText text={reason.text} />
                <SourcesDetails sources={reason.sources} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t("proposal.field.objectives")}</h3>
      <ul>
        {content.objectives.map((objective, index) => (
          <li key={`objective-${index.toString()}`}>
            <UserText text={objective} />
          </li>
        ))}
      </ul>
      <h3>{t("proposal.field.gains")}</h3>
      <div className="gains-grid">
        {(["thai", "japanese"] as const).map((side) => (
          <div key={side}>
            <h4>{reference.nameOf(side === "thai" ? content.thaiParty : content.japaneseParty)}</h4>
            <ul>
              {content.gains[side].map((gain, index) => (
                <li key={`${side}-${index.toString()}`}>
                  <UserText text={gain.text} />
                  <SourcesDetails sources={gain.sources} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <h3>{t("proposal.field.activities")}</h3>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("proposal.field.activity")}</th>
              <th scope="col">{t("proposal.field.when")}</th>
              <th scope="col">{t("proposal.field.target")}</th>
            </tr>
          </thead>
          <tbody>
            {content.activities.map((activity, index) => (
              <tr key={`activity-${index.toString()}`}>
                <td>
                  <UserText text={activity.what} />
                </td>
                <td>{activity.when}</td>
                <td>
                  <UserText text={activity.target} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t("proposal.field.stakeholders")}</h3>
      <ul>
        {content.stakeholders.map((stakeholder) => (
          <li key={`${stakeholder.kind}-${stakeholder.name}`}>
            {stakeholder.name} ({t(`proposal.stakeholder.${stakeholder.kind}` as never)})
          </li>
        ))}
      </ul>
      <dl className="facts">
        <dt>{t("proposal.field.partner-interest")}</dt>
        <dd>{content.partnerInterest ? <UserText text={content.partnerInterest.text} /> : "—"}</dd>
        <dt>{t("proposal.field.continuity")}</dt>
        <dd>{content.continuity ? <UserText text={content.continuity} /> : "—"}</dd>
        <dt>{t("proposal.field.framework")}</dt>
        <dd>{content.framework ? <UserText text={content.framework} /> : "—"}</dd>
      </dl>
    </section>
  );
};
