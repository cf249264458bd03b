import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LocalitySummary, Page } from "../api/types.ts";
import { useApi } from "../api/use-api.ts";
import { useLang } from "../api/use-lang.ts";
import { useReference } from "../api/use-reference.ts";
import { labelOf } from "../lib/labels.ts";
import { pick } from "../lib/lang.ts";
import { searchOrganisations } from "../lib/organisation-search.ts";
import { useDebounced } from "../lib/use-debounced.ts";

type PickerProps = {
  label: string;
  value: string;
  onChange: (id: string) => void;
  /** The input's name (page models find it by name). */
  name: string;
  clearLabel: string;
  withOrganisations?: boolean;
};

type Hit = { id: string; name: string; kind: string };

/**
 * A search box over names in Thai, English and Japanese (the atlas search, and organisations
 * when asked); each hit is a button, so the keyboard reaches every one. The typed text stays in
 * the box as typed: only a chosen hit changes the value.
 */
export const PartyPicker = ({ label, value, onChange, name, clearLabel, withOrganisations = false }: PickerProps) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 200);
  const localities = useApi<Page<LocalitySummary>>(
    "/api/localities",
    { q: query, limit: 8 },
    { enabled: query !== "" },
  );
  const hits: Hit[] =
    query === ""
      ? []
      : [
          ...(localities.data?.items ?? []).map((item) => ({
            id: item.id,
            name: pick(item.names, lang),
            kind: labelOf(t, "tier", item.tier),
          })),
          ...(withOrganisations ? searchOrganisations(reference.organisations, query, 5) : []).map((item) => ({
            id: item.id,
            name: pick(item.names, lang),
            kind: labelOf(t, "organisation", item.kind),
          })),
        ];
  return (
    <div className="field wide picker">
      <label htmlFor={inputId}>{label}</label>
      {value ? (
        <p className="picked" data-picked={value}>
          {t("match.from-selected", { name: reference.nameOf(value) })}{" "}
          <button type="button" className="link-button" onClick={() => onChange("")}>
            {clearLabel}
          </button>
        </p>
      ) : null}
      <input
        id={inputId}
        type="search"
        name={name}
        autoComplete="off"
        aria-controls={listId}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <ul id={listId} className="picker-hits" aria-live="polite">
        {hits.map((hit) => (
          <li key={hit.id}>
            <button
              type="button"
              aria-label={t("match.from-choose", { name: hit.name })}
              onClick={() => {
                onChange(hit.id);
                setText("");
              }}
            >
              {hit.name} <span className="muted">({hit.kind})</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
};
