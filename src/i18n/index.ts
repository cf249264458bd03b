import type { Lang } from "../domain/text.ts";
import { en, type MessageKey } from "./en.ts";
import { ja } from "./ja.ts";
import { th } from "./th.ts";

export type { MessageKey };
export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { en, th, ja };

/** Looks up a message and fills its {placeholders}. */
export const t = (lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string =>
  MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

const KINDS = [
  "locality",
  "relation",
  "organisation",
  "party",
  "route",
  "issue",
  "report",
  "proposal",
  "trip",
  "document",
  "activity",
  "annual-report",
] as const;

/** The "not found" message with the kind of record named in the reader's language. */
export const notFoundMessage = (lang: Lang, kind: string, id: string): string =>
  t(lang, "error.not_found", {
    kind: (KINDS as readonly string[]).includes(kind) ? t(lang, `kind.${kind}` as MessageKey) : kind,
    id,
  });
