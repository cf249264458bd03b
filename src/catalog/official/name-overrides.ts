/**
 * Where the rules alone would misspell a name. Two tables, each entry with its reason:
 *
 * MORPHEMES: readings whose meeting vowels belong to two words and are not a long vowel, by
 * local-government code, with `|` at the boundary (豊岡 とよ|おか Toyooka, not "Toyoka"). Both the
 * English and the Thai name follow the marked reading (โทโยโอกะ).
 *
 * ENGLISH: established English spellings the municipality itself uses, by code.
 */
export const MORPHEMES: Readonly<Record<string, string>> = {
  "01560": "たきの|うえ", // 滝上 Takinoue
  "01571": "とよ|うら", // 豊浦 Toyoura
  "01642": "ひろ|お", // 広尾 Hiroo
  "12218": "かつ|うら", // 勝浦 Katsuura
  "20303": "こ|うみ", // 小海 Koumi
  "20416": "とよ|おか", // 豊丘 Toyooka
  "20561": "やまの|うち", // 山ノ内 Yamanouchi
  "21382": "わの|うち", // 輪之内 Wanouchi
  "27220": "みの|お", // 箕面 Minoo
  "28209": "とよ|おか", // 豊岡 Toyooka
  "30421": "なちかつ|うら", // 那智勝浦 Nachikatsuura
  "31371": "こと|うら", // 琴浦 Kotoura
  "35216": "さんよう|おのだ", // 山陽小野田 Sanyo-Onoda
  "35305": "すおう|おおしま", // 周防大島 Suo-Oshima
  "36301": "かつ|うら", // 勝浦 Katsuura
  "42208": "まつ|うら", // 松浦 Matsuura
  "44212": "ぶんご|おおの", // 豊後大野 Bungo-ono
  "46213": "にしの|おもて", // 西之表 Nishinoomote
  "46217": "そ|お", // 曽於 Soo
};

export const ENGLISH: Readonly<Record<string, string>> = {
  "27220": "Minoh", // 箕面市 writes Minoh
  "35216": "Sanyo-Onoda", // 山陽小野田市 writes Sanyo-Onoda
  "35305": "Suo-Oshima", // 周防大島町 writes Suo-Oshima
  "44212": "Bungo-ono", // 豊後大野市 writes Bungo-ono
};
