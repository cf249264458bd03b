/** Suggested and recorded statuses, one-off events. */
export const statusMessages = {
  en: {
    "status.recorded": "recorded as {status}",
    "status.suggested-by": "suggested by its last dated activity ({date}); {recorded}",
    "status.chart-recorded": "Recorded: {list}",
    "status.chart-note":
      "By the status each relation's last dated activity suggests today; hover a bar for the statuses the records give.",
    "home.counts.ongoing": "Ongoing relations",
    "home.counts.events": "One-off events",
  },
  th: {
    "status.recorded": "บันทึกไว้ว่า {status}",
    "status.suggested-by": "ประเมินจากกิจกรรมล่าสุดที่มีวันที่ ({date}); {recorded}",
    "status.chart-recorded": "สถานะที่บันทึกไว้: {list}",
    "status.chart-note": "แสดงตามสถานะที่ประเมินจากกิจกรรมล่าสุดที่มีวันที่ของแต่ละความสัมพันธ์ ณ วันนี้ วางเมาส์บนแท่งเพื่อดูสถานะตามที่บันทึกไว้",
    "home.counts.ongoing": "ความสัมพันธ์ต่อเนื่อง",
    "home.counts.events": "กิจกรรมครั้งเดียว",
  },
  ja: {
    "status.recorded": "記録上は{status}",
    "status.suggested-by": "最後の日付のある活動（{date}）からの推定。{recorded}",
    "status.chart-recorded": "記録上の状況：{list}",
    "status.chart-note":
      "各関係の最後の日付のある活動から今日時点で推定した状況で数えています。棒にカーソルを合わせると記録上の状況を表示します。",
    "home.counts.ongoing": "継続的な関係",
    "home.counts.events": "単発の行事",
  },
} as const;
