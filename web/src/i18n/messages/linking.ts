/**
 * Where proposals meet continuity on the web (proposals on the handover page, the annual-report
 * step), in the three languages; spread into web/src/i18n/catalog.ts.
 */
export const linkingWebEn = {
  "lk.handover.proposals": "Proposals in progress",
  "lk.handover.proposals-none": "No proposal in progress.",
  "lk.handover.awaiting": "Waiting for {who}: {act}",
  "lk.handover.days": "{days} days at this step",
  "lk.awaited.moi": "the Ministry of Interior",
  "lk.awaited.thai-party": "the Thai party",
  "lk.awaited.japanese-party": "the Japanese party",
  "lk.awaited.either-party": "either party",
  "lk.proposal.report-through":
    "The yearly report of this relation is {locality}'s annual report for {year}: submitting it to MOI records this step.",
  "lk.proposal.open-report": "Open the annual report",
  "lk.proposal.reported-with": "Reported with the annual report for {year}",
} as const;

type Catalog = Record<keyof typeof linkingWebEn, string>;

export const linkingWebTh: Catalog = {
  "lk.handover.proposals": "ข้อเสนอความร่วมมือที่อยู่ระหว่างดำเนินการ",
  "lk.handover.proposals-none": "ไม่มีข้อเสนอที่อยู่ระหว่างดำเนินการ",
  "lk.handover.awaiting": "รอ{who}: {act}",
  "lk.handover.days": "อยู่ในขั้นตอนนี้ {days} วัน",
  "lk.awaited.moi": "กระทรวงมหาดไทย",
  "lk.awaited.thai-party": "ฝ่ายไทย",
  "lk.awaited.japanese-party": "ฝ่ายญี่ปุ่น",
  "lk.awaited.either-party": "ฝ่ายใดฝ่ายหนึ่ง",
  "lk.proposal.report-through":
    "รายงานประจำปีของความสัมพันธ์นี้คือรายงานประจำปี {year} ของ{locality}: เมื่อส่งถึงกระทรวงมหาดไทย ขั้นตอนนี้จะบันทึกไปพร้อมกัน",
  "lk.proposal.open-report": "เปิดรายงานประจำปี",
  "lk.proposal.reported-with": "รายงานพร้อมรายงานประจำปี {year}",
};

export const linkingWebJa: Catalog = {
  "lk.handover.proposals": "進行中の協力提案",
  "lk.handover.proposals-none": "進行中の提案はありません。",
  "lk.handover.awaiting": "{who}の対応待ち：{act}",
  "lk.handover.days": "この段階で{days}日",
  "lk.awaited.moi": "内務省",
  "lk.awaited.thai-party": "タイ側",
  "lk.awaited.japanese-party": "日本側",
  "lk.awaited.either-party": "いずれかの当事者",
  "lk.proposal.report-through":
    "この関係の年次報告は{locality}の{year}年の年次報告です。内務省に提出すると、この段階も記録されます。",
  "lk.proposal.open-report": "年次報告を開く",
  "lk.proposal.reported-with": "{year}年の年次報告で報告済み",
};
