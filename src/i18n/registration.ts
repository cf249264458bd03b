/** A Thai local government registering itself (issue 12): the server's messages. */
export const registrationMessages = {
  en: {
    "v.required": "This field is required.",
    "v.province": "Choose a Thai province (TH-NN).",
    "registration.province-unknown": "This province is not in the atlas.",
    "registration.district-unknown":
      "No district of this name in the province: check the spelling or choose one from the list.",
    "registration.subdistrict-unknown":
      "No subdistrict of this name in the district: check the spelling or choose one from the list.",
    "registration.place-ambiguous": "Several places have this name: choose one of {options}.",
    "registration.duplicate": "{name} is already registered in this province ({id}); edit its profile instead.",
    "registration.duplicate-id": "The ids {id} are taken: give the English name that tells this body apart.",
  },
  th: {
    "v.required": "กรุณากรอกช่องนี้",
    "v.province": "เลือกจังหวัดของไทย (TH-NN)",
    "registration.province-unknown": "ไม่มีจังหวัดนี้ในแผนที่",
    "registration.district-unknown": "ไม่พบอำเภอชื่อนี้ในจังหวัด ตรวจสอบการสะกดหรือเลือกจากรายการ",
    "registration.subdistrict-unknown": "ไม่พบตำบลชื่อนี้ในอำเภอ ตรวจสอบการสะกดหรือเลือกจากรายการ",
    "registration.place-ambiguous": "มีหลายแห่งที่ใช้ชื่อนี้ เลือกหนึ่งใน {options}",
    "registration.duplicate": "{name} ลงทะเบียนในจังหวัดนี้แล้ว ({id}) กรุณาแก้ไขข้อมูลของหน่วยงานนั้นแทน",
    "registration.duplicate-id": "รหัส {id} ถูกใช้แล้ว กรุณาระบุชื่อภาษาอังกฤษที่แยกหน่วยงานนี้ออกจากหน่วยงานอื่น",
  },
  ja: {
    "v.required": "この項目は必須です。",
    "v.province": "タイの県（TH-NN）を選んでください。",
    "registration.province-unknown": "この県はアトラスにありません。",
    "registration.district-unknown": "この県にその名前の郡はありません。綴りを確かめるか一覧から選んでください。",
    "registration.subdistrict-unknown":
      "この郡にその名前の行政区（タムボン）はありません。綴りを確かめるか一覧から選んでください。",
    "registration.place-ambiguous": "同じ名前の場所が複数あります。{options} から選んでください。",
    "registration.duplicate": "{name} はこの県ですでに登録されています（{id}）。そのプロフィールを編集してください。",
    "registration.duplicate-id": "ID {id} はすでに使われています。この団体を区別できる英語名を入力してください。",
  },
} as const;
