/**
 * First pass of the tag audit: proposes the specific fields a fact names (a fact tagged
 * handicrafts that says "lacquerware" is lacquerware), replacing the broader tag, as decisions in
 * the format of apply-decisions.ts. Every proposal was then read by hand: the manual decisions
 * (eval/tag-audit/decisions.txt) come after these and override them.
 *
 *   npx tsx scripts/tag-audit/suggest-specific.ts > eval/tag-audit/specific.txt
 */
import { join } from "node:path";
import { loadReferenceData } from "../../src/catalog/load.ts";

/** For a broader tag, the specific fields and the words (in English) that name them. */
const RULES: Record<string, Array<[string, RegExp]>> = {
  handicrafts: [
    [
      "ceramics",
      /ceramic|pottery|porcelain|celadon|stoneware|\w+-yaki|kiln|benjarong|earthenware|\b(arita|imari|kutani|mino|seto|bizen|shigaraki|hasami|mashiko|karatsu|hagi|tobe|satsuma|kasama|tokoname|shino|oribe) ware|sangkhalok|dan kwian|\bjars?\b/i,
    ],
    [
      "silk-textiles",
      /silk|weav|textile|cotton|indigo|batik|ikat|mudmee|tsumugi|kimono|embroider|fabric|\bcloth|dyed|dyeing|kasuri/i,
    ],
    ["paper-crafts", /paper|washi|umbrella/i],
    ["woodcraft", /wood|bamboo|basket|furniture|bentwood|magewappa|kokeshi|carving/i],
    [
      "metalwork",
      /silver|knife|knives|cutlery|ironware|cast-iron|cast iron|bronze|copper|niello|blade|sword|metalwork|brass|tekki|tin\b/i,
    ],
    ["lacquerware", /lacquer|-nuri\b/i],
  ],
  religion: [
    ["buddhism", /buddh|temple|monk|\bwat\b|-ji\b|-dera\b|pagoda|chedi|stupa|\bzen\b|relic|monaster/i],
    ["christianity", /christian|catholic|church|cathedral|xavier|kirishitan/i],
    ["islam", /islam|muslim|mosque|halal/i],
  ],
  festivals: [
    ["lantern-festivals", /lantern|candle|loy krathong|yi peng|light festival|luminarie|nebuta|kanto matsuri|kiriko/i],
    ["rocket-fireworks", /rocket|firework|bang fai|ryusei|hanabi/i],
    ["float-parades", /float|procession|yamakasa|kunchi|danjiri|gion|parade/i],
    ["dance-festivals", /dance|odori|yosakoi|eisa/i],
    ["boat-races", /boat race|boat-race|long-boat|dragon-boat|regatta/i],
  ],
  heritage: [
    [
      "ancient-capitals",
      /ancient capital|former capital|old capital|imperial capital|royal capital|capital from|historic city of ayutthaya|heijo|ancient kyoto|ancient nara/i,
    ],
    ["archaeology", /archaeolog|khmer|prasat|ruins|prehistoric|jomon|kofun|historical park|stone circle|burial mound/i],
    ["dinosaurs-fossils", /dinosaur|fossil/i],
  ],
  agriculture: [
    ["rice", /\brice\b|paddy|paddies|komachi|koshihikari/i],
    [
      "fruit",
      /fruit|durian|longan|mango|lychee|mangosteen|rambutan|longkong|pomelo|peach|apple|mandarin|citrus|orange|grape|melon|cherr|strawberr|banana|pineapple|persimmon|\bpears?\b|\bplums?\b|yuzu|sudachi|kiwi|salak|jackfruit|coconut/i,
    ],
    ["tea-coffee", /\btea\b|coffee|miang/i],
    [
      "field-crops",
      /sugar ?cane|cassava|tapioca|maize|\bcorn\b|oil palm|palm oil|wheat|soybean|potato|sugar beet|sweet corn|konjac|tobacco/i,
    ],
    [
      "vegetables",
      /vegetable|cabbage|onion|garlic|shallot|asparagus|lettuce|tomato|chilli|nagaimo|yam\b|wasabi|shiitake/i,
    ],
    ["flowers", /flower|orchid|bonsai|ornamental|cyclamen|tulip|chrysanthem/i],
  ],
  fisheries: [
    [
      "aquaculture",
      /aquacult|farmed|oyster|scallop|shrimp farm|fish farm|seaweed|wakame|kombu|nori|pearl|cage culture|laver|eel/i,
    ],
    [
      "capture-fisheries",
      /fishing port|fishing fleet|tuna|bonito|squid|mackerel|pollock|crab|fishermen|landings|trawl|fishing village|deep-sea fishing|coastal fishing|catch/i,
    ],
  ],
  livestock: [
    ["beef-cattle", /beef|wagyu|beef cattle|\bcattle\b/i],
    ["dairy", /dairy|milk|cheese|butter/i],
    ["pigs-poultry", /\bpigs?\b|pork|chicken|poultry|broiler|\beggs?\b|duck/i],
  ],
  "food-processing": [
    [
      "seafood-processing",
      /seafood[- ]processing|fish processing|canned (tuna|fish|seafood)|tuna cann|fish sauce|kamaboko|surimi|processed seafood|seafood processors?/i,
    ],
    ["beverages", /\bsake\b|shochu|\bbeer\b|brew|wine|whisk|distill|beverage|\bjuice/i],
  ],
  "robotics-automation": [
    ["aerospace", /aerospace|aircraft|aviation|\bspace\b|jet\b/i],
    ["machinery", /machine|machinery|machine tools?|moulds?\b|\bdies\b/i],
  ],
  electronics: [
    [
      "semiconductors",
      /semiconductor|chips?\b|hard dis|wafer|flash[- ]memory|electronic components?|integrated circuit/i,
    ],
  ],
  "renewable-energy": [
    ["solar-wind", /solar|wind|photovoltaic/i],
    ["bioenergy", /biomass|biogas|biofuel|refuse-derived|\brdf\b|wood pellet|bio-?ethanol/i],
    ["hydrogen-geothermal", /hydrogen|fuel cell|geotherm/i],
  ],
  waste: [
    ["recycling", /recycl|reuse|sorting|circular|urban mining|compost|\b3r\b|waste bank/i],
    ["landfill-incineration", /landfill|incinerat|dump|waste-to-energy|fukuoka method/i],
  ],
  "water-resources": [
    ["lakes-rivers", /\blakes?\b|river|basin|wetland|water quality|biwa|kasumigaura/i],
    ["water-supply", /water supply|tap water|waterworks|drinking water|non-revenue|water utility|waterworks bureau/i],
  ],
  "marine-coastal": [["mangroves", /mangrove/i]],
  "air-quality": [
    ["haze", /haze|burning|forest fire|wildfire/i],
    [
      "industrial-pollution",
      /\bvoc|industrial|factory|factories|asthma|yokkaichi|emission|pollution control|smokestack/i,
    ],
  ],
  disasters: [
    ["floods", /flood|inundat|torrential|heavy rain/i],
    ["earthquakes-tsunami", /earthquake|tsunami|quake|seismic/i],
    ["drought", /drought|water shortage|dry-season shortage/i],
    ["landslides", /landslide|mudslide|heavy snow|snowfall|avalanche|blizzard/i],
  ],
  "ageing-society": [
    [
      "elderly-care",
      /elderly care|nursing|care workers?|care home|welfare facilit|caregiv|elderly-welfare|elderly welfare/i,
    ],
    [
      "depopulation",
      /population decline|shrinking|depopul|declining population|low birth|birth rate|young people leave|population (is )?(falling|shrinking|decreasing)|65\+|aged 65|population has begun/i,
    ],
  ],
};

/** A broader tag stays beside its specific fields where the fact also speaks of the field as a whole. */
const KEEPS_BROADER: Record<string, RegExp> = {
  "food-processing": /food processing|food-processing|confection|seasoning|processed food|food industry|food products/i,
};

const { data } = loadReferenceData(join(import.meta.dirname, "..", "..", "data"));
const lines: string[] = [];
const propose = (key: string, text: string, issues: readonly string[]) => {
  const next: string[] = [];
  for (const issue of issues) {
    const found = (RULES[issue] ?? []).filter(([, pattern]) => pattern.test(text)).map(([specific]) => specific);
    const keep = !found.length || KEEPS_BROADER[issue]?.test(text);
    next.push(...(keep ? [issue] : []), ...found);
  }
  const unique = [...new Set(next)];
  if (unique.join(",") !== issues.join(",")) lines.push(`${key} =${unique.join(",")}`);
};
for (const locality of data.localities) {
  for (const list of ["industries", "strengths", "challenges", "heritage"] as const)
    for (const [index, item] of locality[list].entries())
      propose(`${locality.id}/${list}/${index}`, item.text.en ?? "", item.issues);
}
for (const item of data.needsOffers) propose(`no:${item.id}`, item.text.en ?? "", item.issues);
console.log(lines.join("\n"));
