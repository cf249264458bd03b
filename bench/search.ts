/**
 * `npm run bench:search` (also part of `npm run bench`): site-wide search at national scale —
 * every Japanese municipality, the Thai gazetteer — through the real app on embedded PGlite.
 * Prints median and p95 of GET /api/search over queries in three languages and scripts.
 */
import { loadConfig } from "../src/config.ts";
import { buildApp } from "../src/server/app.ts";
import { seedDatabase } from "../src/services/seed.service.ts";
import { openDatabase } from "../src/store/database.ts";
import { createRepositories } from "../src/store/repositories.ts";

const QUERIES = [
  "Chiang Mai",
  "chiangmai",
  "เชียงใหม่",
  "ลําปาง",
  "ลำปาง",
  "ランパーン",
  "ランパン",
  "อำเภอแม่สาย",
  "แม่สาย",
  "Mae Sai",
  "Otoyo",
  "大豊町",
  "おおとよ",
  "เมืองโอโตโยะ",
  "Uozu",
  "อุโอซุ",
  "魚津",
  "Yachiyo",
  "Mizuho",
  "瑞穂",
  "Kitakyushu",
  "北九州",
  "โตเกียว",
  "Toukyou",
  "Sapporo",
  "ตำบลศรีภูมิ",
  "Khon Kaen",
  "ขอนแก่น",
  "sister city",
  "CLAIR",
  "JETRO",
  "waste",
  "การจัดการขยะ",
  "高齢化",
  "smart city",
  "Kawasaki",
  "中央区",
  "Chuo",
  "Hat Yai",
  "หาดใหญ่",
  "Minoh",
  "Toyooka",
  "ก",
  "a",
  "市",
];
const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))] ?? Number.NaN;

const config = loadConfig();
const database = await openDatabase({});
await database.migrate();
const repos = createRepositories(database.db);
const seedStart = performance.now();
await seedDatabase(repos, { dataDir: config.dataDir });
const seedMs = performance.now() - seedStart;
const app = await buildApp({ repos, database, dataDir: config.dataDir, webDir: null });
const firstStart = performance.now();
await app.inject("/api/search?q=warm");
console.log(
  `Search at national scale: seeded in ${(seedMs / 1000).toFixed(1)} s; first query (catalog and index) ${(performance.now() - firstStart).toFixed(0)} ms`,
);
const samples: number[] = [];
for (let round = 0; round < 5; round++) {
  for (const q of QUERIES) {
    const start = performance.now();
    const response = await app.inject(`/api/search?q=${encodeURIComponent(q)}`);
    samples.push(performance.now() - start);
    if (response.statusCode !== 200) throw new Error(`/api/search?q=${q} answered ${response.statusCode}`);
  }
}
const [sample] = (await app.inject(`/api/search?q=${encodeURIComponent("อำเภอแม่สาย")}&limit=3`)).json().items;
console.log(`  "อำเภอแม่สาย" → ${sample?.id} in ${sample?.within?.id}`);
console.log(
  `${"HTTP GET /api/search (in-process, PGlite)".padEnd(44)} median ${quantile(samples, 0.5).toFixed(2).padStart(8)} ms   p95 ${quantile(samples, 0.95).toFixed(2).padStart(8)} ms   (n=${samples.length}; target p95 ≤ 50 ms)`,
);
await app.close();
await database.close();
