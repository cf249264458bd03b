import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LocalitySummary, Page } from "../../api/types.ts";
import { useApi } from "../../api/use-api.ts";
import { useLang } from "../../api/use-lang.ts";
import { useReference } from "../../api/use-reference.ts";
import { labelOf } from "../../lib/labels.ts";
import { pick } from "../../lib/lang.ts";
import { useDebounced } from "../../lib/use-debounced.ts";

type PickerProps = { value: string; onChange: (id: string) => void; label?: string; name?: string };

/** A search box over the atlas; each hit is a button, so the keyboard reaches every one. */
export const LocalityPicker = ({ value, onChange, label, name = "locality" }: PickerProps) => {
  const { t } = useTranslation();
  const lang = useLang();
  const reference = useReference();
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 200);
  const hits = useApi<Page<LocalitySummary>>("/api/localities", { q: query, limit: 8 }, { enabled: query !== "" });
  return (
    <div className="field wide picker">
      <label htmlFor={inputId}>{label ?? t("match.from")}</label>
      {value ? (
        <p className="picked" data-picked={value}>
          {t("match.from-selected", { name: reference.nameOf(value) })}{" "}
          <button type="button" className="link-button" onClick={() => onChange("")}>
            {t("match.from-clear")}
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
        {query !== "" &&
          hits.data?.items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                aria-label={t("match.from-choose", { name: pick(item.names, lang) })}
                onClick={() => {
                  onChange(item.id);
                  setText("");
                }}
              >
                {pick(item.names, lang)} <span className="muted">({labelOf(t, "tier", item.tier)})</span>
              </button>
            </li>
          ))}
      </ul>
    </div>
  );
};
