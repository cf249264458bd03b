/**
 * Where proposals meet continuity (a signed proposal's plan on its relation, proposals on the
 * handover page, the annual-report step). Spread into src/i18n/{en,th,ja}.ts.
 */
export const linkingEn = {
  "linking.plan-objective": "First-year plan of the cooperation proposal",
  "linking.annual-report-comment": "Annual report {year} of {locality} submitted to MOI",
} as const;

type Catalog = Record<keyof typeof linkingEn, string>;

export const linkingTh: Catalog = {
  "linking.plan-objective": "แผนงานปีแรกของข้อเสนอความร่วมมือ",
  "linking.annual-report-comment": "ส่งรายงานประจำปี {year} ของ{locality} ถึงกระทรวงมหาดไทยแล้ว",
};

export const linkingJa: Catalog = {
  "linking.plan-objective": "協力提案の初年度計画",
  "linking.annual-report-comment": "{locality}の{year}年の年次報告を内務省に提出",
};
