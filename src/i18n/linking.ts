/**
 * Where proposals meet continuity (a signed proposal's plan on its relation, proposals on the
 * handover page, the annual-report step). Spread into src/i18n/{en,th,ja}.ts.
 */
export const linkingEn = {
  "linking.plan-objective": "First-year plan of the cooperation proposal",
  "error.proposal.report-through-annual-report":
    "A proposal in force reports through the Thai party's annual report: submit the annual report for {year} (BE {beYear}) to MOI, and this step is recorded with it.",
} as const;

type Catalog = Record<keyof typeof linkingEn, string>;

export const linkingTh: Catalog = {
  "linking.plan-objective": "แผนงานปีแรกของข้อเสนอความร่วมมือ",
  "error.proposal.report-through-annual-report":
    "ข้อเสนอที่มีผลบังคับใช้แล้วรายงานผ่านรายงานประจำปีของฝ่ายไทย: ส่งรายงานประจำปี พ.ศ. {beYear} (ค.ศ. {year}) ถึงกระทรวงมหาดไทย แล้วขั้นตอนนี้จะบันทึกไปพร้อมกัน",
};

export const linkingJa: Catalog = {
  "linking.plan-objective": "協力提案の初年度計画",
  "error.proposal.report-through-annual-report":
    "発効中の提案は、タイ側の年次報告で報告します。{year}年（タイ仏暦{beYear}年）の年次報告を内務省に提出すると、この段階も併せて記録されます。",
};
