/** The network graph's focus. */
export const graphMessages = {
  en: {
    "graph.focus": "Show the network of",
    "graph.all": "All listed relations ({count})",
    "graph.shown":
      "{shown} of {total} relations shown. Drag to move, scroll or pinch to zoom; hover a node for its name.",
  },
  th: {
    "graph.focus": "แสดงเครือข่ายของ",
    "graph.all": "ความสัมพันธ์ทั้งหมดในรายการ ({count})",
    "graph.shown": "แสดง {shown} จาก {total} ความสัมพันธ์ ลากเพื่อเลื่อน เลื่อนหรือถ่างนิ้วเพื่อย่อขยาย ชี้ที่จุดเพื่อดูชื่อ",
  },
  ja: {
    "graph.focus": "表示するネットワーク",
    "graph.all": "一覧のすべての関係（{count}件）",
    "graph.shown":
      "{total}件中{shown}件を表示。ドラッグで移動、スクロールやピンチで拡大縮小、点にカーソルを合わせると名前を表示します。",
  },
} as const;
