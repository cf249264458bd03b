/** The admin import page (issue 9): spread into messages/{en,th,ja}.ts. */
export const adminImportEn = {
  "admin-import.title": "Import records",
  "admin-import.intro":
    "Import user records from a YAML or JSON file with lists of localities, organisations, relations and needsOffers. The whole file is checked against the database first: one problem and nothing is written. Every import is recorded in the audit trail.",
  "admin-import.sign-in": "Sign in as an administrator to import records.",
  "admin-import.file": "File (.yaml, .yml or .json)",
  "admin-import.submit": "Import",
  "admin-import.working": "Importing…",
  "admin-import.done":
    "Imported {localities} localities, {organisations} organisations, {relations} relations and {needsOffers} needs and offers.",
  "admin-import.problems": "Nothing was written. Problems in the file:",
} as const;

export const adminImportTh: Record<keyof typeof adminImportEn, string> = {
  "admin-import.title": "นำเข้าข้อมูล",
  "admin-import.intro":
    "นำเข้าข้อมูลจากไฟล์ YAML หรือ JSON ที่มีรายการ localities, organisations, relations และ needsOffers ระบบจะตรวจทั้งไฟล์กับฐานข้อมูลก่อน หากพบปัญหาแม้แต่ข้อเดียวจะไม่บันทึกสิ่งใด การนำเข้าทุกครั้งจะถูกบันทึกในประวัติการแก้ไข",
  "admin-import.sign-in": "กรุณาเข้าสู่ระบบในฐานะผู้ดูแลระบบเพื่อนำเข้าข้อมูล",
  "admin-import.file": "ไฟล์ (.yaml, .yml หรือ .json)",
  "admin-import.submit": "นำเข้า",
  "admin-import.working": "กำลังนำเข้า…",
  "admin-import.done":
    "นำเข้าท้องถิ่น {localities} แห่ง องค์กร {organisations} แห่ง ความสัมพันธ์ {relations} รายการ และความต้องการ/ข้อเสนอ {needsOffers} รายการ",
  "admin-import.problems": "ไม่มีการบันทึกข้อมูลใด ๆ ปัญหาในไฟล์:",
};

export const adminImportJa: Record<keyof typeof adminImportEn, string> = {
  "admin-import.title": "データの取り込み",
  "admin-import.intro":
    "localities・organisations・relations・needsOffers の一覧を含む YAML または JSON ファイルから記録を取り込みます。ファイル全体を先にデータベースと照合し、問題が一つでもあれば何も書き込みません。取り込みはすべて監査記録に残ります。",
  "admin-import.sign-in": "記録を取り込むには管理者としてサインインしてください。",
  "admin-import.file": "ファイル（.yaml、.yml、.json）",
  "admin-import.submit": "取り込む",
  "admin-import.working": "取り込み中…",
  "admin-import.done":
    "自治体 {localities} 件、団体 {organisations} 件、交流 {relations} 件、ニーズ・提供 {needsOffers} 件を取り込みました。",
  "admin-import.problems": "何も書き込まれていません。ファイルの問題：",
};
