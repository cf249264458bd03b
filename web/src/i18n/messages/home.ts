/** Home: a search box and how current the data is. */
export const homeMessages = {
  en: {
    "home.search.label": "Search a province, prefecture or city",
    "home.search.submit": "Search",
    "home.asof.short": "Data as of {date}",
    "home.asof.statuses": "Statuses as of {today}",
    "home.asof":
      "Data as of {date}: relations as the research report records them (its information ends in 2018); statuses as their last dated activity suggests on {today}.",
  },
  th: {
    "home.search.label": "ค้นหาจังหวัดหรือเมือง",
    "home.search.submit": "ค้นหา",
    "home.asof.short": "ข้อมูล ณ {date}",
    "home.asof.statuses": "สถานะ ณ {today}",
    "home.asof":
      "ข้อมูล ณ {date}: ความสัมพันธ์ตามที่รายงานวิจัยบันทึกไว้ (ข้อมูลสิ้นสุดใน พ.ศ. 2561) สถานะประเมินจากกิจกรรมล่าสุดที่มีวันที่ ณ {today}",
  },
  ja: {
    "home.search.label": "県・都市を検索",
    "home.search.submit": "検索",
    "home.asof.short": "{date}時点のデータ",
    "home.asof.statuses": "{today}時点の状況",
    "home.asof":
      "{date}時点のデータ：関係は研究報告書の記録による（情報は2018年まで）。状況は最後の日付のある活動から{today}時点で推定。",
  },
} as const;
