/** Match requests the matcher cannot answer as asked, in the reader's words (no raw detail). */
export const matchErrorMessages = {
  en: {
    "error.same_country": "{a} and {b} are in the same country; a pair joins a Thai and a Japanese locality.",
    "error.empty_issue": "The issue is empty: type an issue or leave the box empty.",
  },
  th: {
    "error.same_country": "{a} และ {b} อยู่ในประเทศเดียวกัน คู่ความร่วมมือต้องเป็นท้องถิ่นไทยกับท้องถิ่นญี่ปุ่น",
    "error.empty_issue": "ยังไม่ได้ระบุประเด็น กรุณาพิมพ์ประเด็นหรือเว้นช่องว่างไว้",
  },
  ja: {
    "error.same_country": "{a}と{b}は同じ国にあります。組み合わせはタイの自治体と日本の自治体です。",
    "error.empty_issue": "協力分野が空です。分野を入力するか、欄を空のままにしてください。",
  },
} as const;
