/** Registry filters: years in either era, a party chosen by name. */
export const filterMessages = {
  en: {
    "filter.year-hint": "A year such as 2016; a Buddhist Era year such as 2559 works too.",
    "filter.year-invalid": "Type a four-digit year between 1800 and 2100 (or 2343–2643 BE).",
    "filter.party": "Party",
    "filter.party-search": "Search a locality or organisation by name",
    "filter.party-clear": "Clear the party",
  },
  th: {
    "filter.year-hint": "พิมพ์ปี พ.ศ. เช่น 2559 หรือ ค.ศ. เช่น 2016 ก็ได้",
    "filter.year-invalid": "กรุณาพิมพ์ปีสี่หลัก ระหว่าง พ.ศ. 2343–2643 (ค.ศ. 1800–2100)",
    "filter.party": "คู่ภาคี",
    "filter.party-search": "ค้นหาท้องถิ่นหรือหน่วยงานตามชื่อ",
    "filter.party-clear": "ล้างคู่ภาคี",
  },
  ja: {
    "filter.year-hint": "2016 のような西暦年（タイ仏暦 2559 も可）",
    "filter.year-invalid": "1800〜2100 年の4桁の年を入力してください（仏暦なら 2343〜2643）。",
    "filter.party": "当事者",
    "filter.party-search": "自治体・機関を名前で検索",
    "filter.party-clear": "当事者の指定を解除",
  },
} as const;
