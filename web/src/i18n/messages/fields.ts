/** Field names pages show (a disputed field, a column): every field in the reader's language. */
export const fieldMessages = {
  en: {
    "field.title": "Title",
    "field.end": "Until",
    "field.channel": "Channel",
    "field.initiator": "Initiator",
    "field.activities": "Activities",
    "field.outcomes": "Outcomes",
    "field.based_in": "Seat",
  },
  th: {
    "field.title": "ชื่อเรื่อง",
    "field.end": "สิ้นสุด",
    "field.channel": "ช่องทาง",
    "field.initiator": "ผู้ริเริ่ม",
    "field.activities": "กิจกรรม",
    "field.outcomes": "ผลลัพธ์",
    "field.based_in": "ที่ตั้งสำนักงาน",
  },
  ja: {
    "field.title": "名称",
    "field.end": "終了",
    "field.channel": "経路",
    "field.initiator": "発案者",
    "field.activities": "活動",
    "field.outcomes": "成果",
    "field.based_in": "所在地",
  },
} as const;
