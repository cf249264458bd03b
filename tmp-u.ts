import { loadReferenceData } from "./src/catalog/load.ts";
import { buildCatalog } from "./src/catalog/catalog.ts";
import { understandIssue } from "./src/matching/understand-issue.ts";
const c = buildCatalog(loadReferenceData("data").data);
for (const q of process.argv.slice(2)) { const u = understandIssue(c, q); console.log(q, u.issues, [...u.focus.exact], [...u.focus.fallback], u.matches); }
import { profileOf } from "./src/matching/profile.ts";
const p = profileOf(c, c.localities.get("JP-18")!);
console.log([...p.offers.keys()].join(","));
console.log(p.offers.get("silk-textiles")?.map((e) => e.key + " " + e.text.en.slice(0, 40)));
