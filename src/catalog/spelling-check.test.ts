import { describe, expect, it } from "vitest";
import { fact, locality } from "../../tests/support/catalog-builder.ts";
import { emptyReferenceData } from "./reference-data.ts";
import { checkSpellings } from "./spelling-check.ts";

const described = { heritage: [fact("A festival", ["festivals"])] };
const names = (th: string, en: string, ja: string) => ({ th, en, ja });

const check = (texts: Array<{ th: string; ja: string }>) => {
  const uozu = locality({
    id: "JP-16204",
    tier: "city",
    parent: "JP-16",
    names: names("เมืองอุโอซุ", "Uozu City", "魚津市"),
    ...described,
  });
  const fuji = locality({
    id: "JP-22210",
    tier: "city",
    parent: "JP-22",
    names: names("เมืองฟูจิ", "Fuji City", "富士市"),
    ...described,
  });
  const udon = locality({ id: "TH-41", names: names("อุดรธานี", "Udon Thani", "ウドーンターニー県"), ...described });
  const writer = locality({
    id: "TH-50",
    strengths: texts.map((text) => ({ text: { ...text, en: "text" }, issues: ["culture-arts"], source: "gk:high" })),
  });
  const data = { ...emptyReferenceData(), localities: [uozu, fuji, udon, writer] };
  return checkSpellings(data, new Map()).map((warning) => warning.message);
};

describe("one spelling per name", () => {
  it("warns where Thai text spells a Japanese place otherwise than its record, naming the record's spelling", () => {
    expect(check([{ th: "คู่เมืองพี่เมืองน้องกับอูโอซุ", ja: "魚津" }])).toEqual([
      'spells Uozu City (JP-16204) "อูโอซุ"; its name is written "อุโอซุ"',
    ]);
  });

  it("warns where Japanese text spells a Thai place otherwise, long-vowel marks aside", () => {
    expect(check([{ th: "อุดรธานี", ja: "ウドンタニと交流" }])).toEqual([
      'spells Udon Thani (TH-41) "ウドンタニ"; its name is written "ウドーンターニー"',
    ]);
  });

  it("accepts the record's spelling and does not take a longer word for a short name", () => {
    expect(check([{ th: "อุโอซุและเมืองฟูจิ", ja: "ウドーンターニー" }])).toEqual([]);
    expect(check([{ th: "ศาลเจ้าฟูชิมิอินาริ", ja: "伏見" }])).toEqual([]);
  });
});
