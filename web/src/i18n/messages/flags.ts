/** Match flags that name a relation or a province: the lead words, the name follows as a link. */
export const flagMessages = {
  en: {
    "flag.already-related.lead": "Already related:",
    "flag.dormant-relation.lead": "Dormant relation:",
    "flag.past-event.lead": "Met at a one-off event:",
    "flag.signs-via-province.lead": "Signs through its province:",
  },
  th: {
    "flag.already-related.lead": "มีความสัมพันธ์อยู่แล้ว:",
    "flag.dormant-relation.lead": "ความสัมพันธ์ขาดการเคลื่อนไหว:",
    "flag.past-event.lead": "เคยพบกันในกิจกรรมครั้งเดียว:",
    "flag.signs-via-province.lead": "ต้องลงนามผ่านจังหวัด:",
  },
  ja: {
    "flag.already-related.lead": "既に関係あり：",
    "flag.dormant-relation.lead": "休眠中の関係：",
    "flag.past-event.lead": "単発の行事で接点あり：",
    "flag.signs-via-province.lead": "県を通じて署名：",
  },
} as const;
