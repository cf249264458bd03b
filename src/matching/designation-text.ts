import type { Catalog } from "../catalog/catalog.ts";
import type { DesignationHolding } from "../domain/locality.ts";
import { LANGS, type Text } from "../domain/text.ts";

const SEPARATOR = { th: ": ", en: ": ", ja: "：" } as const;
const LIST = { th: ", ", en: ", ", ja: "・" } as const;

/**
 * How a designation on a locality's record reads in a reason: its name, and, where places inside
 * the locality hold it (a prefecture's record listing Kashiwa's FutureCity), those places — so a
 * sentence never seems to say that Chiba Prefecture itself is a FutureCity.
 */
export const designationText = (catalog: Catalog, names: Text, holding: DesignationHolding): Text => {
  const holders = (holding.heldBy ?? []).flatMap((id) => {
    const place = catalog.localities.get(id);
    return place ? [place] : [];
  });
  if (holders.length === 0) return names;
  return Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      `${names[lang]}${SEPARATOR[lang]}${holders.map((place) => place.names[lang]).join(LIST[lang])}`,
    ]),
  ) as Text;
};
