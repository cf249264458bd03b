import type { Organisation } from "../api/types.ts";

const fold = (text: string): string => text.normalize("NFKC").toLocaleLowerCase();

/** Organisations whose name in any language, or abbreviation, contains the typed text. */
export const searchOrganisations = (
  organisations: readonly Organisation[],
  text: string,
  limit: number,
): Organisation[] => {
  const query = fold(text.trim());
  if (query === "") return [];
  return organisations
    .filter((item) =>
      [item.names.th, item.names.en, item.names.ja, item.abbr ?? ""].some((name) => fold(name).includes(query)),
    )
    .slice(0, limit);
};
