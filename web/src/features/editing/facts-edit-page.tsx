import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Fact, Locality } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { usePolicy } from "../../api/use-policy.ts";
import { fromUserText } from "../../components/form/tri-text.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { NotFoundPage } from "../../components/not-found-page.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { ReviewBadge } from "../../components/review-badge.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
import { EditFrame } from "./edit-frame.tsx";
import { EntryForm, type EntryValue, emptyEntry, entryBody, sourceValueOf } from "./entry-form.tsx";
import { RemoveButton } from "./remove-button.tsx";

const SECTIONS = ["strengths", "challenges", "industries"] as const;
type Section = (typeof SECTIONS)[number];
type EditableFact = Fact & { kind?: "industry" | "speciality" };

const isSection = (value: string): value is Section => (SECTIONS as readonly string[]).includes(value);

const formValueOf = (fact: EditableFact): EntryValue => ({
  text: fromUserText(fact.text),
  issues: fact.issues,
  kind: fact.kind ?? "",
  source: sourceValueOf(fact.source),
  reason: "",
});

const FactsEditor = ({ locality, section }: { locality: Locality; section: Section }) => {
  const { t } = useTranslation();
  const { may } = usePolicy();
  const [editing, setEditing] = useState<string | undefined>();
  const facts = locality[section] as EditableFact[];
  const base = `/api/localities/${encodeURIComponent(locality.id)}/facts`;
  const kinds =
    section === "industries"
      ? [
          { value: "industry", label: t("locality.kind.industry") },
          { value: "speciality", label: t("locality.kind.speciality") },
        ]
      : undefined;
  const body = (value: EntryValue) => ({
    section,
    ...entryBody(value),
    ...(section === "industries" && value.kind ? { kind: value.kind } : {}),
  });
  return (
    <>
      <section aria-labelledby="current-title">
        <h2 id="current-title">{t("ws.edit.current")}</h2>
        {facts.length === 0 ? <p>{t("common.none")}</p> : null}
        <ul className="fact-list editable">
          {facts.map((fact) => {
            const id = fact.id ?? "";
            return (
              <li key={id} data-fact={id}>
                {editing === id ? (
                  <EntryForm
                    form={`edit-${id}`}
                    legend={t(`field.${section}`)}
                    initial={formValueOf(fact)}
                    kinds={kinds}
                    isEdit
                    request={(value) => ({ method: "PUT", path: `${base}/${id}`, body: body(value) })}
                    onDone={() => setEditing(undefined)}
                  />
                ) : (
                  <>
                    {fact.kind ? <span className="badge">{t(`locality.kind.${fact.kind}`)}</span> : null}{" "}
                    <LocalText text={fact.text} /> <ReviewBadge review={fact.review} />{" "}
                    <SourceDetails source={fact.source} />
                    <span className="row-actions">
                      <button type="button" className="link-button" onClick={() => setEditing(id)}>
                        {t("ws.edit")}
                      </button>{" "}
                      <RemoveButton path={`${base}/${id}`} label={fact.text.th ?? fact.text.en ?? fact.text.ja ?? id} />
                      {may({ type: "audit.read" }) ? (
                        <>
                          {" "}
                          <Link to={`/history/${locality.id}`}>{t("ws.history.title")}</Link>
                        </>
                      ) : null}
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="add-title">
        <h2 id="add-title">{t("ws.edit.add")}</h2>
        <EntryForm
          form="add-fact"
          legend={t(`field.${section}`)}
          initial={emptyEntry(kinds ? "industry" : "")}
          kinds={kinds}
          isEdit={false}
          request={(value) => ({ method: "POST", path: base, body: body(value) })}
          onDone={() => undefined}
        />
      </section>
    </>
  );
};

/** /edit/:id/facts/:section — a locality's strengths, challenges or industries. */
export const FactsEditPage = () => {
  const { t } = useTranslation();
  const { id = "", section = "" } = useParams();
  const locality = useApi<Locality>(`/api/localities/${encodeURIComponent(id)}`, {}, { staleTime: 0 });
  if (!isSection(section)) return <NotFoundPage />;
  return (
    <EditFrame locality={id} title={t(`field.${section}`)}>
      <QueryView query={locality}>{(data) => <FactsEditor locality={data} section={section} />}</QueryView>
    </EditFrame>
  );
};
