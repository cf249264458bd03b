import { z } from "zod";
import type { Lang } from "../domain/text.ts";
import { isMessageKey, t } from "./index.ts";

const LOCALES = { th: z.locales.th(), en: z.locales.en(), ja: z.locales.ja() };

/** A validation issue as fastify-type-provider-zod reports it: the zod issue, flattened. */
export type ReportedIssue = {
  keyword: string;
  instancePath: string;
  message?: string | undefined;
  params?: Record<string, unknown> | undefined;
};

/**
 * One field's problem in the reader's language. Our own schemas write message keys of the
 * catalogs ("v.user-text-empty"); zod's own checks are put in words by zod's locale for th, en, ja.
 */
export const localizeIssue = (lang: Lang, issue: ReportedIssue): string => {
  const message = issue.message ?? "";
  if (isMessageKey(message)) return t(lang, message);
  const raw = { code: issue.keyword, ...issue.params, path: issue.instancePath.split("/").filter(Boolean) };
  const localized = LOCALES[lang].localeError?.(raw as never);
  if (typeof localized === "string") return localized;
  if (localized && typeof localized === "object" && "message" in localized) return String(localized.message);
  return message || t(lang, "v.invalid");
};

/** A field path as the web's forms name their inputs: "text.th", "scope.localities.0". */
export const fieldOf = (context: string | undefined, instancePath: string): string => {
  const path = instancePath.split("/").filter(Boolean).join(".");
  return context === "body" || !context ? path : `${context}${path ? `.${path}` : ""}`;
};
