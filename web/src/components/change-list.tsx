import { useTranslation } from "react-i18next";
import type { Change } from "../../../src/domain/diff.ts";
import { labelOf } from "../lib/labels.ts";
import { LANGS, type Text } from "../lib/lang.ts";
import { LocalText } from "./local-text.tsx";

const isText = (value: unknown): value is Partial<Text> =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => (LANGS as readonly string[]).includes(key) || key === "alt");

/** A value of a record as a person reads it: texts in their language, lists joined, the rest compact. */
export const ValueText = ({ value }: { value: unknown }) => {
  const { t } = useTranslation();
  if (value === undefined || value === null || value === "") return <em>{t("ws.history.empty")}</em>;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return <>{String(value)}</>;
  if (isText(value)) return <LocalText text={value} />;
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return <>{value.join(", ")}</>;
  if (typeof value === "object" && "text" in value && isText((value as { text: unknown }).text))
    return <LocalText text={(value as { text: Partial<Text> }).text} />;
  return <code className="json">{JSON.stringify(value)}</code>;
};

/** What changed, one line per field or list item: "set", "added", "removed". */
export const ChangeList = ({ changes }: { changes: Change[] }) => {
  const { t } = useTranslation();
  if (changes.length === 0) return <p>{t("ws.history.no-changes")}</p>;
  return (
    <ul className="change-list">
      {changes.map((change, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a diff is rendered once and never reordered.
        <li key={index} className={`change ${change.kind}`}>
          <span className="change-path">{change.path ? labelOf(t, "field", change.path) : t("ws.history.record")}</span>{" "}
          {change.kind === "set" ? (
            <>
              <del>
                <ValueText value={change.before} />
              </del>{" "}
              →{" "}
              <ins>
                <ValueText value={change.after} />
              </ins>
            </>
          ) : change.kind === "added" ? (
            <ins>
              {t("ws.history.added")}: <ValueText value={change.value} />
            </ins>
          ) : (
            <del>
              {t("ws.history.removed")}: <ValueText value={change.value} />
            </del>
          )}
        </li>
      ))}
    </ul>
  );
};
