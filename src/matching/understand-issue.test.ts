import { describe, expect, it } from "vitest";
import { catalogOf } from "../../tests/support/catalog-builder.ts";
import { normalise, understandIssue } from "./understand-issue.ts";

const catalog = catalogOf([]);
const understood = (text: string) => understandIssue(catalog, text).issues;

describe("issue understanding", () => {
  it("reads English, including phrases and plurals", () => {
    expect(understood("rocket festival")).toEqual(["rocket-fireworks"]);
    expect(understood("Elderly care for ageing towns")).toEqual(["elderly-care"]);
    expect(understood("floods")).toEqual(["floods"]);
    expect(understood("disaster prevention")).toEqual(["disasters"]);
  });

  it("reads Thai written without spaces", () => {
    expect(understood("การจัดการขยะ")).toEqual(["waste"]);
    expect(understood("ส่งเสริมการท่องเที่ยวและเมืองอัจฉริยะ")).toEqual(["tourism", "smart-city"]);
    expect(understood("ยางพารา")).toEqual(["rubber"]);
  });

  it("reads Japanese written without spaces", () => {
    expect(understood("高齢化")).toEqual(["ageing-society"]);
    expect(understood("観光とスマートシティ")).toEqual(["tourism", "smart-city"]);
  });

  it("folds spelling variants: Thai tone marks, kana, typos", () => {
    expect(understood("สมาร์ทซิตี้")).toEqual(understood("สมาร์ทซิตี"));
    expect(understood("ごみ処理")).toEqual(["waste"]);
    expect(understood("recyling")).toEqual(["recycling"]);
    expect(normalise("Start-Up　ＳＭＥs")).toBe("start up smes");
  });

  it("does not find a short word inside a longer one", () => {
    expect(understood("ยางพารา")).not.toContain("medical-biotech");
    expect(understood("wastewater")).toEqual(["wastewater"]);
    expect(understood("community")).not.toContain("digital-tech");
  });

  it("forgives a typo only in a long word, and not across a term it belongs to", () => {
    // "port" is one letter from "sport", but a short word is not read as a misspelling.
    expect(understood("fishing port")).toEqual(["capture-fisheries"]);
    expect(understood("ports")).not.toContain("sport");
    expect(understood("sprots")).toContain("sport");
  });

  it("understands the most specific field named, in any language", () => {
    expect(understood("ผ้าไหม")).toEqual(["silk-textiles"]);
    expect(understood("silk weaving")).toEqual(["silk-textiles"]);
    expect(understood("絹織物")).toEqual(["silk-textiles"]);
    expect(understood("crafts: ceramics")).toEqual(["ceramics"]);
    expect(understood("เครื่องปั้นดินเผา")).toEqual(["ceramics"]);
    expect(understood("仏教")).toEqual(["buddhism"]);
  });

  it("tells flowers from vegetables in all three languages", () => {
    expect(understood("orchids")).toEqual(["flowers"]);
    expect(understood("กล้วยไม้")).toEqual(["flowers"]);
    expect(understood("盆栽")).toEqual(["flowers"]);
    expect(understood("vegetables")).toEqual(["vegetables"]);
    expect(understood("ผักเมืองหนาว")).toEqual(["vegetables"]);
    expect(understood("高原野菜")).toEqual(["vegetables"]);
  });

  it("reads forest fires as the wildfires leaf, not bare disaster risk, in all three languages", () => {
    expect(understood("wildfire")).toEqual(["wildfires"]);
    expect(understood("山火事")).toEqual(["wildfires"]);
    expect(understood("林野火災")).toEqual(["wildfires"]);
    // Haze keeps forest fires among its words (the North's smoke comes from them), so both are read.
    expect(understood("ไฟป่า")).toEqual(["haze", "wildfires"]);
    expect(understood("forest fires")).toEqual(["haze", "wildfires"]);
    expect(understood("หมอกควัน")).toEqual(["haze"]);
  });

  it("tells apart the labour problems, and reads a broad word for labour as the whole field", () => {
    expect(understood("labour shortage")).toEqual(["labour-shortage"]);
    expect(understood("人手不足")).toEqual(["labour-shortage"]);
    expect(understood("ขาดแคลนแรงงาน")).toEqual(["labour-shortage"]);
    expect(understood("แรงงานย้ายถิ่นออก")).toEqual(["labour-outflow"]);
    expect(understood("出稼ぎ")).toEqual(["labour-outflow"]);
    expect(understood("技能実習")).toEqual(["migrant-workers"]);
    expect(understood("แรงงานข้ามชาติ")).toEqual(["migrant-workers"]);
    expect(understood("แรงงาน")).toEqual(["labour-mobility"]);
    expect([...understandIssue(catalog, "labour").focus.exact]).toEqual(
      expect.arrayContaining(["labour-shortage", "labour-outflow", "migrant-workers"]),
    );
  });

  it("reads overtourism as tourism's own problem, not as tourism", () => {
    expect(understood("overtourism")).toEqual(["tourism-management"]);
    expect(understood("オーバーツーリズム")).toEqual(["tourism-management"]);
    expect(understood("การท่องเที่ยวล้นเกิน")).toEqual(["tourism-management"]);
    expect(understood("tourism")).toEqual(["tourism"]);
  });

  it("sends a water query to the water problem it names, and a broad one to water resources as a whole", () => {
    expect(understood("water resources")).toEqual(["water-resources"]);
    expect(understood("水資源")).toEqual(["water-resources"]);
    expect(understood("ทรัพยากรน้ำ")).toEqual(["water-resources"]);
    expect(understood("地下水")).toEqual(["groundwater"]);
    expect(understood("น้ำบาดาล")).toEqual(["groundwater"]);
    expect(understood("land subsidence")).toEqual(["groundwater"]);
    expect(understood("地盤沈下")).toEqual(["groundwater"]);
    expect(understood("ชลประทาน")).toEqual(["irrigation"]);
    expect(understood("ため池")).toEqual(["irrigation"]);
    expect(understood("reservoir")).toEqual(["irrigation"]);
    expect(understood("water shortage")).toEqual(["drought"]);
    expect(understood("tap water")).toEqual(["water-supply"]);
    expect([...understandIssue(catalog, "水資源").focus.exact]).toEqual(
      expect.arrayContaining(["groundwater", "irrigation", "water-supply", "lakes-rivers"]),
    );
  });

  it("keeps a query's focus on what it names, with the broader issue only as a fallback", () => {
    const silk = understandIssue(catalog, "silk");
    expect([...silk.focus.exact]).toEqual(["silk-textiles"]);
    expect([...silk.focus.fallback]).toEqual(["handicrafts"]);
  });

  it("expands a root to everything below it, and prefers anything narrower when both match", () => {
    const environment = understandIssue(catalog, "environment");
    expect(environment.issues).toEqual(["environment"]);
    expect([...environment.focus.exact]).toEqual(
      expect.arrayContaining(["waste", "recycling", "wastewater", "air-quality", "low-carbon-city"]),
    );
    expect(understood("environment: waste")).toEqual(["waste"]);
  });

  it("does not let a broad word in passing pull in a whole root", () => {
    expect(understood("city waste")).toEqual(["waste"]);
    expect(understood("งานหัตถกรรมในเมือง")).toEqual(["handicrafts"]);
    expect(understood("city")).toEqual(["urban"]);
  });

  it("says plainly when it understands nothing", () => {
    expect(understandIssue(catalog, "zzzz qqq").issues).toEqual([]);
    expect(understood("   ")).toEqual([]);
  });
});
