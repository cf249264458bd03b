/** What a score means, the match page's options. */
export const bandMessages = {
  en: {
    "band.strong": "Strong match",
    "band.good": "Good match",
    "band.possible": "Possible match",
    "band.weak": "Weak match",
    "band.rule-title": "What the bands mean",
    "band.rule":
      "A band says where a candidate stands among all {count} candidates of this search: strong is the top 5%, good the top 15%, possible the top 40%, weak the rest. Scores rank the candidates of one search; do not compare them across searches (typing an issue lowers every score).",
    "band.rule-pair":
      "The band says where this partner stands among all {count} candidates the first locality could have on the same terms: strong is the top 5%, good the top 15%, possible the top 40%, weak the rest.",
    "match.hide-related": "Hide existing partners",
    "match.more": "More results",
    "match.showing": "Showing {shown} of {count} candidates",
    "match.weights-changed": "changed",
  },
  th: {
    "band.strong": "เหมาะสมมาก",
    "band.good": "เหมาะสม",
    "band.possible": "พอเป็นไปได้",
    "band.weak": "เหมาะสมน้อย",
    "band.rule-title": "ระดับความเหมาะสมหมายถึงอะไร",
    "band.rule":
      "ระดับบอกตำแหน่งของผู้ที่เข้าข่ายเทียบกับผู้ที่เข้าข่ายทั้งหมด {count} รายในการค้นหาครั้งนี้: เหมาะสมมาก คือ 5% แรก เหมาะสม คือ 15% แรก พอเป็นไปได้ คือ 40% แรก ที่เหลือคือเหมาะสมน้อย คะแนนใช้จัดอันดับภายในการค้นหาครั้งเดียว อย่านำไปเทียบข้ามการค้นหา (การพิมพ์ประเด็นทำให้คะแนนทุกรายลดลง)",
    "band.rule-pair":
      "ระดับบอกตำแหน่งของคู่นี้เทียบกับคู่ที่เป็นไปได้ทั้งหมด {count} รายของท้องถิ่นแรกภายใต้เงื่อนไขเดียวกัน: เหมาะสมมาก คือ 5% แรก เหมาะสม คือ 15% แรก พอเป็นไปได้ คือ 40% แรก ที่เหลือคือเหมาะสมน้อย",
    "match.hide-related": "ซ่อนคู่ที่มีความสัมพันธ์อยู่แล้ว",
    "match.more": "แสดงผลเพิ่ม",
    "match.showing": "แสดง {shown} จากผู้ที่เข้าข่าย {count} ราย",
    "match.weights-changed": "ปรับแล้ว",
  },
  ja: {
    "band.strong": "非常に有望",
    "band.good": "有望",
    "band.possible": "可能性あり",
    "band.weak": "低い",
    "band.rule-title": "評価の意味",
    "band.rule":
      "評価は、この検索の候補{count}件の中での位置を示します。上位5%が「非常に有望」、上位15%が「有望」、上位40%が「可能性あり」、それ以外が「低い」です。スコアは同じ検索の中での順位づけに使うもので、検索どうしで比べないでください（分野を入力するとスコアは全体に下がります）。",
    "band.rule-pair":
      "評価は、同じ条件で一つ目の自治体が組みうる候補{count}件の中でのこの相手の位置を示します。上位5%が「非常に有望」、上位15%が「有望」、上位40%が「可能性あり」、それ以外が「低い」です。",
    "match.hide-related": "既存の交流相手を除く",
    "match.more": "さらに表示",
    "match.showing": "候補{count}件中{shown}件を表示",
    "match.weights-changed": "変更あり",
  },
} as const;
