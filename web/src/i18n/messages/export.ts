/** Exports of registry and atlas lists. */
export const exportMessages = {
  en: {
    "export.label": "Download this list:",
    "export.failed": "The download failed. Please try again.",
    "export.link": "Link",
    "export.recorded-status": "Recorded status",
    "export.form": "Form",
    "export.until": "Until",
    "export.name-in": "Name ({lang})",
    "export.population-year": "Population year",
  },
  th: {
    "export.label": "ดาวน์โหลดรายการนี้:",
    "export.failed": "ดาวน์โหลดไม่สำเร็จ กรุณาลองอีกครั้ง",
    "export.link": "ลิงก์",
    "export.recorded-status": "สถานะตามที่บันทึก",
    "export.form": "รูปแบบ",
    "export.until": "สิ้นสุด",
    "export.name-in": "ชื่อ ({lang})",
    "export.population-year": "ปีของข้อมูลประชากร",
  },
  ja: {
    "export.label": "この一覧をダウンロード：",
    "export.failed": "ダウンロードできませんでした。もう一度お試しください。",
    "export.link": "リンク",
    "export.recorded-status": "記録上の状況",
    "export.form": "形態",
    "export.until": "終了",
    "export.name-in": "名称（{lang}）",
    "export.population-year": "人口の年",
  },
} as const;
