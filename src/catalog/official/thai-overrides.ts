/**
 * Established Thai spellings of Japanese place names that the transcription rules would not give,
 * by kana reading (without 市/町/村). The hand-curated records' spellings are used first (the
 * import reads them); this table adds well-known places that have no curated record yet.
 */
export const THAI_ESTABLISHED: ReadonlyMap<string, string> = new Map([
  ["とうきょう", "โตเกียว"],
  ["きょうと", "เกียวโต"],
  ["おおさか", "โอซากา"],
  ["こうべ", "โกเบ"],
  ["さっぽろ", "ซัปโปโร"],
  ["にっこう", "นิกโก"],
]);
