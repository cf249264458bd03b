/**
 * Messages for errors the framework, the protocol or the operator's limits produce (issue 9).
 * Spread into en.ts, th.ts and ja.ts; the catalog test checks that every key exists in all three.
 */
export const operationsEn = {
  "error.bad_url": "The address is not valid: it has a malformed %-escape.",
  "error.nul_character": "Invalid request: {field} contains a NUL character",
  "error.forbidden": "You may not open this.",
  "error.method_not_allowed": "This method is not allowed here.",
  "error.payload_too_large": "The request is too large.",
  "error.unsupported_media_type": "This content type is not accepted.",
  "error.headers_too_large": "The request's address or headers are too long.",
  "error.uri_too_long": "The request's address is too long.",
  "error.request_timeout": "The request took too long to arrive.",
  "error.busy": "The server is busy. Please try again in {seconds} seconds.",
  "error.closing": "The server is restarting. Please try again in a moment.",
  "error.status": "The request could not be handled (HTTP {status}).",
  "v.import-file-name": "Expected a file name ending in .yaml, .yml or .json.",
} as const;

type OperationsKey = keyof typeof operationsEn;

export const operationsTh: Record<OperationsKey, string> = {
  "error.bad_url": "ที่อยู่ไม่ถูกต้อง: มีรหัส % ที่ผิดรูปแบบ",
  "error.nul_character": "คำขอไม่ถูกต้อง: {field} มีอักขระ NUL",
  "error.forbidden": "คุณไม่มีสิทธิ์เปิดรายการนี้",
  "error.method_not_allowed": "ไม่อนุญาตให้ใช้วิธีนี้ที่นี่",
  "error.payload_too_large": "คำขอมีขนาดใหญ่เกินไป",
  "error.unsupported_media_type": "ไม่รับข้อมูลประเภทนี้",
  "error.headers_too_large": "ที่อยู่หรือส่วนหัวของคำขอยาวเกินไป",
  "error.uri_too_long": "ที่อยู่ของคำขอยาวเกินไป",
  "error.request_timeout": "คำขอใช้เวลาส่งนานเกินไป",
  "error.busy": "ระบบกำลังมีงานมาก กรุณาลองใหม่ในอีก {seconds} วินาที",
  "error.closing": "ระบบกำลังเริ่มใหม่ กรุณาลองใหม่อีกครู่หนึ่ง",
  "error.status": "ไม่สามารถดำเนินการตามคำขอได้ (HTTP {status})",
  "v.import-file-name": "ต้องเป็นชื่อไฟล์ที่ลงท้ายด้วย .yaml, .yml หรือ .json",
};

export const operationsJa: Record<OperationsKey, string> = {
  "error.bad_url": "アドレスが正しくありません：% エスケープの形式が不正です。",
  "error.nul_character": "リクエストが正しくありません：{field} に NUL 文字が含まれています",
  "error.forbidden": "このページを開く権限がありません。",
  "error.method_not_allowed": "このメソッドはここでは使えません。",
  "error.payload_too_large": "リクエストが大きすぎます。",
  "error.unsupported_media_type": "この形式のデータは受け付けていません。",
  "error.headers_too_large": "リクエストのアドレスまたはヘッダーが長すぎます。",
  "error.uri_too_long": "リクエストのアドレスが長すぎます。",
  "error.request_timeout": "リクエストの到着に時間がかかりすぎました。",
  "error.busy": "サーバーが混み合っています。{seconds} 秒後にもう一度お試しください。",
  "error.closing": "サーバーを再起動しています。しばらくしてからもう一度お試しください。",
  "error.status": "リクエストを処理できませんでした（HTTP {status}）。",
  "v.import-file-name": ".yaml、.yml、.json のいずれかで終わるファイル名を指定してください。",
};
