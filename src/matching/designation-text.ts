import type { Catalog } from "../catalog/catalog.ts";
import type { DesignationHolding } from "../domain/locality.ts";
import { LANGS, type Lang, type Text } from "../domain/text.ts";

const SEPARATOR = { th: ": ", en: ": ", ja: "：" } as const;
const LIST = { th: ", ", en: ", ", ja: "・" } as const;
const THEMED = {
  th: (name: string, theme: string) => `${name} (${theme})`,
  en: (name: string, theme: string) => `${name} (${theme})`,
  ja: (name: string, theme: string) => `${name}（${theme}）`,
} as const;

/**
 * How a designation on a locality's record reads in a reason: its name; the holding's theme, where
 * the programme means different things for different holders (a bare "National Strategic Special
 * Zone" does not say it is Okinawa's tourism zone); and, where places inside the locality hold it
 * (a prefecture's record listing Kashiwa's FutureCity), those places — so a sentence never seems to
 * say that Chiba Prefecture itself is a FutureCity.
 */
export const designationText = (catalog: Catalog, names: Text, holding: DesignationHolding): Text => {
  const holders = (holding.heldBy ?? []).flatMap((id) => {
    const place = catalog.localities.get(id);
    return place ? [place] : [];
  });
  const read = (lang: Lang): string => {
    const named = holding.theme ? THEMED[lang](names[lang], holding.theme[lang]) : names[lang];
    if (holders.length === 0) return named;
    return `${named}${SEPARATOR[lang]}${holders.map((place) => place.names[lang]).join(LIST[lang])}`;
  };
  return Object.fromEntries(LANGS.map((lang) => [lang, read(lang)])) as Text;
};
