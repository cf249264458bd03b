/**
 * Where the report says what the About page tells about it: line ranges of report-th.txt, read
 * there (the title page, the abstracts, the work plan, the interview list, the latest source).
 */
export const REPORT_TITLE = {
  th: "ความสัมพันธ์ไทย-ญี่ปุ่นในระดับท้องถิ่น : สถานะและความเป็นไปได้ในอนาคต",
  en: "Thailand-Japan Relations at the Local Level: Status and Future Possibility",
} as const;

export const REPORT_LINES = {
  titleTh: [176, 178],
  titleEn: [213, 216],
  funder: [10707, 10707],
  interviews: [10785, 10800],
  latestSource: [1908, 1913],
} as const satisfies Record<string, readonly [number, number]>;
