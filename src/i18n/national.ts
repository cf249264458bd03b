/**
 * Messages of national coverage (issue 12): thin profiles, search, places, official fields.
 * Spread into en.ts, th.ts and ja.ts with one line each.
 */
export const nationalEn = {
  "match.also-consider": "Also consider (little is known)",
  "match.also-consider-invite":
    "Nobody has described these yet: only their name, size and office are on record. If you work for one of them, add its strengths and needs so it can be matched.",
  "field.office": "Government office",
  "field.website": "Official website",
  "field.motto": "Motto",
  "place.district": "District",
  "place.subdistrict": "Subdistrict",
  "place.ward": "Ward",
  "place.in": "in {name}",
} as const;

export const nationalTh: Record<keyof typeof nationalEn, string> = {
  "match.also-consider": "พิจารณาเพิ่มเติม (มีข้อมูลน้อย)",
  "match.also-consider-invite":
    "ยังไม่มีผู้ใดบรรยายข้อมูลของท้องถิ่นเหล่านี้ มีเพียงชื่อ ขนาด และที่ตั้งสำนักงาน หากท่านทำงานให้ท้องถิ่นใด โปรดเพิ่มจุดแข็งและความต้องการ เพื่อให้จับคู่ได้",
  "field.office": "สำนักงานท้องถิ่น",
  "field.website": "เว็บไซต์ทางการ",
  "field.motto": "คำขวัญ",
  "place.district": "อำเภอ",
  "place.subdistrict": "ตำบล",
  "place.ward": "เขต",
  "place.in": "ใน{name}",
};

export const nationalJa: Record<keyof typeof nationalEn, string> = {
  "match.also-consider": "こちらも検討（情報が少ない自治体）",
  "match.also-consider-invite":
    "これらの自治体はまだ誰も紹介していません（名称・人口・庁舎の位置のみ）。関係する方は、強みとニーズを登録するとマッチングの対象になります。",
  "field.office": "庁舎",
  "field.website": "公式サイト",
  "field.motto": "キャッチフレーズ",
  "place.district": "郡（アンプー）",
  "place.subdistrict": "行政区（タムボン）",
  "place.ward": "区",
  "place.in": "{name}内",
};
