import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { NeedOffer } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { fromUserText } from "../../components/form/tri-text.tsx";
import { LocalText } from "../../components/local-text.tsx";
import { QueryView } from "../../components/query-view.tsx";
import { ReviewBadge } from "../../components/review-badge.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
import { EditFrame } from "./edit-frame.tsx";
import { EntryForm, type EntryValue, emptyEntry, entryBody, sourceValueOf } from "./entry-form.tsx";
import { RemoveButton } from "./remove-button.tsx";

const formValueOf = (item: NeedOffer): EntryValue => ({
  text: fromUserText(item.text),
  issues: item.issues,
  kind: item.kind,
  source: sourceValueOf(item.source),
  reason: "",
});

const NeedsOffersEditor = ({ party, items }: { party: string; items: NeedOffer[] }) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | undefined>();
  const kinds = [
    { value: "need", label: t("ws.need") },
    { value: "offer", label: t("ws.offer") },
  ];
  return (
    <>
      <section aria-labelledby="current-title">
        <h2 id="current-title">{t("ws.edit.current")}</h2>
        {items.length === 0 ? <p>{t("common.none")}</p> : null}
        <ul className="fact-list editable">
          {items.map((item) => (
            <li key={item.id} data-need-offer={item.id}>
              {editing === item.id ? (
                <EntryForm
                  form={`edit-${item.id}`}
                  legend={t("ws.field.text")}
                  initial={formValueOf(item)}
                  kinds={kinds}
                  isEdit
                  request={(value) => ({
                    method: "PUT",
                    path: `/api/needs-offers/${encodeURIComponent(item.id)}`,
                    body: { kind: value.kind, ...entryBody(value) },
                  })}
                  onDone={() => setEditing(undefined)}
                />
              ) : (
                <>
                  <span className="badge">{t(`ws.${item.kind}`)}</span> <LocalText text={item.text} />{" "}
                  <ReviewBadge review={item.review} /> <SourceDetails source={item.source} />
                  <span className="row-actions">
                    <button type="button" className="link-button" onClick={() => setEditing(item.id)}>
                      {t("ws.edit")}
                    </button>{" "}
                    <RemoveButton path={`/api/needs-offers/${encodeURIComponent(item.id)}`} label={item.id} />
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="add-title">
        <h2 id="add-title">{t("ws.edit.add-need-offer")}</h2>
        <EntryForm
          form="add-need-offer"
          legend={t("ws.field.text")}
          initial={emptyEntry("need")}
          kinds={kinds}
          isEdit={false}
          request={(value) => ({
            method: "POST",
            path: "/api/needs-offers",
            body: { party, kind: value.kind, ...entryBody(value) },
          })}
          onDone={() => undefined}
        />
      </section>
    </>
  );
};

/** /edit/:id/needs-offers — what the locality needs from a partner and can offer one. */
export const NeedsOffersEditPage = () => {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const list = useApi<{ items: NeedOffer[] }>("/api/needs-offers", { party: id }, { staleTime: 0 });
  return (
    <EditFrame locality={id} title={t("ws.needs-offers.title")}>
      <QueryView query={list}>{(data) => <NeedsOffersEditor party={id} items={data.items} />}</QueryView>
    </EditFrame>
  );
};
