import type { Source } from "../../domain/source.ts";

/**
 * The Ministry of Internal Affairs and Communications' lists of designated cities (指定都市, 20)
 * and core cities (中核市, 62), as of 1 April 2024, by local-government code. Transcribed from the
 * published lists, so cited with medium confidence; the import checks every code against the
 * official list of local governments and its name.
 */
export const DESIGNATED_CITIES: Readonly<Record<string, string>> = {
  "01100": "札幌市",
  "04100": "仙台市",
  "11100": "さいたま市",
  "12100": "千葉市",
  "14100": "横浜市",
  "14130": "川崎市",
  "14150": "相模原市",
  "15100": "新潟市",
  "22100": "静岡市",
  "22130": "浜松市",
  "23100": "名古屋市",
  "26100": "京都市",
  "27100": "大阪市",
  "27140": "堺市",
  "28100": "神戸市",
  "33100": "岡山市",
  "34100": "広島市",
  "40100": "北九州市",
  "40130": "福岡市",
  "43100": "熊本市",
};

export const CORE_CITIES: Readonly<Record<string, string>> = {
  "01202": "函館市",
  "01204": "旭川市",
  "02201": "青森市",
  "02203": "八戸市",
  "03201": "盛岡市",
  "05201": "秋田市",
  "06201": "山形市",
  "07201": "福島市",
  "07203": "郡山市",
  "07204": "いわき市",
  "08201": "水戸市",
  "09201": "宇都宮市",
  "10201": "前橋市",
  "10202": "高崎市",
  "11201": "川越市",
  "11203": "川口市",
  "11222": "越谷市",
  "12204": "船橋市",
  "12217": "柏市",
  "13201": "八王子市",
  "14201": "横須賀市",
  "16201": "富山市",
  "17201": "金沢市",
  "18201": "福井市",
  "19201": "甲府市",
  "20201": "長野市",
  "20202": "松本市",
  "21201": "岐阜市",
  "23201": "豊橋市",
  "23202": "岡崎市",
  "23203": "一宮市",
  "23211": "豊田市",
  "25201": "大津市",
  "27203": "豊中市",
  "27205": "吹田市",
  "27207": "高槻市",
  "27210": "枚方市",
  "27212": "八尾市",
  "27215": "寝屋川市",
  "27227": "東大阪市",
  "28201": "姫路市",
  "28202": "尼崎市",
  "28203": "明石市",
  "28204": "西宮市",
  "29201": "奈良市",
  "30201": "和歌山市",
  "31201": "鳥取市",
  "32201": "松江市",
  "33202": "倉敷市",
  "34202": "呉市",
  "34207": "福山市",
  "35201": "下関市",
  "37201": "高松市",
  "38201": "松山市",
  "39201": "高知市",
  "40203": "久留米市",
  "42201": "長崎市",
  "42202": "佐世保市",
  "44201": "大分市",
  "45201": "宮崎市",
  "46201": "鹿児島市",
  "47201": "那覇市",
};

export const DESIGNATED_SOURCE: Source = {
  ref: "dataset:jp-mic-designated-core-cities",
  confidence: "medium",
  note: "MIC lists of designated and core cities as of 1 April 2024, transcribed",
};

/** The eight regions of FORMAT.md by prefecture number (Mie in Kinki, Okinawa in Kyushu). */
export const regionOfPrefecture = (prefecture: number): string => {
  if (prefecture === 1) return "hokkaido";
  if (prefecture <= 7) return "tohoku";
  if (prefecture <= 14) return "kanto";
  if (prefecture <= 23) return "chubu";
  if (prefecture <= 30) return "kinki";
  if (prefecture <= 35) return "chugoku";
  if (prefecture <= 39) return "shikoku";
  return "kyushu";
};

/** Codes that appear in some lists but have no functioning government (the Northern Territories). */
export const isNorthernTerritoriesVillage = (code: string): boolean => code >= "01695" && code <= "01700";
