import type { TFunction } from "i18next";
import type { Locality } from "../../api/types.ts";
import { useReference } from "../../api/use-reference.ts";
import type { Lang } from "../../lib/lang.ts";
import { textFor } from "./dossier-text.ts";
import { formatLongDate } from "./format.ts";
import type { Proposal } from "./types.ts";

/** One page for the partner, in English or Japanese: who, what, what each side gains, the plan, whom to call. */
export const PartnerSummary = ({
  data,
  lang,
  t,
}: {
  data: { proposal: Proposal; thai: Locality; japanese: Locality };
  lang: Lang;
  t: TFunction;
}) => {
  const reference = useReference();
  const { proposal, thai, japanese } = data;
  const { content } = proposal;
  const text = (value: Record<string, string> | undefined) => textFor(value, lang, t("proposal.untranslated"));
  const person = (side: "thai" | "japanese") => {
    const officer = content.officers[side].officer;
    return officer
      ? `${officer.name}${officer.title ? `, ${officer.title}` : ""}${officer.email ? ` <${officer.email}>` : ""}`
      : "-";
  };
  return (
    <article className="dossier-page summary" lang={lang} aria-labelledby={`summary-${lang}`}>
      <h2 id={`summary-${lang}`}>
        {t("dossier.summary-title", { thai: thai.names[lang], japanese: japanese.names[lang] })}
      </h2>
      <p>
        {t(`relation.type.${content.instrument}`)} · {t(`proposal.path.${proposal.path}`)} ·{" "}
        {t(`proposal.step.${proposal.step}`)} ({formatLongDate(proposal.stepSince, lang)})
      </p>
      <h3>{t("proposal.field.issues")}</h3>
      <p>{content.issues.map((id) => reference.issue(id)?.label[lang] ?? id).join(", ") || "-"}</p>
      <h3>{t("proposal.field.objectives")}</h3>
      <ul>
        {content.objectives.map((objective, index) => (
          <li key={`o-${index.toString()}`}>{text(objective)}</li>
        ))}
      </ul>
      <h3>{t("proposal.field.gains")}</h3>
      <div className="gains-grid">
        {(["thai", "japanese"] as const).map((side) => (
          <div key={side}>
            <h4>{(side === "thai" ? thai : japanese).names[lang]}</h4>
            <ul>
              {content.gains[side].map((gain, index) => (
                <li key={`${side}-${index.toString()}`}>{text(gain.text)}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <h3>{t("proposal.field.activities")}</h3>
      <ul>
        {content.activities.map((activity, index) => (
          <li key={`a-${index.toString()}`}>
            {activity.when}: {text(activity.what)} — {text(activity.target)}
          </li>
        ))}
      </ul>
      <h3>{t("dossier.contacts")}</h3>
      <p>
        {thai.names[lang]}: {person("thai")}
        <br />
        {japanese.names[lang]}: {person("japanese")}
      </p>
    </article>
  );
};
