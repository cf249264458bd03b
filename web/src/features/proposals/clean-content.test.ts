import { describe, expect, it } from "vitest";
import { ProposalContentSchema } from "../../../../src/domain/proposals/proposal.ts";
import { cleanContent } from "./clean-content.ts";
import type { Content } from "./types.ts";

const form = (): Content => ({
  thaiParty: "TH-50",
  japaneseParty: "JP-16",
  initiatingSide: "TH",
  instrument: "mou",
  title: { th: "  ", en: "Tourism MoU " },
  issues: ["tourism"],
  background: [{ text: { th: "" }, sources: [] }],
  objectives: [{ th: "เพิ่มนักท่องเที่ยว" }, { en: " " }],
  gains: { thai: [{ text: { en: "Visitors" }, sources: ["report:10628"] }], japanese: [{ text: {}, sources: [] }] },
  activities: [
    { what: { th: "งานแสดงสินค้า" }, when: "2027-09", target: { th: "200 ราย" } },
    { what: {}, when: "", target: {} },
  ],
  budget: { line: " ", amount: Number.NaN },
  officers: {
    thai: { officer: { name: "สมศรี", title: "", email: "", languages: ["th"] }, deputy: { name: " ", languages: [] } },
    japanese: {},
  },
  stakeholders: [
    { kind: "university", name: "CMU", consultedOn: "" },
    { kind: "company", name: "" },
  ],
  partnerInterest: { text: { en: "" }, on: "2026-11" },
  continuity: { th: "คณะทำงานร่วม" },
  framework: undefined,
});

describe("the proposal form's content, cleaned for the API", () => {
  it("drops blank rows and empty optional fields, and the API's schema accepts what is left", () => {
    const cleaned = cleanContent(form());
    expect(cleaned).toMatchObject({
      title: { en: "Tourism MoU" },
      background: [],
      objectives: [{ th: "เพิ่มนักท่องเที่ยว" }],
      gains: { thai: [{ text: { en: "Visitors" } }], japanese: [] },
      officers: { thai: { officer: { name: "สมศรี", languages: ["th"] } }, japanese: {} },
      stakeholders: [{ kind: "university", name: "CMU" }],
      continuity: { th: "คณะทำงานร่วม" },
    });
    expect(cleaned.activities).toHaveLength(1);
    expect("budget" in cleaned || "partnerInterest" in cleaned || "framework" in cleaned).toBe(false);
    expect(ProposalContentSchema.safeParse(cleaned).success).toBe(true);
  });
});
