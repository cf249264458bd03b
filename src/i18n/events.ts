/** One-off events, told apart from ongoing relations. */
export const eventMessages = {
  en: {
    "relation.status.held": "Held (one-off)",
    "relation.form.ongoing": "Ongoing relation",
    "relation.form.one-off": "One-off event",
    "flag.past-event": "met at a one-off event ({relation})",
  },
  th: {
    "relation.status.held": "จัดขึ้นแล้ว (ครั้งเดียว)",
    "relation.form.ongoing": "ความสัมพันธ์ต่อเนื่อง",
    "relation.form.one-off": "กิจกรรมครั้งเดียว",
    "flag.past-event": "เคยพบกันในกิจกรรมครั้งเดียว ({relation})",
  },
  ja: {
    "relation.status.held": "実施済み（単発）",
    "relation.form.ongoing": "継続的な関係",
    "relation.form.one-off": "単発の行事",
    "flag.past-event": "単発の行事で接点あり（{relation}）",
  },
} as const;
