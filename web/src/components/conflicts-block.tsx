import { useTranslation } from "react-i18next";
import type { Conflict } from "../api/types.ts";
import { useLang } from "../api/use-lang.ts";
import { labelOf } from "../lib/labels.ts";
import { pick } from "../lib/lang.ts";
import { withKeys } from "../lib/unique-keys.ts";
import { PartyLink } from "./party-link.tsx";
import { SourceDetails } from "./source-details.tsx";

/** A reading that names one record is a link to it; one that names several lists them, linked. */
const Reading = ({ text, parties }: { text: string; parties: string[] }) => {
  const [only] = parties;
  if (parties.length === 1 && only) return <PartyLink id={only} label={text} />;
  return (
    <>
      <strong>{text}</strong>
      {parties.length > 1 ? (
        <>
          {" "}
          (
          {parties.map((party, index) => (
            <span key={party}>
              {index ? ", " : ""}
              <PartyLink id={party} />
            </span>
          ))}
          )
        </>
      ) : null}
    </>
  );
};

/** Every reading where the sources disagree, in the reader's language, the records it names linked. */
export const ConflictsBlock = ({ conflicts }: { conflicts: Conflict[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  if (conflicts.length === 0) return null;
  return (
    <section aria-labelledby="conflicts-title" className="conflicts">
      <h2 id="conflicts-title">{t("relation.conflicts")}</h2>
      {withKeys(conflicts, (conflict) => conflict.field).map(([key, conflict]) => (
        <div key={key} className="conflict" data-field={conflict.field}>
          <h3>{t("relation.conflict-field", { field: labelOf(t, "field", conflict.field) })}</h3>
          <ul className="fact-list">
            {withKeys(conflict.readings, (reading) => reading.value.en).map(([readingKey, reading]) => (
              <li key={readingKey}>
                <Reading text={pick(reading.value, lang)} parties={reading.parties ?? []} />{" "}
                <SourceDetails source={reading.source} />
              </li>
            ))}
          </ul>
          {conflict.note ? <p className="note">{t("common.note", { note: pick(conflict.note, lang) })}</p> : null}
        </div>
      ))}
    </section>
  );
};
