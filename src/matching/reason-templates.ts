import type { Lang } from "../domain/text.ts";

/**
 * Sentence templates for reasons, per finding kind and language; the three say the same. {A} is
 * the asking side and {B} the candidate, {TH} and {JP} the Thai and Japanese sides, {issue} an
 * issue label, {a} and {b} quoted facts of each side. Each sentence names both places, so no
 * sentence is the same for two candidates unless it is only about the asker.
 */
export const REASON_TEMPLATES: Record<string, Record<Lang, string>> = {
  // The matcher knows that a problem (or a wish) and an offer are on the same field, not that the
  // offer solves that very problem: the sentence says the first and leaves the fit to the reader,
  // who sees both facts side by side.
  "offer-meets-need": {
    en: "On {issue}, {A} has a problem and {B} has something to offer: {A} — {a}; {B} — {b}.",
    th: "ด้าน{issue} {A} มีปัญหา และ {B} มีสิ่งที่เสนอให้ได้: {A} — {a}; {B} — {b}",
    ja: "「{issue}」について、{A}は課題を抱え、{B}は提供できるものを持つ：{A}—{a}、{B}—{b}。",
  },
  "offer-meets-need.wish": {
    en: "On {issue}, {A} wants cooperation and {B} has something to offer: {A} — {a}; {B} — {b}.",
    th: "ด้าน{issue} {A} ต้องการความร่วมมือ และ {B} มีสิ่งที่เสนอให้ได้: {A} — {a}; {B} — {b}",
    ja: "「{issue}」について、{A}は協力を望み、{B}は提供できるものを持つ：{A}—{a}、{B}—{b}。",
  },
  "offer-meets-need.industry": {
    en: "On {issue}, {A} wants cooperation and {B} has industry in the field: {A} — {a}; {B} — {b}.",
    th: "ด้าน{issue} {A} ต้องการความร่วมมือ และ {B} มีอุตสาหกรรมในด้านนี้: {A} — {a}; {B} — {b}",
    ja: "「{issue}」について、{A}は協力を望み、{B}にはこの分野の産業がある：{A}—{a}、{B}—{b}。",
  },
  "experience-meets-need": {
    en: "{B} has worked with partners on {issue}, which {A} has to deal with: {A} — {a}; {B} — {b}.",
    th: "{B} เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {A} ต้องรับมือ: {A} — {a}; {B} — {b}",
    ja: "{B}は「{issue}」でパートナーと協力してきた。{A}はこの課題を抱えている：{A}—{a}、{B}—{b}。",
  },
  "experience-for-partner": {
    en: "{A} has worked with partners on {issue}, which {B} has to deal with: {B} — {b}; {A} — {a}.",
    th: "{A} เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {B} ต้องรับมือ: {B} — {b}; {A} — {a}",
    ja: "{A}は「{issue}」でパートナーと協力してきた。{B}はこの課題を抱えている：{B}—{b}、{A}—{a}。",
  },
  "experience-meets-need.wish": {
    en: "{B} has worked with partners on {issue}, on which {A} wants cooperation: {A} — {a}; {B} — {b}.",
    th: "{B} เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {A} ต้องการความร่วมมือ: {A} — {a}; {B} — {b}",
    ja: "{B}は「{issue}」でパートナーと協力してきた。{A}はこの分野での協力を望んでいる：{A}—{a}、{B}—{b}。",
  },
  "experience-for-partner.wish": {
    en: "{A} has worked with partners on {issue}, on which {B} wants cooperation: {B} — {b}; {A} — {a}.",
    th: "{A} เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {B} ต้องการความร่วมมือ: {B} — {b}; {A} — {a}",
    ja: "{A}は「{issue}」でパートナーと協力してきた。{B}はこの分野での協力を望んでいる：{B}—{b}、{A}—{a}。",
  },
  "offer-for-partner": {
    en: "On {issue}, {B} has a problem and {A} has something to offer: {B} — {b}; {A} — {a}.",
    th: "ด้าน{issue} {B} มีปัญหา และ {A} มีสิ่งที่เสนอให้ได้: {B} — {b}; {A} — {a}",
    ja: "「{issue}」について、{B}は課題を抱え、{A}は提供できるものを持つ：{B}—{b}、{A}—{a}。",
  },
  "offer-for-partner.wish": {
    en: "On {issue}, {B} wants cooperation and {A} has something to offer: {B} — {b}; {A} — {a}.",
    th: "ด้าน{issue} {B} ต้องการความร่วมมือ และ {A} มีสิ่งที่เสนอให้ได้: {B} — {b}; {A} — {a}",
    ja: "「{issue}」について、{B}は協力を望み、{A}は提供できるものを持つ：{B}—{b}、{A}—{a}。",
  },
  // An industry fact beside a wish in a field that is no industry (education, trade, sport): the
  // field is on record for the place, no more.
  "offer-meets-need.industry.field": {
    en: "On {issue}, {A} wants cooperation and {B} has the field on record: {A} — {a}; {B} — {b}.",
    th: "ด้าน{issue} {A} ต้องการความร่วมมือ และ {B} มีข้อมูลในด้านนี้: {A} — {a}; {B} — {b}",
    ja: "「{issue}」について、{A}は協力を望み、{B}にはこの分野に関する記録がある：{A}—{a}、{B}—{b}。",
  },
  "offer-for-partner.industry.field": {
    en: "On {issue}, {B} wants cooperation and {A} has the field on record: {B} — {b}; {A} — {a}.",
    th: "ด้าน{issue} {B} ต้องการความร่วมมือ และ {A} มีข้อมูลในด้านนี้: {B} — {b}; {A} — {a}",
    ja: "「{issue}」について、{B}は協力を望み、{A}にはこの分野に関する記録がある：{B}—{b}、{A}—{a}。",
  },
  "offer-for-partner.industry": {
    en: "On {issue}, {B} wants cooperation and {A} has industry in the field: {B} — {b}; {A} — {a}.",
    th: "ด้าน{issue} {B} ต้องการความร่วมมือ และ {A} มีอุตสาหกรรมในด้านนี้: {B} — {b}; {A} — {a}",
    ja: "「{issue}」について、{B}は協力を望み、{A}にはこの分野の産業がある：{B}—{b}、{A}—{a}。",
  },
  // Work by a place's private bodies (`by: private`: firms, NGOs, volunteer groups, clubs,
  // associations) is said to be theirs: Rotary clubs from Ishikawa planting mangroves are not a
  // record of Ishikawa Prefecture's government. Each says what its government-wide sentence says.
  "offer-meets-need.private": {
    en: "On {issue}, {A} has a problem and bodies from {B} (firms, clubs or associations) have something to offer: {A} — {a}; {B} — {b}.",
    th: "ด้าน{issue} {A} มีปัญหา และภาคเอกชนจาก {B} (บริษัท สโมสร หรือสมาคม) มีสิ่งที่เสนอให้ได้: {A} — {a}; {B} — {b}",
    ja: "「{issue}」について、{A}は課題を抱え、{B}の民間（企業・クラブ・団体）は提供できるものを持つ：{A}—{a}、{B}—{b}。",
  },
  "offer-meets-need.wish.private": {
    en: "On {issue}, {A} wants cooperation and bodies from {B} (firms, clubs or associations) have something to offer: {A} — {a}; {B} — {b}.",
    th: "ด้าน{issue} {A} ต้องการความร่วมมือ และภาคเอกชนจาก {B} (บริษัท สโมสร หรือสมาคม) มีสิ่งที่เสนอให้ได้: {A} — {a}; {B} — {b}",
    ja: "「{issue}」について、{A}は協力を望み、{B}の民間（企業・クラブ・団体）は提供できるものを持つ：{A}—{a}、{B}—{b}。",
  },
  "offer-for-partner.private": {
    en: "On {issue}, {B} has a problem and bodies from {A} (firms, clubs or associations) have something to offer: {B} — {b}; {A} — {a}.",
    th: "ด้าน{issue} {B} มีปัญหา และภาคเอกชนจาก {A} (บริษัท สโมสร หรือสมาคม) มีสิ่งที่เสนอให้ได้: {B} — {b}; {A} — {a}",
    ja: "「{issue}」について、{B}は課題を抱え、{A}の民間（企業・クラブ・団体）は提供できるものを持つ：{B}—{b}、{A}—{a}。",
  },
  "offer-for-partner.wish.private": {
    en: "On {issue}, {B} wants cooperation and bodies from {A} (firms, clubs or associations) have something to offer: {B} — {b}; {A} — {a}.",
    th: "ด้าน{issue} {B} ต้องการความร่วมมือ และภาคเอกชนจาก {A} (บริษัท สโมสร หรือสมาคม) มีสิ่งที่เสนอให้ได้: {B} — {b}; {A} — {a}",
    ja: "「{issue}」について、{B}は協力を望み、{A}の民間（企業・クラブ・団体）は提供できるものを持つ：{B}—{b}、{A}—{a}。",
  },
  "experience-meets-need.private": {
    en: "Bodies from {B} (firms, clubs or associations) have worked with partners on {issue}, which {A} has to deal with: {A} — {a}; {B} — {b}.",
    th: "ภาคเอกชนจาก {B} (บริษัท สโมสร หรือสมาคม) เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {A} ต้องรับมือ: {A} — {a}; {B} — {b}",
    ja: "{B}の民間（企業・クラブ・団体）は「{issue}」でパートナーと協力してきた。{A}はこの課題を抱えている：{A}—{a}、{B}—{b}。",
  },
  "experience-meets-need.wish.private": {
    en: "Bodies from {B} (firms, clubs or associations) have worked with partners on {issue}, on which {A} wants cooperation: {A} — {a}; {B} — {b}.",
    th: "ภาคเอกชนจาก {B} (บริษัท สโมสร หรือสมาคม) เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {A} ต้องการความร่วมมือ: {A} — {a}; {B} — {b}",
    ja: "{B}の民間（企業・クラブ・団体）は「{issue}」でパートナーと協力してきた。{A}はこの分野での協力を望んでいる：{A}—{a}、{B}—{b}。",
  },
  "experience-for-partner.private": {
    en: "Bodies from {A} (firms, clubs or associations) have worked with partners on {issue}, which {B} has to deal with: {B} — {b}; {A} — {a}.",
    th: "ภาคเอกชนจาก {A} (บริษัท สโมสร หรือสมาคม) เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {B} ต้องรับมือ: {B} — {b}; {A} — {a}",
    ja: "{A}の民間（企業・クラブ・団体）は「{issue}」でパートナーと協力してきた。{B}はこの課題を抱えている：{B}—{b}、{A}—{a}。",
  },
  "experience-for-partner.wish.private": {
    en: "Bodies from {A} (firms, clubs or associations) have worked with partners on {issue}, on which {B} wants cooperation: {B} — {b}; {A} — {a}.",
    th: "ภาคเอกชนจาก {A} (บริษัท สโมสร หรือสมาคม) เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {B} ต้องการความร่วมมือ: {B} — {b}; {A} — {a}",
    ja: "{A}の民間（企業・クラブ・団体）は「{issue}」でパートナーと協力してきた。{B}はこの分野での協力を望んでいる：{B}—{b}、{A}—{a}。",
  },
  "offers-focus.private": {
    en: "Bodies from {B} (firms, clubs or associations) have a strength in {issue}: {b}.",
    th: "ภาคเอกชนจาก {B} (บริษัท สโมสร หรือสมาคม) มีจุดแข็งด้าน{issue}: {b}",
    ja: "{B}の民間（企業・クラブ・団体）は「{issue}」に強みがある：{b}。",
  },
  "track-record.private": {
    en: "Bodies from {B} (firms, clubs or associations) have worked with partners on {issue}: {b}.",
    th: "ภาคเอกชนจาก {B} (บริษัท สโมสร หรือสมาคม) เคยร่วมมือกับหุ้นส่วนด้าน{issue}: {b}",
    ja: "{B}の民間（企業・クラブ・団体）は「{issue}」でパートナーと協力してきた：{b}。",
  },
  "fits-national-programme.private": {
    en: "{H} is in a national programme on {issue}, a field in which bodies from {O} (firms, clubs or associations) have work of their own: {H} — {h}; {O} — {o}.",
    th: "{H} อยู่ในนโยบายระดับชาติด้าน{issue} ซึ่งภาคเอกชนจาก {O} (บริษัท สโมสร หรือสมาคม) มีผลงานของตนในด้านนี้: {H} — {h}; {O} — {o}",
    ja: "{H}は「{issue}」に関する国の施策の対象であり、{O}の民間（企業・クラブ・団体）はこの分野で自らの取り組みがある：{H}—{h}、{O}—{o}。",
  },
  // Work or know-how of institutions merely located in a place (`by: hosted`: a university, a
  // national institute or agency, a UN or international office) is said to be theirs: a UN-Habitat
  // office in Fukuoka City is not the city's own programme. Each says what its government-wide
  // sentence says.
  "offer-meets-need.hosted": {
    en: "On {issue}, {A} has a problem and institutions based in {B} (universities, research institutes, national agencies or international bodies) have something to offer: {A} — {a}; {B} — {b}.",
    th: "ด้าน{issue} {A} มีปัญหา และสถาบันที่ตั้งอยู่ใน {B} (มหาวิทยาลัย สถาบันวิจัย หน่วยงานระดับชาติ หรือองค์การระหว่างประเทศ) มีสิ่งที่เสนอให้ได้: {A} — {a}; {B} — {b}",
    ja: "「{issue}」について、{A}は課題を抱え、{B}に拠点を置く機関（大学・研究機関・国の機関・国際機関）は提供できるものを持つ：{A}—{a}、{B}—{b}。",
  },
  "offer-meets-need.wish.hosted": {
    en: "On {issue}, {A} wants cooperation and institutions based in {B} (universities, research institutes, national agencies or international bodies) have something to offer: {A} — {a}; {B} — {b}.",
    th: "ด้าน{issue} {A} ต้องการความร่วมมือ และสถาบันที่ตั้งอยู่ใน {B} (มหาวิทยาลัย สถาบันวิจัย หน่วยงานระดับชาติ หรือองค์การระหว่างประเทศ) มีสิ่งที่เสนอให้ได้: {A} — {a}; {B} — {b}",
    ja: "「{issue}」について、{A}は協力を望み、{B}に拠点を置く機関（大学・研究機関・国の機関・国際機関）は提供できるものを持つ：{A}—{a}、{B}—{b}。",
  },
  "offer-for-partner.hosted": {
    en: "On {issue}, {B} has a problem and institutions based in {A} (universities, research institutes, national agencies or international bodies) have something to offer: {B} — {b}; {A} — {a}.",
    th: "ด้าน{issue} {B} มีปัญหา และสถาบันที่ตั้งอยู่ใน {A} (มหาวิทยาลัย สถาบันวิจัย หน่วยงานระดับชาติ หรือองค์การระหว่างประเทศ) มีสิ่งที่เสนอให้ได้: {B} — {b}; {A} — {a}",
    ja: "「{issue}」について、{B}は課題を抱え、{A}に拠点を置く機関（大学・研究機関・国の機関・国際機関）は提供できるものを持つ：{B}—{b}、{A}—{a}。",
  },
  "offer-for-partner.wish.hosted": {
    en: "On {issue}, {B} wants cooperation and institutions based in {A} (universities, research institutes, national agencies or international bodies) have something to offer: {B} — {b}; {A} — {a}.",
    th: "ด้าน{issue} {B} ต้องการความร่วมมือ และสถาบันที่ตั้งอยู่ใน {A} (มหาวิทยาลัย สถาบันวิจัย หน่วยงานระดับชาติ หรือองค์การระหว่างประเทศ) มีสิ่งที่เสนอให้ได้: {B} — {b}; {A} — {a}",
    ja: "「{issue}」について、{B}は協力を望み、{A}に拠点を置く機関（大学・研究機関・国の機関・国際機関）は提供できるものを持つ：{B}—{b}、{A}—{a}。",
  },
  "experience-meets-need.hosted": {
    en: "Institutions based in {B} (universities, research institutes, national agencies or international bodies) have worked with partners on {issue}, which {A} has to deal with: {A} — {a}; {B} — {b}.",
    th: "สถาบันที่ตั้งอยู่ใน {B} (มหาวิทยาลัย สถาบันวิจัย หน่วยงานระดับชาติ หรือองค์การระหว่างประเทศ) เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {A} ต้องรับมือ: {A} — {a}; {B} — {b}",
    ja: "{B}に拠点を置く機関（大学・研究機関・国の機関・国際機関）は「{issue}」でパートナーと協力してきた。{A}はこの課題を抱えている：{A}—{a}、{B}—{b}。",
  },
  "experience-meets-need.wish.hosted": {
    en: "Institutions based in {B} (universities, research institutes, national agencies or international bodies) have worked with partners on {issue}, on which {A} wants cooperation: {A} — {a}; {B} — {b}.",
    th: "สถาบันที่ตั้งอยู่ใน {B} (มหาวิทยาลัย สถาบันวิจัย หน่วยงานระดับชาติ หรือองค์การระหว่างประเทศ) เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {A} ต้องการความร่วมมือ: {A} — {a}; {B} — {b}",
    ja: "{B}に拠点を置く機関（大学・研究機関・国の機関・国際機関）は「{issue}」でパートナーと協力してきた。{A}はこの分野での協力を望んでいる：{A}—{a}、{B}—{b}。",
  },
  "experience-for-partner.hosted": {
    en: "Institutions based in {A} (universities, research institutes, national agencies or international bodies) have worked with partners on {issue}, which {B} has to deal with: {B} — {b}; {A} — {a}.",
    th: "สถาบันที่ตั้งอยู่ใน {A} (มหาวิทยาลัย สถาบันวิจัย หน่วยงานระดับชาติ หรือองค์การระหว่างประเทศ) เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {B} ต้องรับมือ: {B} — {b}; {A} — {a}",
    ja: "{A}に拠点を置く機関（大学・研究機関・国の機関・国際機関）は「{issue}」でパートナーと協力してきた。{B}はこの課題を抱えている：{B}—{b}、{A}—{a}。",
  },
  "experience-for-partner.wish.hosted": {
    en: "Institutions based in {A} (universities, research institutes, national agencies or international bodies) have worked with partners on {issue}, on which {B} wants cooperation: {B} — {b}; {A} — {a}.",
    th: "สถาบันที่ตั้งอยู่ใน {A} (มหาวิทยาลัย สถาบันวิจัย หน่วยงานระดับชาติ หรือองค์การระหว่างประเทศ) เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {B} ต้องการความร่วมมือ: {B} — {b}; {A} — {a}",
    ja: "{A}に拠点を置く機関（大学・研究機関・国の機関・国際機関）は「{issue}」でパートナーと協力してきた。{B}はこの分野での協力を望んでいる：{B}—{b}、{A}—{a}。",
  },
  "offers-focus.hosted": {
    en: "Institutions based in {B} (universities, research institutes, national agencies or international bodies) have a strength in {issue}: {b}.",
    th: "สถาบันที่ตั้งอยู่ใน {B} (มหาวิทยาลัย สถาบันวิจัย หน่วยงานระดับชาติ หรือองค์การระหว่างประเทศ) มีจุดแข็งด้าน{issue}: {b}",
    ja: "{B}に拠点を置く機関（大学・研究機関・国の機関・国際機関）は「{issue}」に強みがある：{b}。",
  },
  "track-record.hosted": {
    en: "Institutions based in {B} (universities, research institutes, national agencies or international bodies) have worked with partners on {issue}: {b}.",
    th: "สถาบันที่ตั้งอยู่ใน {B} (มหาวิทยาลัย สถาบันวิจัย หน่วยงานระดับชาติ หรือองค์การระหว่างประเทศ) เคยร่วมมือกับหุ้นส่วนด้าน{issue}: {b}",
    ja: "{B}に拠点を置く機関（大学・研究機関・国の機関・国際機関）は「{issue}」でパートナーと協力してきた：{b}。",
  },
  "fits-national-programme.hosted": {
    en: "{H} is in a national programme on {issue}, a field in which institutions based in {O} (universities, research institutes, national agencies or international bodies) have work of their own: {H} — {h}; {O} — {o}.",
    th: "{H} อยู่ในนโยบายระดับชาติด้าน{issue} ซึ่งสถาบันที่ตั้งอยู่ใน {O} (มหาวิทยาลัย สถาบันวิจัย หน่วยงานระดับชาติ หรือองค์การระหว่างประเทศ) มีผลงานของตนในด้านนี้: {H} — {h}; {O} — {o}",
    ja: "{H}は「{issue}」に関する国の施策の対象であり、{O}に拠点を置く機関（大学・研究機関・国の機関・国際機関）はこの分野で自らの取り組みがある：{H}—{h}、{O}—{o}。",
  },
  // Work or know-how of one of the place's municipalities held on its province or prefecture
  // (`by: municipal`: Utsunomiya City's light rail on Tochigi, Ube City's 'Ube method' on
  // Yamaguchi): said to be a municipality's there, whose name the quoted fact gives. Each says what
  // its government-wide sentence says.
  "offer-meets-need.municipal": {
    en: "On {issue}, {A} has a problem and a municipality in {B} has something to offer: {A} — {a}; {B} — {b}.",
    th: "ด้าน{issue} {A} มีปัญหา และองค์กรปกครองส่วนท้องถิ่นแห่งหนึ่งใน {B} มีสิ่งที่เสนอให้ได้: {A} — {a}; {B} — {b}",
    ja: "「{issue}」について、{A}は課題を抱え、{B}内の自治体は提供できるものを持つ：{A}—{a}、{B}—{b}。",
  },
  "offer-meets-need.wish.municipal": {
    en: "On {issue}, {A} wants cooperation and a municipality in {B} has something to offer: {A} — {a}; {B} — {b}.",
    th: "ด้าน{issue} {A} ต้องการความร่วมมือ และองค์กรปกครองส่วนท้องถิ่นแห่งหนึ่งใน {B} มีสิ่งที่เสนอให้ได้: {A} — {a}; {B} — {b}",
    ja: "「{issue}」について、{A}は協力を望み、{B}内の自治体は提供できるものを持つ：{A}—{a}、{B}—{b}。",
  },
  "offer-for-partner.municipal": {
    en: "On {issue}, {B} has a problem and a municipality in {A} has something to offer: {B} — {b}; {A} — {a}.",
    th: "ด้าน{issue} {B} มีปัญหา และองค์กรปกครองส่วนท้องถิ่นแห่งหนึ่งใน {A} มีสิ่งที่เสนอให้ได้: {B} — {b}; {A} — {a}",
    ja: "「{issue}」について、{B}は課題を抱え、{A}内の自治体は提供できるものを持つ：{B}—{b}、{A}—{a}。",
  },
  "offer-for-partner.wish.municipal": {
    en: "On {issue}, {B} wants cooperation and a municipality in {A} has something to offer: {B} — {b}; {A} — {a}.",
    th: "ด้าน{issue} {B} ต้องการความร่วมมือ และองค์กรปกครองส่วนท้องถิ่นแห่งหนึ่งใน {A} มีสิ่งที่เสนอให้ได้: {B} — {b}; {A} — {a}",
    ja: "「{issue}」について、{B}は協力を望み、{A}内の自治体は提供できるものを持つ：{B}—{b}、{A}—{a}。",
  },
  "experience-meets-need.municipal": {
    en: "A municipality in {B} has worked with partners on {issue}, which {A} has to deal with: {A} — {a}; {B} — {b}.",
    th: "องค์กรปกครองส่วนท้องถิ่นแห่งหนึ่งใน {B} เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {A} ต้องรับมือ: {A} — {a}; {B} — {b}",
    ja: "{B}内の自治体は「{issue}」でパートナーと協力してきた。{A}はこの課題を抱えている：{A}—{a}、{B}—{b}。",
  },
  "experience-meets-need.wish.municipal": {
    en: "A municipality in {B} has worked with partners on {issue}, on which {A} wants cooperation: {A} — {a}; {B} — {b}.",
    th: "องค์กรปกครองส่วนท้องถิ่นแห่งหนึ่งใน {B} เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {A} ต้องการความร่วมมือ: {A} — {a}; {B} — {b}",
    ja: "{B}内の自治体は「{issue}」でパートナーと協力してきた。{A}はこの分野での協力を望んでいる：{A}—{a}、{B}—{b}。",
  },
  "experience-for-partner.municipal": {
    en: "A municipality in {A} has worked with partners on {issue}, which {B} has to deal with: {B} — {b}; {A} — {a}.",
    th: "องค์กรปกครองส่วนท้องถิ่นแห่งหนึ่งใน {A} เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {B} ต้องรับมือ: {B} — {b}; {A} — {a}",
    ja: "{A}内の自治体は「{issue}」でパートナーと協力してきた。{B}はこの課題を抱えている：{B}—{b}、{A}—{a}。",
  },
  "experience-for-partner.wish.municipal": {
    en: "A municipality in {A} has worked with partners on {issue}, on which {B} wants cooperation: {B} — {b}; {A} — {a}.",
    th: "องค์กรปกครองส่วนท้องถิ่นแห่งหนึ่งใน {A} เคยร่วมมือกับหุ้นส่วนด้าน{issue} ซึ่ง {B} ต้องการความร่วมมือ: {B} — {b}; {A} — {a}",
    ja: "{A}内の自治体は「{issue}」でパートナーと協力してきた。{B}はこの分野での協力を望んでいる：{B}—{b}、{A}—{a}。",
  },
  "offers-focus.municipal": {
    en: "A municipality in {B} has a strength in {issue}: {b}.",
    th: "องค์กรปกครองส่วนท้องถิ่นแห่งหนึ่งใน {B} มีจุดแข็งด้าน{issue}: {b}",
    ja: "{B}内の自治体は「{issue}」に強みがある：{b}。",
  },
  "track-record.municipal": {
    en: "A municipality in {B} has worked with partners on {issue}: {b}.",
    th: "องค์กรปกครองส่วนท้องถิ่นแห่งหนึ่งใน {B} เคยร่วมมือกับหุ้นส่วนด้าน{issue}: {b}",
    ja: "{B}内の自治体は「{issue}」でパートナーと協力してきた：{b}。",
  },
  "fits-national-programme.municipal": {
    en: "{H} is in a national programme on {issue}, a field in which a municipality in {O} has work of its own: {H} — {h}; {O} — {o}.",
    th: "{H} อยู่ในนโยบายระดับชาติด้าน{issue} ซึ่งองค์กรปกครองส่วนท้องถิ่นแห่งหนึ่งใน {O} มีผลงานของตนในด้านนี้: {H} — {h}; {O} — {o}",
    ja: "{H}は「{issue}」に関する国の施策の対象であり、{O}内の自治体はこの分野で自らの取り組みがある：{H}—{h}、{O}—{o}。",
  },
  "offers-focus": {
    en: "{B} has a strength in {issue}: {b}.",
    th: "{B} มีจุดแข็งด้าน{issue}: {b}",
    ja: "{B}は「{issue}」に強みがある：{b}。",
  },
  "industry-on-focus": {
    en: "{B} has industry in {issue}: {b}.",
    th: "{B} มีอุตสาหกรรมด้าน{issue}: {b}",
    ja: "{B}には「{issue}」の産業がある：{b}。",
  },
  "on-record": {
    en: "{B} has {issue} on record: {b}.",
    th: "{B} มีข้อมูลด้าน{issue}: {b}",
    ja: "{B}には「{issue}」に関する記録がある：{b}。",
  },
  "on-record-focus": {
    en: "{B} has {issue} on record: {b}.",
    th: "{B} มีข้อมูลด้าน{issue}: {b}",
    ja: "{B}には「{issue}」に関する記録がある：{b}。",
  },
  // A tie, project or visit on record: the place worked with partners on the field, whether it
  // gave the help or received it (officials trained abroad have no "track record" in training).
  "track-record": {
    en: "{B} has worked with partners on {issue}: {b}.",
    th: "{B} เคยร่วมมือกับหุ้นส่วนด้าน{issue}: {b}",
    ja: "{B}は「{issue}」でパートナーと協力してきた：{b}。",
  },
  "no-record": {
    en: "Nothing is on record for {B} on {asked}.",
    th: "ยังไม่มีข้อมูลของ {B} ด้าน{asked}",
    ja: "{B}には「{asked}」に関する記録がない。",
  },
  // Two problems on the same field, not the same problem: the sentence says so and no more.
  "shared-problem": {
    en: "Both face problems in {issue}: {A} — {a}; {B} — {b}.",
    th: "ทั้งสองฝ่ายเผชิญปัญหาด้าน{issue}: {A} — {a}; {B} — {b}",
    ja: "両者とも「{issue}」の課題を抱えている：{A}—{a}、{B}—{b}。",
  },
  "shared-problem.related": {
    en: "{A} and {B} face related problems under {issue}: {A} — {a}; {B} — {b}.",
    th: "{A} และ {B} เผชิญปัญหาที่เกี่ยวข้องกันในด้าน{issue}: {A} — {a}; {B} — {b}",
    ja: "{A}と{B}は「{issue}」の中の関連する課題を抱えている：{A}—{a}、{B}—{b}。",
  },
  "size-comparable": {
    en: "Comparable population, {ratio}× apart (within {limit}×): {A} ({tierA}, {popA}) and {B} ({tierB}, {popB}).",
    th: "ประชากรใกล้เคียงกัน ต่างกัน {ratio} เท่า (ไม่เกิน {limit} เท่า): {A} ({tierA} ประชากร {popA}) และ {B} ({tierB} ประชากร {popB})",
    ja: "人口が近い（差は{ratio}倍、{limit}倍以内）：{A}（{tierA}、人口{popA}）と{B}（{tierB}、人口{popB}）。",
  },
  "rank-equal": {
    en: "Equal administrative rank: {A} ({tierA}) and {B} ({tierB}).",
    th: "ระดับการปกครองเท่ากัน: {A} ({tierA}) และ {B} ({tierB})",
    ja: "行政上の格が同じ：{A}（{tierA}）と{B}（{tierB}）。",
  },
  "shared-geography": {
    en: "Similar geography ({geography}): {A} — {a}; {B} — {b}.",
    th: "ภูมิศาสตร์คล้ายกัน ({geography}): {A} — {a}; {B} — {b}",
    ja: "地理的条件が似ている（{geography}）：{A}—{a}、{B}—{b}。",
  },
  "industry-similar": {
    en: "Both have industry in {issue}: {A} — {a}; {B} — {b}.",
    th: "ทั้งสองฝ่ายมีอุตสาหกรรมด้าน{issue}: {A} — {a}; {B} — {b}",
    ja: "両者とも「{issue}」の産業がある：{A}—{a}、{B}—{b}。",
  },
  // Industry facts that bear on a field which is no industry (investment, transport, poverty).
  "industry-similar.field": {
    en: "Both have {issue} on record: {A} — {a}; {B} — {b}.",
    th: "ทั้งสองฝ่ายมีข้อมูลด้าน{issue}: {A} — {a}; {B} — {b}",
    ja: "両者とも「{issue}」に関する記録がある：{A}—{a}、{B}—{b}。",
  },
  "policy-alignment": {
    en: "National programmes on both sides concern {issue}: {A} — {a}; {B} — {b}.",
    th: "นโยบายระดับชาติของทั้งสองฝ่ายเกี่ยวกับ{issue}: {A} — {a}; {B} — {b}",
    ja: "両者の国の施策が「{issue}」に関わる：{A}—{a}、{B}—{b}。",
  },
  // As with offers and needs: the programme and the partner's work share a field; whether the work
  // serves the programme is for the reader, who sees both.
  "fits-national-programme": {
    en: "{H} is in a national programme on {issue}, a field in which {O} has work of its own: {H} — {h}; {O} — {o}.",
    th: "{H} อยู่ในนโยบายระดับชาติด้าน{issue} ซึ่ง {O} มีผลงานของตนในด้านนี้: {H} — {h}; {O} — {o}",
    ja: "{H}は「{issue}」に関する国の施策の対象であり、{O}はこの分野で自らの取り組みがある：{H}—{h}、{O}—{o}。",
  },
  "fits-national-programme.industry": {
    en: "{H} is in a national programme on {issue}, a field in which {O} has industry: {H} — {h}; {O} — {o}.",
    th: "{H} อยู่ในนโยบายระดับชาติด้าน{issue} ซึ่ง {O} มีอุตสาหกรรมในด้านนี้: {H} — {h}; {O} — {o}",
    ja: "{H}は「{issue}」に関する国の施策の対象であり、{O}にはこの分野の産業がある：{H}—{h}、{O}—{o}。",
  },
  "fits-national-programme.field": {
    en: "{H} is in a national programme on {issue}, a field {O} has on record: {H} — {h}; {O} — {o}.",
    th: "{H} อยู่ในนโยบายระดับชาติด้าน{issue} ซึ่ง {O} มีข้อมูลในด้านนี้: {H} — {h}; {O} — {o}",
    ja: "{H}は「{issue}」に関する国の施策の対象であり、{O}にはこの分野に関する記録がある：{H}—{h}、{O}—{o}。",
  },
  "shared-global": {
    en: "Both have a record on {issue}, a global-agenda issue: {A} — {a}; {B} — {b}.",
    th: "ทั้งสองฝ่ายมีข้อมูลด้าน{issue} ซึ่งเป็นวาระของโลก: {A} — {a}; {B} — {b}",
    ja: "両者ともグローバル課題である「{issue}」に関する記録がある：{A}—{a}、{B}—{b}。",
  },
  // Where one side's record is that of its institutions, firms or a municipality (`by:`), the
  // work is said to be in the place, not the government's own.
  "shared-global.in-place": {
    en: "Work on {issue}, a global-agenda issue, is on record in both places: {A} — {a}; {B} — {b}.",
    th: "ในทั้งสองพื้นที่มีการดำเนินงานด้าน{issue} ซึ่งเป็นวาระของโลก: {A} — {a}; {B} — {b}",
    ja: "両地域ともグローバル課題である「{issue}」に関する取り組みの記録がある：{A}—{a}、{B}—{b}。",
  },
  // A flood risk is faced, not a record held: said of any pair where one side quotes a problem.
  "shared-global.problem": {
    en: "Both are concerned with {issue}, a global-agenda issue: {A} — {a}; {B} — {b}.",
    th: "ทั้งสองฝ่ายเกี่ยวข้องกับ{issue} ซึ่งเป็นวาระของโลก: {A} — {a}; {B} — {b}",
    ja: "両者ともグローバル課題である「{issue}」に関わっている：{A}—{a}、{B}—{b}。",
  },
  "mentions-partner": {
    en: "A documented link between {A} and {B}: {fact}.",
    th: "มีความเชื่อมโยงที่บันทึกไว้ระหว่าง {A} กับ {B}: {fact}",
    ja: "{A}と{B}の結びつきが記録されている：{fact}。",
  },
  "mentions-partner.private": {
    en: "A documented link between {A} and {B} through private bodies (firms, clubs or associations): {fact}.",
    th: "มีความเชื่อมโยงที่บันทึกไว้ระหว่าง {A} กับ {B} ผ่านภาคเอกชน (บริษัท สโมสร หรือสมาคม): {fact}",
    ja: "民間（企業・クラブ・団体）を通じた{A}と{B}の結びつきが記録されている：{fact}。",
  },
  "shared-tradition": {
    en: "The same tradition on both sides ({issue}): {A} — {a}; {B} — {b}.",
    th: "มีประเพณีหรือวัฒนธรรมแบบเดียวกัน ({issue}): {A} — {a}; {B} — {b}",
    ja: "同じ伝統が両者にある（{issue}）：{A}—{a}、{B}—{b}。",
  },
  // Sites of the same kind (kofun mounds and a Khmer sanctuary, two ancient capitals) are heritage
  // alike, not one tradition carried on by both.
  "shared-tradition.heritage": {
    en: "Heritage of the same kind on both sides ({issue}): {A} — {a}; {B} — {b}.",
    th: "มีมรดกทางวัฒนธรรมประเภทเดียวกันทั้งสองฝ่าย ({issue}): {A} — {a}; {B} — {b}",
    ja: "同じ種類の文化遺産が両者にある（{issue}）：{A}—{a}、{B}—{b}。",
  },
  "existing-relation": {
    en: "An existing tie between {X} and {Y} to build on: {fact}.",
    th: "มีความสัมพันธ์เดิมระหว่าง {X} กับ {Y} ที่ต่อยอดได้: {fact}",
    ja: "{X}と{Y}の間に発展させられる既存の関係がある：{fact}。",
  },
  "existing-relation.past": {
    en: "A past tie between {X} and {Y}, no longer active: {fact}.",
    th: "เคยมีความสัมพันธ์ระหว่าง {X} กับ {Y} แต่ไม่ได้ดำเนินการแล้ว: {fact}",
    ja: "{X}と{Y}の間にはかつて関係があった（現在は活動していない）：{fact}。",
  },
  "existing-relation.held": {
    en: "Earlier contact between {X} and {Y}: {fact}.",
    th: "{X} กับ {Y} เคยติดต่อกันมาก่อน: {fact}",
    ja: "{X}と{Y}の間には以前の接点がある：{fact}。",
  },
  "existing-relation.pending": {
    en: "{X} and {Y} have been in contact, with nothing agreed yet: {fact}.",
    th: "{X} กับ {Y} ได้ติดต่อกันแล้ว แต่ยังไม่มีข้อตกลง: {fact}",
    ja: "{X}と{Y}は接触しているが、合意には至っていない：{fact}。",
  },
  "existing-relation.network": {
    en: "{X} and {Y} take part in the same network, a tie to build on: {fact}.",
    th: "{X} และ {Y} อยู่ในเครือข่ายเดียวกัน ซึ่งต่อยอดความสัมพันธ์ได้: {fact}",
    ja: "{X}と{Y}は同じネットワークに参加しており、これを土台にできる：{fact}。",
  },
  "existing-relation.private": {
    en: "A tie through private bodies (firms, clubs or associations) that involves {X} and {Y}: {fact}.",
    th: "มีความสัมพันธ์ผ่านภาคเอกชน (บริษัท สโมสร หรือสมาคม) ที่เกี่ยวข้องกับ {X} และ {Y}: {fact}",
    ja: "民間（企業・クラブ・団体）を通じた{X}と{Y}に関わる関係がある：{fact}。",
  },
  "office-in-thailand": {
    en: "{JP} already has its own office or staff in Thailand: {fact}.",
    th: "{JP} มีสำนักงานหรือเจ้าหน้าที่ของตนในประเทศไทยอยู่แล้ว: {fact}",
    ja: "{JP}はすでにタイに自らの拠点または職員を置いている：{fact}。",
  },
  "thai-agency-tie": {
    en: "{JP} already works with a Thai central agency, {agency}: {fact}.",
    th: "{JP} ร่วมมือกับหน่วยงานส่วนกลางของไทย ({agency}) อยู่แล้ว: {fact}",
    ja: "{JP}はすでにタイの中央機関（{agency}）と協力している：{fact}。",
  },
  // A tie that lapsed or ended, or a visit that was held, is past work, not work going on; a pending
  // one is contact with nothing agreed yet.
  "thai-agency-tie.past": {
    en: "{JP} has worked with a Thai central agency, {agency}: {fact}.",
    th: "{JP} เคยร่วมมือกับหน่วยงานส่วนกลางของไทย ({agency}): {fact}",
    ja: "{JP}はタイの中央機関（{agency}）と協力したことがある：{fact}。",
  },
  "thai-agency-tie.pending": {
    en: "{JP} has been in contact with a Thai central agency, {agency}, with nothing agreed yet: {fact}.",
    th: "{JP} ได้ติดต่อกับหน่วยงานส่วนกลางของไทย ({agency}) แล้ว แต่ยังไม่มีข้อตกลง: {fact}",
    ja: "{JP}はタイの中央機関（{agency}）と接触しているが、合意には至っていない：{fact}。",
  },
  "direct-flight": {
    en: "{X} is easy to reach from the other country: {fact}.",
    th: "{X} เดินทางจากอีกประเทศได้สะดวก: {fact}",
    ja: "{X}は相手国から往来しやすい：{fact}。",
  },
  airport: {
    en: "{X} is reachable by international air: {fact}.",
    th: "{X} เดินทางถึงได้ด้วยเที่ยวบินระหว่างประเทศ: {fact}",
    ja: "{X}は国際空路でアクセスできる：{fact}。",
  },
  "may-sign": {
    en: "{TH} may sign an agreement itself, and {TH} and {JP} are {rank}.",
    th: "{TH} ลงนามความตกลงได้เอง และ {TH} กับ {JP} {rank}",
    ja: "{TH}は自ら協定に署名でき、{TH}と{JP}は{rank}。",
  },
  "signs-via-province": {
    en: "{TH} cannot sign since the 2006 MOI order, so its province {P} would sign with {JP}; {TH} and {JP} are {rank}.",
    th: "{TH} ลงนามเองไม่ได้ตั้งแต่คำสั่งกระทรวงมหาดไทยปี 2549 จังหวัด {P} จึงต้องลงนามกับ {JP}; {TH} กับ {JP} {rank}",
    ja: "{TH}は2006年の内務省通達以降自ら署名できないため、{P}が{JP}と署名することになる。{TH}と{JP}は{rank}。",
  },
  // The order (report 6184-6188, 5805-5808) names municipalities and tambons, not the PAO; what it
  // says of every local body is that sister-city ties belong at province level, to the province.
  "signs-via-province.pao": {
    en: "The 2006 MOI order puts sister-city ties at province level, with the province itself: {P}, not {TH}, would sign with {JP}; {TH} and {JP} are {rank}.",
    th: "คำสั่งกระทรวงมหาดไทยปี 2549 ให้สถาปนาเมืองพี่เมืองน้องในระดับจังหวัด โดยจังหวัดเอง: จังหวัด {P} ไม่ใช่ {TH} จะเป็นผู้ลงนามกับ {JP}; {TH} กับ {JP} {rank}",
    ja: "2006年の内務省通達により姉妹都市提携は県レベルで県自身が行う：{TH}ではなく{P}が{JP}と署名することになる。{TH}と{JP}は{rank}。",
  },
  "signs-via-province.unit": {
    en: "{TH} is not a local government and cannot sign, so its province {P} would sign with {JP}.",
    th: "{TH} ไม่ใช่องค์กรปกครองส่วนท้องถิ่นจึงลงนามเองไม่ได้ จังหวัด {P} จึงต้องลงนามกับ {JP}",
    ja: "{TH}は地方自治体ではなく自ら署名できないため、{P}が{JP}と署名することになる。",
  },
  "rank.equal": { en: "of equal rank", th: "มีระดับเท่ากัน", ja: "同格である" },
  "rank.near": { en: "one rank apart", th: "มีระดับต่างกันหนึ่งขั้น", ja: "区分が一段階異なる" },
  "rank.far": { en: "of unequal rank", th: "มีระดับไม่เท่ากัน", ja: "区分が大きく異なる" },
  "rank.capital": {
    en: "not of equal rank for a sister-city tie, which the MOI allows a capital only with a capital",
    th: "ไม่นับว่ามีระดับเท่ากันสำหรับความสัมพันธ์เมืองพี่เมืองน้อง ซึ่งกระทรวงมหาดไทยให้จับคู่เมืองหลวงกับเมืองหลวงเท่านั้น",
    ja: "姉妹都市提携では同格とみなされない（内務省は首都同士の提携のみを認めている）",
  },
  unknown: { en: "unknown", th: "ไม่ทราบ", ja: "不明" },
};

export const GEOGRAPHY_LABELS: Record<string, Record<Lang, string>> = {
  coast: { en: "coast", th: "ชายฝั่งทะเล", ja: "海岸" },
  lake: { en: "lake", th: "ทะเลสาบ", ja: "湖" },
  reservoir: { en: "reservoir", th: "อ่างเก็บน้ำ", ja: "貯水池・ダム湖" },
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
