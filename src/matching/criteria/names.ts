import type { Locality } from "../../domain/locality.ts";

const SUFFIXES = {
  en: /\s+(prefecture|city|town|village|municipality|province|metropolis|city municipality|town municipality)$/i,
  ja: /(県|府|都|道|市|町|村|区)$/u,
  th: /^(จังหวัด|เมือง|เทศบาลนคร|เทศบาลเมือง|เทศบาลตำบล|กรุง)/u,
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Patterns that find a locality's name in free text of any language: "Shizuoka", "静岡",
 * "ชิซึโอกะ". English names need word boundaries ("Nara" is not in "Narathiwat").
 */
export const namePatterns = (locality: Locality): RegExp[] => {
  const english = [locality.names.en, ...(locality.names.alt ?? []).filter((alt) => /^[\x20-\x7e]+$/.test(alt))]
    .map((name) =>
      name
        .replace(/\s*\(.*\)$/, "")
        .replace(SUFFIXES.en, "")
        .trim(),
    )
    .filter((name) => name.length >= 4);
  const japanese = [locality.names.ja.replace(SUFFIXES.ja, "")].filter((name) => name.length >= 2);
  const thai = [locality.names.th, ...(locality.names.alt ?? []).filter((alt) => /\p{sc=Thai}/u.test(alt))]
    .map((name) => name.replace(SUFFIXES.th, "").trim())
    .filter((name) => name.length >= 3);
  return [
    ...english.map((name) => new RegExp(`\\b${escapeRegExp(name)}\\b`, "i")),
    ...[...japanese, ...thai].map((name) => new RegExp(escapeRegExp(name), "u")),
  ];
};
