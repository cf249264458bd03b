import { useTranslation } from "react-i18next";
import { useLang } from "../../api/use-lang.ts";
import { SourceDetails } from "../../components/source-details.tsx";
import { labelOf } from "../../lib/labels.ts";
import { pick, type Text } from "../../lib/lang.ts";
import type { SourceInput } from "../../lib/sources.ts";
import { withKeys } from "../../lib/unique-keys.ts";

export type FactItem = { label?: string; prefix?: string; text: Text; source: SourceInput };

/** A titled list of sourced statements; a coded label is translated when `prefix` is given. */
export const FactList = ({ id, title, items }: { id: string; title: string; items: FactItem[] }) => {
  const { t } = useTranslation();
  const lang = useLang();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul className="fact-list">
        {withKeys(items, (item) => item.text.en).map(([key, item]) => (
          <li key={key}>
            {item.label ? (
              <span className="badge">{item.prefix ? labelOf(t, item.prefix, item.label) : item.label}</span>
            ) : null}{" "}
            {pick(item.text, lang)} <SourceDetails source={item.source} />
          </li>
        ))}
      </ul>
    </section>
  );
};
