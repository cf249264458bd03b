/** Geography kinds added with the exact kinds of issue 13 (a reservoir is not a lake). */
export const geographyKindMessages = {
  en: { "geography.reservoir": "Reservoir" },
  th: { "geography.reservoir": "อ่างเก็บน้ำ" },
  ja: { "geography.reservoir": "貯水池・ダム湖" },
} as const;
