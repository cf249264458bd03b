/** A record that does not exist: said once, with a way to search instead of a retry. */
export const notFoundMessages = {
  en: {
    "notfound.final": "There is no such record. It may have been mistyped or renamed; search for it instead.",
    "notfound.search-label": "Search localities by name",
    "notfound.search": "Search",
    "notfound.registry": "Browse the registry of relations",
    "notfound.issues": "Browse the issues",
    "error.request": "The request could not be understood. Please check what you typed.",
  },
  th: {
    "notfound.final": "ไม่มีข้อมูลรายการนี้ อาจพิมพ์ผิดหรือเปลี่ยนชื่อแล้ว ลองค้นหาแทน",
    "notfound.search-label": "ค้นหาท้องถิ่นตามชื่อ",
    "notfound.search": "ค้นหา",
    "notfound.registry": "ดูทะเบียนความสัมพันธ์",
    "notfound.issues": "ดูประเด็นความร่วมมือ",
    "error.request": "ระบบไม่เข้าใจคำขอนี้ กรุณาตรวจสอบสิ่งที่พิมพ์",
  },
  ja: {
    "notfound.final": "該当する記録はありません。入力の誤りか名称の変更かもしれません。検索してください。",
    "notfound.search-label": "自治体を名前で検索",
    "notfound.search": "検索",
    "notfound.registry": "交流登録簿を見る",
    "notfound.issues": "協力分野を見る",
    "error.request": "リクエストを理解できませんでした。入力内容をご確認ください。",
  },
} as const;
