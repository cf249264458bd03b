import { describe, expect, it } from "vitest";
import { hepburn } from "./hepburn.ts";
import { jpNames, kanaStem, type NameTables } from "./jp-names.ts";
import { kanaToThai } from "./kana-thai.ts";
import { ENGLISH, MORPHEMES } from "./name-overrides.ts";
import { THAI_ESTABLISHED } from "./thai-overrides.ts";

const tables: NameTables = { english: ENGLISH, morphemes: MORPHEMES, thai: THAI_ESTABLISHED };

/** [code, kanji, reading, English, Thai]: the rules of hepburn.ts and kana-thai.ts, pinned. */
const NAMES: Array<[string, string, string, string, string]> = [
  // Hepburn without macrons: long vowels written short, ei and ii kept.
  ["09201", "宇都宮市", "うつのみやし", "Utsunomiya City", "เมืองอุตสึโนมิยะ"],
  ["15100", "新潟市", "にいがたし", "Niigata City", "เมืองนีงาตะ"],
  ["40100", "北九州市", "きたきゅうしゅうし", "Kitakyushu City", "เมืองคิตากีวชู"],
  ["44201", "大分市", "おおいたし", "Oita City", "เมืองโออิตะ"],
  ["39201", "高知市", "こうちし", "Kochi City", "เมืองโคจิ"],
  ["07203", "郡山市", "こおりやまし", "Koriyama City", "เมืองโคริยามะ"],
  ["13102", "中央区", "ちゅうおうく", "Chuo City", "เขตชูโอ"],
  ["15222", "上越市", "じょうえつし", "Joetsu City", "เมืองโจเอ็ตสึ"],
  // First syllable ค ท พ ช ก, later ก ต ป จ ง; a, e, o long in open syllables except the last.
  ["46201", "鹿児島市", "かごしまし", "Kagoshima City", "เมืองคาโงชิมะ"],
  ["42201", "長崎市", "ながさきし", "Nagasaki City", "เมืองนางาซากิ"],
  ["09203", "栃木市", "とちぎし", "Tochigi City", "เมืองโทจิงิ"],
  ["22130", "浜松市", "はままつし", "Hamamatsu City", "เมืองฮามามัตสึ"],
  ["34100", "広島市", "ひろしまし", "Hiroshima City", "เมืองฮิโรชิมะ"],
  ["28201", "姫路市", "ひめじし", "Himeji City", "เมืองฮิเมจิ"],
  ["21201", "岐阜市", "ぎふし", "Gifu City", "เมืองกิฟุ"],
  ["11100", "さいたま市", "さいたまし", "Saitama City", "เมืองไซตามะ"],
  ["38201", "松山市", "まつやまし", "Matsuyama City", "เมืองมัตสึยามะ"],
  ["03201", "盛岡市", "もりおかし", "Morioka City", "เมืองโมริโอกะ"],
  // っ closes the syllable before; ん is ม before m b p, ง at the end and before k g, น elsewhere.
  ["24202", "四日市市", "よっかいちし", "Yokkaichi City", "เมืองยกไกจิ"],
  ["31201", "鳥取市", "とっとりし", "Tottori City", "เมืองทตโตริ"],
  ["05215", "仙北市", "せんぼくし", "Senboku City", "เมืองเซ็มโบกุ"],
  ["04100", "仙台市", "せんだいし", "Sendai City", "เมืองเซ็นได"],
  ["13104", "新宿区", "しんじゅくく", "Shinjuku City", "เขตชินจุกุ"],
  ["28100", "神戸市", "こうべし", "Kobe City", "เมืองโกเบ"],
  // Yoon: เ-ีย, -ิว/-ีว, เ-ียว; し ち じ + ゃゅょ merge into the vowel.
  ["28105", "兵庫区", "ひょうごく", "Hyogo Ward", "เขตเฮียวโงะ"],
  ["12202", "銚子市", "ちょうしし", "Choshi City", "เมืองโชชิ"],
  ["14130", "川崎市", "かわさきし", "Kawasaki City", "เมืองคาวาซากิ"],
  // Towns and villages: 町 read まち or ちょう, 村 むら or そん.
  ["39344", "大豊町", "おおとよちょう", "Otoyo Town", "เมืองโอโตโยะ"],
  ["13303", "瑞穂町", "みずほまち", "Mizuho Town", "เมืองมิซุโฮะ"],
  ["47302", "大宜味村", "おおぎみそん", "Ogimi Village", "หมู่บ้านโองิมิ"],
  ["20417", "大鹿村", "おおしかむら", "Oshika Village", "หมู่บ้านโอชิกะ"],
  // Morpheme boundaries: two vowels that are not one long vowel.
  ["28209", "豊岡市", "とよおかし", "Toyooka City", "เมืองโทโยโอกะ"],
  ["20303", "小海町", "こうみまち", "Koumi Town", "เมืองโคอุมิ"],
  ["12218", "勝浦市", "かつうらし", "Katsuura City", "เมืองคัตสึอุระ"],
  ["01642", "広尾町", "ひろおちょう", "Hiroo Town", "เมืองฮิโรโอะ"],
  // Established spellings the municipality or Thai usage keeps.
  ["27220", "箕面市", "みのおし", "Minoh City", "เมืองมิโนโอะ"],
  ["44212", "豊後大野市", "ぶんごおおのし", "Bungo-ono City", "เมืองบุงโงโอโนะ"],
  ["26100", "京都市", "きょうとし", "Kyoto City", "เมืองเกียวโต"],
  ["27100", "大阪市", "おおさかし", "Osaka City", "เมืองโอซากา"],
  ["09206", "日光市", "にっこうし", "Nikko City", "เมืองนิกโก"],
];

describe("names of Japanese local governments in three languages", () => {
  it.each(NAMES)("%s %s (%s) is %s, %s", (code, kanji, kana, en, th) => {
    const kind = kanji.endsWith("区") && !code.startsWith("131") ? "ward" : undefined;
    const names = jpNames(
      code,
      kanji,
      kana,
      kind ?? ({ 市: "city", 町: "town", 村: "village", 区: "special-ward" } as const)[kanji.slice(-1) as "市"],
      tables,
    );
    expect({ en: names.en, th: names.th, ja: names.ja }).toEqual({ en, th, ja: kanji });
  });

  it("strips the kana of 市 町 村 区 and refuses a reading that does not end so", () => {
    expect(kanaStem("さっぽろし", "city")).toBe("さっぽろ");
    expect(kanaStem("みずほまち", "town")).toBe("みずほ");
    expect(kanaStem("おおぎみそん", "village")).toBe("おおぎみ");
    expect(() => kanaStem("さっぽろ", "town")).toThrow(/does not end/);
  });

  it("reads katakana and the long-vowel mark like hiragana", () => {
    expect(kanaToThai("ランパーン")).toBe(kanaToThai("らんぱあん"));
    expect(hepburn("トーキョー")).toBe("Tokyo");
  });
});
