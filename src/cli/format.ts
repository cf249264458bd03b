import { LANGS, type Lang } from "../domain/text.ts";
import { UsageError } from "./command.ts";

/** Pads columns by display width; Thai combining marks and wide Japanese characters are measured. */
const width = (text: string): number => {
  let total = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (/\p{Mn}/u.test(char)) continue;
    total +=
      code >= 0x1100 && /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\u3000-\u303f\uff00-\uffef]/u.test(char) ? 2 : 1;
  }
  return total;
};

export const table = (headers: string[], rows: string[][]): string => {
  const widths = headers.map((header, column) =>
    Math.max(width(header), ...rows.map((row) => width(row[column] ?? ""))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell + " ".repeat(Math.max(0, (widths[column] ?? 0) - width(cell))))
      .join("  ")
      .trimEnd();
  return `${[line(headers), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n")}\n`;
};

export const parseLang = (value: unknown, env: NodeJS.ProcessEnv): Lang => {
  const lang = value ?? env.JUBKOO_LANG ?? "en";
  if (!(LANGS as readonly string[]).includes(String(lang)))
    throw new UsageError(`--lang must be one of ${LANGS.join(", ")}`);
  return lang as Lang;
};

export const parseChoice = <T extends string>(name: string, value: unknown, choices: readonly T[]): T | undefined => {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(String(value))) {
    throw new UsageError(`--${name} must be one of ${choices.join(", ")} (got "${String(value)}")`);
  }
  return value as T;
};

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
