import { en } from "../../../src/i18n/en.ts";
import { ja } from "../../../src/i18n/ja.ts";
import { th } from "../../../src/i18n/th.ts";
import type { Lang } from "../lib/lang.ts";
import { continuityWebEn, continuityWebJa, continuityWebTh } from "./messages/continuity.ts";
import { webEn } from "./messages/en.ts";
import { webJa } from "./messages/ja.ts";
import { webTh } from "./messages/th.ts";

/** The server's catalogs (shared with the API and CLI) plus the web app's own messages. */
export const CATALOG = {
  en: { ...en, ...webEn, ...continuityWebEn },
  th: { ...th, ...webTh, ...continuityWebTh },
  ja: { ...ja, ...webJa, ...continuityWebJa },
} satisfies Record<Lang, Record<string, string>>;

export type Messages = typeof CATALOG.en;
export type MessageKey = keyof Messages;
