import type { Lang } from "../domain/text.ts";

/**
 * Sentence templates for reasons, per finding kind and language. {A} and {B} are the two
 * localities, {issue} an issue label, {a} and {b} quoted facts of each side.
 */
export const REASON_TEMPLATES: Record<string, Record<Lang, string>> = {
  "offer-meets-need": {
    en: "{B} can offer what {A} needs on {issue}: {b} answers {a}.",
    th: "{B} มีสิ่งที่ {A} ต้องการด้าน{issue}: {b} ตอบโจทย์ {a}",
    ja: "{B}は{A}が必要とする「{issue}」を提供できる：{b}が{a}に応える。",
  },
  "gives-to-partner": {
    en: "{A} can offer what {B} needs on {issue}: {a} answers {b}.",
    th: "{A} มีสิ่งที่ {B} ต้องการด้าน{issue}: {a} ตอบโจทย์ {b}",
    ja: "{A}は{B}が必要とする「{issue}」を提供できる：{a}が{b}に応える。",
  },
  "offers-focus": {
    en: "{B} brings strength on {issue}: {b}.",
    th: "{B} มีจุดแข็งด้าน{issue}: {b}",
    ja: "{B}は「{issue}」に強みがある：{b}。",
  },
  "shared-problem": {
    en: "Both face the same problem ({issue}), a basis for solving it together: {A} — {a}; {B} — {b}.",
    th: "ทั้งสองฝ่ายเผชิญปัญหาเดียวกัน ({issue}) จึงร่วมกันแก้ไขได้: {A} — {a}; {B} — {b}",
    ja: "両者は同じ課題（{issue}）を抱えており、共同で解決に取り組める：{A}—{a}、{B}—{b}。",
  },
  "size-tier": {
    en: "Comparable size and rank: {A} ({tierA}, population {popA}) and {B} ({tierB}, population {popB}).",
    th: "ขนาดและระดับใกล้เคียงกัน: {A} ({tierA} ประชากร {popA}) และ {B} ({tierB} ประชากร {popB})",
    ja: "規模と区分が近い：{A}（{tierA}、人口{popA}）と{B}（{tierB}、人口{popB}）。",
  },
  "shared-geography": {
    en: "Similar geography ({geography}): {A} — {a}; {B} — {b}.",
    th: "ภูมิศาสตร์คล้ายกัน ({geography}): {A} — {a}; {B} — {b}",
    ja: "地理的条件が似ている（{geography}）：{A}—{a}、{B}—{b}。",
  },
  "industry-similar": {
    en: "Both have industry in {issue}, a cluster to link: {A} — {a}; {B} — {b}.",
    th: "ทั้งสองฝ่ายมีอุตสาหกรรมด้าน{issue} เชื่อมโยงกันได้: {A} — {a}; {B} — {b}",
    ja: "両者とも「{issue}」の産業があり、連携できる：{A}—{a}、{B}—{b}。",
  },
  "industry-complement": {
    en: "Complementary industry on {issue}: {A} — {a}; {B} — {b}.",
    th: "อุตสาหกรรมเสริมกันด้าน{issue}: {A} — {a}; {B} — {b}",
    ja: "「{issue}」で産業が補完し合う：{A}—{a}、{B}—{b}。",
  },
  "policy-alignment": {
    en: "National policies align on {issue}: {A} — {a}; {B} — {b}.",
    th: "นโยบายระดับชาติสอดคล้องกันด้าน{issue}: {A} — {a}; {B} — {b}",
    ja: "「{issue}」で国の政策が合致する：{A}—{a}、{B}—{b}。",
  },
  "shared-global": {
    en: "Both work on the global agenda ({issue}): {A} — {a}; {B} — {b}.",
    th: "ทั้งสองฝ่ายทำงานตามวาระโลก ({issue}): {A} — {a}; {B} — {b}",
    ja: "両者ともグローバル課題（{issue}）に取り組む：{A}—{a}、{B}—{b}。",
  },
  "mentions-partner": {
    en: "A documented link between them: {fact}.",
    th: "มีความเชื่อมโยงที่บันทึกไว้ระหว่างกัน: {fact}",
    ja: "両者の結びつきが記録されている：{fact}。",
  },
  "shared-culture": {
    en: "Shared cultural ground ({issue}): {A} — {a}; {B} — {b}.",
    th: "มีพื้นฐานทางวัฒนธรรมร่วมกัน ({issue}): {A} — {a}; {B} — {b}",
    ja: "文化的な共通点（{issue}）：{A}—{a}、{B}—{b}。",
  },
  "existing-relation": {
    en: "An existing tie to build on: {fact}.",
    th: "มีความสัมพันธ์เดิมที่ต่อยอดได้: {fact}",
    ja: "発展させられる既存の関係がある：{fact}。",
  },
  "office-in-thailand": {
    en: "{JP} already has a presence in Thailand: {fact}.",
    th: "{JP} มีหน่วยงานในประเทศไทยอยู่แล้ว: {fact}",
    ja: "{JP}はすでにタイに拠点がある：{fact}。",
  },
  "thai-agency-tie": {
    en: "{JP} already works with a Thai central agency: {fact}.",
    th: "{JP} ร่วมมือกับหน่วยงานส่วนกลางของไทยอยู่แล้ว: {fact}",
    ja: "{JP}はすでにタイの中央機関と協力している：{fact}。",
  },
  "direct-flight": { en: "Easy to reach: {fact}.", th: "เดินทางถึงกันได้สะดวก: {fact}", ja: "往来しやすい：{fact}。" },
  airport: { en: "Reachable by air: {fact}.", th: "เดินทางทางอากาศได้: {fact}", ja: "空路でアクセスできる：{fact}。" },
  "may-sign": {
    en: "{TH} may sign an agreement itself, and the two are {rank}.",
    th: "{TH} ลงนามความตกลงได้เอง และทั้งสองฝ่าย{rank}",
    ja: "{TH}は自ら協定に署名でき、両者は{rank}。",
  },
  "signs-via-province": {
    en: "{TH} cannot sign since the 2006 MOI order; its province {P} would sign, and the two are {rank}.",
    th: "{TH} ลงนามเองไม่ได้ตั้งแต่คำสั่งกระทรวงมหาดไทยปี 2549 ต้องให้จังหวัด {P} ลงนาม และทั้งสองฝ่าย{rank}",
    ja: "{TH}は2006年の内務省通達以降署名できず、{P}が署名することになる。両者は{rank}。",
  },
  "rank.equal": { en: "of equal rank", th: "มีระดับเท่ากัน", ja: "同格である" },
  "rank.near": { en: "one rank apart", th: "มีระดับต่างกันหนึ่งขั้น", ja: "区分が一段階異なる" },
  "rank.far": { en: "of unequal rank", th: "มีระดับไม่เท่ากัน", ja: "区分が大きく異なる" },
  unknown: { en: "unknown", th: "ไม่ทราบ", ja: "不明" },
};

export const GEOGRAPHY_LABELS: Record<string, Record<Lang, string>> = {
  coast: { en: "coast", th: "ชายฝั่งทะเล", ja: "海岸" },
  lake: { en: "lake", th: "ทะเลสาบ", ja: "湖" },
  river: { en: "river", th: "แม่น้ำ", ja: "河川" },
  mountains: { en: "mountains", th: "ภูเขา", ja: "山地" },
  island: { en: "islands", th: "เกาะ", ja: "島" },
  border: { en: "land border", th: "ชายแดน", ja: "国境" },
  plain: { en: "plains", th: "ที่ราบ", ja: "平野" },
  plateau: { en: "plateau", th: "ที่ราบสูง", ja: "高原" },
  basin: { en: "basin", th: "แอ่ง", ja: "盆地" },
  volcano: { en: "volcanoes", th: "ภูเขาไฟ", ja: "火山" },
  "hot-springs": { en: "hot springs", th: "น้ำพุร้อน", ja: "温泉" },
  forest: { en: "forests", th: "ป่าไม้", ja: "森林" },
  wetland: { en: "wetlands", th: "พื้นที่ชุ่มน้ำ", ja: "湿地" },
};
