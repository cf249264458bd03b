import { describe, expect, it } from "vitest";
import { buildCatalog } from "../src/catalog/catalog.ts";
import { loadReferenceData } from "../src/catalog/load.ts";
import { loadConfig } from "../src/config.ts";
import { nameMatcher } from "../src/matching/criteria/names.ts";

const catalog = buildCatalog(loadReferenceData(loadConfig().dataDir).data);
const names = (id: string) => {
  const locality = catalog.localities.get(id);
  if (!locality) throw new Error(`no ${id}`);
  return nameMatcher(locality, locality.parent ? catalog.localities.get(locality.parent) : undefined);
};

describe("a place named only as the seat of another body names no link with it", () => {
  it.each([
    ["JP-13", { en: "Thammasat cooperates with Tokyo University of Agriculture" }],
    ["JP-13", { ja: "東京農業大学と協力" }],
    ["JP-42", { en: "Nagasaki University's Institute of Tropical Medicine" }],
    ["TH-50", { th: "หน่วยวิจัยของมหาวิทยาลัยเชียงใหม่" }],
    ["TH-50", { th: "มหาวิทยาลัยราชภัฏเชียงใหม่" }],
    ["JP-19", { en: "fuel-cell research at the University of Yamanashi" }],
    ["JP-27", { en: "under the Consulate-General in Osaka's programme" }],
    ["JP-27", { en: "under the Consulate-General Osaka programme" }],
    ["JP-27", { ja: "在大阪タイ王国総領事館の事業" }],
    ["JP-27", { th: "สถานกงสุลใหญ่ ณ นครโอซากา" }],
    ["TH-10", { en: "Its Bangkok office took part in the meeting" }],
    ["TH-10", { en: "the prefecture's office in Bangkok" }],
    ["TH-10", { ja: "鳥取県バンコク事務所が参加" }],
    ["TH-10", { th: "สำนักงานตัวแทนจังหวัดทตโตริประจำกรุงเทพฯ" }],
    ["TH-10", { en: "Its SMEs need overseas markets, hence the Bangkok support desk" }],
    ["TH-10", { ja: "バンコクデスクを設置" }],
    ["TH-30", { ja: "ナコーンラーチャシーマー・ラチャパット大学と共同研究" }],
    ["TH-46", { en: "a sister-museum agreement with the Sirindhorn Museum in Kalasin" }],
    ["TH-46", { th: "กับพิพิธภัณฑ์สิรินธร จังหวัดกาฬสินธุ์" }],
    ["TH-46", { ja: "カーラシン県シリントーン博物館と姉妹館協定" }],
    ["TH-10", { ja: "東京都のバンコク支所" }],
    ["TH-10", { en: "the institute's Bangkok branch" }],
    ["JP-13", { ja: "東京海上グループのマングローブ植林" }],
    ["JP-13", { th: "โครงการของกลุ่มโตเกียวมารีน" }],
    ["JP-34", { en: "Sends staff to intern at the Mayors for Peace headquarters in Hiroshima" }],
    ["JP-34", { th: "ไปฝึกงานที่สำนักงานใหญ่ Mayors for Peace ที่ฮิโรชิมาเพื่อเรียนรู้" }],
    ["JP-34", { ja: "広島の平和首長会議事務局に研修派遣" }],
    // A place in brackets only says where the body before it is.
    ["JP-34", { en: "Member of Mayors for Peace (Hiroshima)" }],
    ["JP-40", { en: "APCS (secretariat Fukuoka) and ANMC21 (Tokyo)" }],
    ["JP-13", { en: "APCS (secretariat Fukuoka) and ANMC21 (Tokyo)" }],
    ["JP-11", { ja: "秩父市（埼玉県）の文化姉妹都市" }],
    ["JP-11", { en: "Chichibu City's (Saitama Prefecture) cultural twin" }],
    ["JP-16", { en: "the sister-city tie of Uozu (Toyama) with a Thai city" }],
    // A city named like its prefecture is not named by the prefecture's name, even as an alias.
    ["JP-11100", { en: "Chichibu City's (Saitama) cultural twin" }],
    ["JP-11100", { en: "Paired with Saitama Prefecture by the BOI" }],
  ])("%s is not named in %j", (id, text) => {
    expect(names(id)(text)).toBe(false);
  });

  it.each([
    ["JP-40", { en: "Fukuoka Prefecture's Bangkok office works with the city" }],
    ["JP-40", { ja: "福岡県バンコク事務所" }],
    ["JP-13", { en: "Tokyo signed an agreement with Bangkok" }],
    ["TH-10", { en: "a waste project in Bangkok with the city" }],
    ["TH-50", { th: "ความร่วมมือกับจังหวัดเชียงใหม่" }],
    ["JP-27", { en: "Osaka Prefecture's environmental know-how" }],
    ["JP-11100", { en: "Saitama City signed an agreement" }],
    ["JP-11", { en: "Paired with Saitama Prefecture by the BOI" }],
    ["JP-34", { en: "Hiroshima (the prefecture) sent experts" }],
    ["TH-46", { en: "Kalasin signed a museum agreement" }],
    ["TH-46", { ja: "カーラシン県と協定" }],
    ["JP-16", { en: "Toyama Prefecture (with Uozu) runs the exchange" }],
  ])("%s is still named in %j", (id, text) => {
    expect(names(id)(text)).toBe(true);
  });
});
