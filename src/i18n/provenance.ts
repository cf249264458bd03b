/** Where facts come from: the research report's lines. */
export const provenanceMessages = {
  en: { "kind.report": "report lines" },
  th: { "kind.report": "บรรทัดของรายงาน" },
  ja: { "kind.report": "報告書の行" },
} as const;
