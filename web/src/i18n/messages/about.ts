/** The About page and the report reader: what Jubkoo is, where its data comes from, as of when. */
export const aboutMessages = {
  en: {
    "nav.about": "About Jubkoo and its sources",
    "about.title": "About Jubkoo",
    "about.what.title": "What Jubkoo is",
    "about.what":
      "Jubkoo (จับคู่, “to pair”) is an information centre for cooperation between Thai and Japanese localities: an atlas of provinces, prefectures and cities, a registry of who already works with whom, what each side needs and can offer, and a matcher that suggests pairs and says why. It is the kind of centre the research report below recommends.",
    "about.who.title": "Who it serves",
    "about.who":
      "International-relations officers of Thai provinces and municipalities looking for partners; the Ministry of Interior, which approves Thai agreements and can act as matchmaker; Japanese prefectures' offices in Bangkok and CLAIR; and researchers, journalists and citizens.",
    "about.sources.title": "Where each kind of data comes from",
    "about.sources.report":
      "Most facts about relations, needs and offers come from the research report, cited by its line numbers. Every such citation can be opened to read the lines themselves when the report's text is on the server.",
    "about.sources.datasets":
      "Figures such as populations and areas come from named public datasets (listed below), each with the confidence of the transcription.",
    "about.sources.gk":
      "Some facts are general knowledge, marked so with a confidence (high, medium, low); they are the easiest to check and the first to correct.",
    "about.sources.conflicts": "Where sources disagree, every reading is kept with its source and the page says so.",
    "about.datasets.title": "Named datasets",
    "about.report.title": "The research report",
    "about.report.name-th": "Title (Thai, as printed)",
    "about.report.name-en": "Title (English, as printed)",
    "about.report.authors": "Authors",
    "about.report.authors-value": "Not named in the text of the report that Jubkoo holds.",
    "about.report.publisher": "Publisher",
    "about.report.publisher-value":
      "A research project that reports to the Thailand Research Fund (สกว.); the text names no publisher.",
    "about.report.year": "Year",
    "about.report.year-value":
      "Not stated. Its interviews run from 2015 to November 2018 and its latest cited source is dated August 2019.",
    "about.report.lines": "Where the text says so",
    "about.report.read": "Read these lines",
    "about.asof.title": "As of when",
    "about.asof":
      "The report's information ends in 2018. Relations, needs and offers are as the report describes them then; later events are marked as general knowledge. A relation's status is shown as its last dated activity suggests today, with the recorded status beside it.",
    "about.matching.title": "How matching works",
    "about.matching":
      "Each Thai–Japanese pair is scored on ten criteria, each from 0 to 1, and the score is their weighted mean. The default weights follow the report's criteria (chapter 10.4.1): issue fit first, then size and tier, geography and the wider context. A typed issue doubles the weight of issue fit. You can change every weight on the match page.",
    "about.matching.weight": "default weight {weight}",
    "about.limits.title": "Limits",
    "about.limits":
      "A score is comparable only within one query: it ranks candidates, it does not measure a partnership. Profiles are uneven: thin profiles are flagged. The matcher knows only what the data holds; the report's own recommended pairs were held back to evaluate it. Nothing here replaces contact with the partner or the Ministry of Interior's approval process.",
    "report.title": "The research report, lines {from}–{to}",
    "report.cited": "Cited lines",
    "report.context": "Lines around them",
    "report.unavailable":
      "The report's text is not on this server, so the lines cannot be shown. The citation names the lines to look up.",
    "report.lang-note":
      "The report is in Thai; its text is shown as printed (some characters of the PDF extraction are split).",
    "source.read-lines": "Read lines {from}–{to}",
  },
  th: {
    "nav.about": "เกี่ยวกับจับคู่และแหล่งข้อมูล",
    "about.title": "เกี่ยวกับจับคู่",
    "about.what.title": "จับคู่คืออะไร",
    "about.what":
      "จับคู่ เป็นศูนย์ข้อมูลความร่วมมือระหว่างท้องถิ่นไทยกับท้องถิ่นญี่ปุ่น ประกอบด้วยข้อมูลจังหวัดและเมือง ทะเบียนว่าใครร่วมมือกับใครอยู่แล้ว ความต้องการและสิ่งที่แต่ละฝ่ายเสนอได้ และระบบจับคู่ที่เสนอคู่ความร่วมมือพร้อมเหตุผล ตามที่รายงานวิจัยด้านล่างเสนอให้มีศูนย์ลักษณะนี้",
    "about.who.title": "ใช้สำหรับใคร",
    "about.who":
      "เจ้าหน้าที่ฝ่ายต่างประเทศของจังหวัดและเทศบาลที่กำลังหาคู่ความร่วมมือ กระทรวงมหาดไทยซึ่งอนุมัติความตกลงของฝ่ายไทยและทำหน้าที่ประสานจับคู่ได้ สำนักงานของจังหวัดญี่ปุ่นในกรุงเทพฯ และ CLAIR ตลอดจนนักวิจัย สื่อมวลชน และประชาชน",
    "about.sources.title": "ข้อมูลแต่ละประเภทมาจากไหน",
    "about.sources.report":
      "ข้อมูลส่วนใหญ่เกี่ยวกับความสัมพันธ์ ความต้องการ และสิ่งที่เสนอได้ มาจากรายงานวิจัย โดยอ้างเลขบรรทัด เมื่อเซิร์ฟเวอร์มีต้นฉบับรายงาน ผู้อ่านเปิดอ่านบรรทัดที่อ้างได้ทันที",
    "about.sources.datasets":
      "ตัวเลข เช่น จำนวนประชากรและพื้นที่ มาจากชุดข้อมูลสาธารณะที่ระบุชื่อ (ดูรายการด้านล่าง) พร้อมระดับความเชื่อมั่นของการถอดข้อมูล",
    "about.sources.gk":
      "ข้อมูลบางส่วนเป็นความรู้ทั่วไป ซึ่งระบุไว้พร้อมระดับความเชื่อมั่น (สูง ปานกลาง ต่ำ) เป็นข้อมูลที่ตรวจสอบง่ายที่สุดและควรแก้ไขก่อน",
    "about.sources.conflicts": "เมื่อแหล่งข้อมูลไม่ตรงกัน จะเก็บทุกฉบับพร้อมแหล่งที่มา และแสดงให้เห็นบนหน้านั้น",
    "about.datasets.title": "ชุดข้อมูลที่อ้างถึง",
    "about.report.title": "รายงานวิจัย",
    "about.report.name-th": "ชื่อเรื่อง (ภาษาไทย ตามที่พิมพ์)",
    "about.report.name-en": "ชื่อเรื่อง (ภาษาอังกฤษ ตามที่พิมพ์)",
    "about.report.authors": "ผู้เขียน",
    "about.report.authors-value": "ต้นฉบับรายงานที่จับคู่มีอยู่ไม่ได้ระบุชื่อผู้เขียน",
    "about.report.publisher": "ผู้จัดพิมพ์",
    "about.report.publisher-value": "โครงการวิจัยที่รายงานผลต่อสำนักงานกองทุนสนับสนุนการวิจัย (สกว.) ต้นฉบับไม่ได้ระบุผู้จัดพิมพ์",
    "about.report.year": "ปี",
    "about.report.year-value":
      "ไม่ได้ระบุ การสัมภาษณ์ในรายงานอยู่ระหว่าง พ.ศ. 2558 ถึงเดือนพฤศจิกายน พ.ศ. 2561 และแหล่งข้อมูลล่าสุดที่อ้างลงวันที่สิงหาคม พ.ศ. 2562",
    "about.report.lines": "ข้อความในรายงาน",
    "about.report.read": "อ่านบรรทัดเหล่านี้",
    "about.asof.title": "ข้อมูล ณ เวลาใด",
    "about.asof":
      "ข้อมูลในรายงานสิ้นสุดที่ พ.ศ. 2561 ความสัมพันธ์ ความต้องการ และสิ่งที่เสนอได้ เป็นไปตามที่รายงานบรรยายในขณะนั้น เหตุการณ์ที่เกิดภายหลังระบุว่าเป็นความรู้ทั่วไป สถานะของความสัมพันธ์แสดงตามที่กิจกรรมล่าสุดที่มีวันที่บ่งชี้ ณ วันนี้ พร้อมสถานะตามที่บันทึกไว้",
    "about.matching.title": "การจับคู่ทำงานอย่างไร",
    "about.matching":
      "คู่ไทย–ญี่ปุ่นแต่ละคู่ได้คะแนนตามเกณฑ์ 10 ข้อ ข้อละ 0 ถึง 1 และคะแนนรวมคือค่าเฉลี่ยถ่วงน้ำหนัก น้ำหนักตั้งต้นเป็นไปตามเกณฑ์ของรายงาน (บทที่ 10.4.1) คือความสอดคล้องของประเด็นมาก่อน ตามด้วยขนาดและระดับ ภูมิศาสตร์ และบริบทอื่น หากพิมพ์ประเด็น น้ำหนักของความสอดคล้องของประเด็นจะเพิ่มเป็นสองเท่า ผู้ใช้ปรับน้ำหนักทุกข้อได้ในหน้าค้นหาคู่ความร่วมมือ",
    "about.matching.weight": "น้ำหนักตั้งต้น {weight}",
    "about.limits.title": "ข้อจำกัด",
    "about.limits":
      "คะแนนเปรียบเทียบกันได้เฉพาะภายในการค้นหาครั้งเดียวกัน ใช้จัดอันดับผู้สมัคร ไม่ได้วัดคุณภาพความร่วมมือ ข้อมูลแต่ละท้องถิ่นมีความละเอียดไม่เท่ากัน ท้องถิ่นที่มีข้อมูลน้อยจะมีเครื่องหมายกำกับ ระบบรู้เฉพาะสิ่งที่อยู่ในข้อมูล คู่ที่รายงานแนะนำถูกกันไว้ใช้ประเมินระบบ ไม่มีสิ่งใดในที่นี้ทดแทนการติดต่อกับคู่ความร่วมมือหรือขั้นตอนอนุมัติของกระทรวงมหาดไทย",
    "report.title": "รายงานวิจัย บรรทัด {from}–{to}",
    "report.cited": "บรรทัดที่อ้าง",
    "report.context": "บรรทัดโดยรอบ",
    "report.unavailable": "เซิร์ฟเวอร์นี้ไม่มีต้นฉบับรายงาน จึงแสดงบรรทัดไม่ได้ การอ้างอิงระบุเลขบรรทัดไว้ให้ค้นต่อ",
    "report.lang-note": "รายงานเป็นภาษาไทย แสดงข้อความตามต้นฉบับ (อักขระบางตัวจากการแปลงไฟล์ PDF อาจแยกกัน)",
    "source.read-lines": "อ่านบรรทัด {from}–{to}",
  },
  ja: {
    "nav.about": "チャップクーとデータの出典について",
    "about.title": "チャップクーについて",
    "about.what.title": "チャップクーとは",
    "about.what":
      "チャップクー（จับคู่、「組み合わせる」）は、タイと日本の自治体間協力のための情報センターです。県・都市のアトラス、誰が誰と交流しているかの登録簿、双方のニーズと提供できること、そして組み合わせを理由とともに示すマッチングを提供します。下記の研究報告書が提言する情報センターにあたります。",
    "about.who.title": "利用者",
    "about.who":
      "協力相手を探すタイの県・自治体の国際担当職員、タイ側の協定を承認し仲介役にもなる内務省、バンコクにある日本の県の事務所やCLAIR、そして研究者、記者、市民。",
    "about.sources.title": "データの出典",
    "about.sources.report":
      "関係、ニーズ、提供できることの多くは研究報告書から、行番号を示して引用しています。報告書の本文がサーバーにある場合は、引用された行をその場で読めます。",
    "about.sources.datasets":
      "人口や面積などの数値は、名前を示した公開データ（下記）により、転記の確度を添えています。",
    "about.sources.gk":
      "一部は一般知識によるもので、確度（高・中・低）を示しています。最も確認しやすく、最初に訂正すべき情報です。",
    "about.sources.conflicts": "出典が食い違う場合は、すべての記述を出典とともに残し、ページに明示します。",
    "about.datasets.title": "引用している公開データ",
    "about.report.title": "研究報告書",
    "about.report.name-th": "題名（タイ語、原文どおり）",
    "about.report.name-en": "題名（英語、原文どおり）",
    "about.report.authors": "著者",
    "about.report.authors-value": "チャップクーが保有する報告書の本文には著者名がありません。",
    "about.report.publisher": "発行者",
    "about.report.publisher-value":
      "タイ研究基金（TRF、สกว.）に報告する研究プロジェクト。本文に発行者の記載はありません。",
    "about.report.year": "年",
    "about.report.year-value":
      "記載なし。聞き取り調査は2015年から2018年11月まで、引用された最新の資料は2019年8月付です。",
    "about.report.lines": "本文の該当箇所",
    "about.report.read": "この行を読む",
    "about.asof.title": "いつ時点の情報か",
    "about.asof":
      "報告書の情報は2018年までです。関係、ニーズ、提供できることは報告書が記した当時のもので、その後の出来事は一般知識として示しています。関係の状況は、最後の日付のある活動から今日時点で推定したものを、記録上の状況とあわせて示します。",
    "about.matching.title": "マッチングのしくみ",
    "about.matching":
      "タイと日本の各組み合わせを10の基準でそれぞれ0〜1で評価し、その加重平均をスコアとします。初期の重みは報告書の基準（10.4.1章）に従い、分野の適合を最も重く、次に規模と階層、地理、その他の条件としています。分野を入力すると分野適合の重みが2倍になります。重みはすべてマッチングのページで変更できます。",
    "about.matching.weight": "初期の重み {weight}",
    "about.limits.title": "限界",
    "about.limits":
      "スコアは同じ検索の中でのみ比較できます。候補の順位づけであり、協力の質を測るものではありません。プロフィールの充実度には差があり、情報の少ないものには注記があります。マッチングはデータにあることしか知りません。報告書自身が推奨する組み合わせは評価用に取り分けてあります。相手との連絡や内務省の承認手続きに代わるものではありません。",
    "report.title": "研究報告書 {from}–{to}行",
    "report.cited": "引用された行",
    "report.context": "前後の行",
    "report.unavailable":
      "このサーバーには報告書の本文がないため、行を表示できません。引用に示された行番号で参照してください。",
    "report.lang-note": "報告書はタイ語です。本文は原文どおり表示します（PDFから抽出した際に分かれた文字があります）。",
    "source.read-lines": "{from}–{to}行を読む",
  },
} as const;
