import type { Catalog } from "../catalog/catalog.ts";
import type { DesignationHolding } from "../domain/locality.ts";
import { LANGS, type Lang, type Text } from "../domain/text.ts";

const SEPARATOR = { th: ": ", en: ": ", ja: "：" } as const;
const LIST = { th: ", ", en: ", ", ja: "・" } as const;
const BRACKETS = { th: [" (", ")"], en: [" (", ")"], ja: ["（", "）"] } as const;
const JOIN = { th: "; ", en: "; ", ja: "、" } as const;

/**
 * The theme in brackets after the name; a name that already ends in brackets ("World Heritage
 * site (Japan)") takes the theme inside them, not a second pair.
 */
const themed = (lang: Lang, name: string, theme: string): string => {
  const [open, close] = BRACKETS[lang];
  const bracketed = name.endsWith(")") || name.endsWith("）");
  return bracketed ? `${name.slice(0, -1)}${JOIN[lang]}${theme}${name.slice(-1)}` : `${name}${open}${theme}${close}`;
};

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
    const named = holding.theme ? themed(lang, names[lang], holding.theme[lang]) : names[lang];
    if (holders.length === 0) return named;
    return `${named}${SEPARATOR[lang]}${holders.map((place) => place.names[lang]).join(LIST[lang])}`;
  };
  return Object.fromEntries(LANGS.map((lang) => [lang, read(lang)])) as Text;
};
