import { useTranslation } from "react-i18next";
import type { Review } from "../../api/types.ts";
import { LocalText } from "../../components/local-text.tsx";
import { ReviewBadge } from "../../components/review-badge.tsx";
import { SourceDetails } from "../../components/source-details.tsx";
import { labelOf } from "../../lib/labels.ts";
import type { Text } from "../../lib/lang.ts";
import type { SourceInput } from "../../lib/sources.ts";
import { withKeys } from "../../lib/unique-keys.ts";

export type FactItem = {
  id?: string | undefined;
  label?: string;
  prefix?: string;
  text: Partial<Text>;
  source: SourceInput;
  review?: Review | undefined;
};

/** A titled list of sourced statements; a coded label is translated when `prefix` is given. */
export const FactList = ({ id, title, items }: { id: string; title: string; items: FactItem[] }) => {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      <ul className="fact-list">
        {withKeys(items, (item) => item.id ?? JSON.stringify(item.text)).map(([key, item]) => (
          <li key={key} data-fact={item.id}>
            {item.label ? (
              <span className="badge">{item.prefix ? labelOf(t, item.prefix, item.label) : item.label}</span>
            ) : null}{" "}
            <LocalText text={item.text} /> <ReviewBadge review={item.review} /> <SourceDetails source={item.source} />
          </li>
        ))}
      </ul>
    </section>
  );
};
