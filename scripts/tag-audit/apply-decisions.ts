/**
 * Applies the decisions of the tag audit (eval/tag-audit/decisions.txt) to data/, editing the YAML
 * text in place so that only the lines a decision touches change (the files keep their style).
 *
 *   npx tsx scripts/tag-audit/apply-decisions.ts [FILE]
 *
 * One decision per line: KEY OP… [# why]. KEY is LOCALITY/LIST/INDEX (industries, strengths,
 * challenges, heritage, designations, geography; the index as in the data before any decision),
 * no:ID (a need or offer) or rel:ID (a relation). OPs: =a,b (set the issue tags), +a, -a,
 * k:KIND (declare the fact's kind; k:- removes it), mv:LIST[:industry|speciality] (move within the
 * locality), to:LOCALITY/LIST (move to another locality), del, g:KIND (geography kind),
 * party:ID (the party of a need or offer). Every key is resolved against the data as it was before
 * the first decision, so the decisions may be written in any order.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";

const ROOT = join(import.meta.dirname, "..", "..");
const DATA = join(ROOT, "data");
const FACT_LISTS = ["industries", "strengths", "challenges", "heritage"] as const;
type FactList = (typeof FACT_LISTS)[number];

const localityFile = (id: string) => join(DATA, "localities", id.startsWith("TH") ? "th" : "jp", `${id}.yaml`);

type Op = { op: string; arg: string };
type Decision = { key: string; ops: Op[]; line: number };

const parseDecisions = (text: string): Decision[] =>
  text.split("\n").flatMap((raw, index) => {
    const line = raw.replace(/\s+#.*$/, "").trim();
    if (!line || line.startsWith("#")) return [];
    const [key = "", ...rest] = line.split(/\s+/);
    const ops = rest.map((token) => {
      if (token === "del") return { op: "del", arg: "" };
      if (/^[=+-]/.test(token)) return { op: token[0] ?? "", arg: token.slice(1) };
      const at = token.indexOf(":");
      if (at < 0) throw new Error(`line ${index + 1}: cannot read "${token}"`);
      return { op: token.slice(0, at), arg: token.slice(at + 1) };
    });
    return [{ key, ops, line: index + 1 }];
  });

/* ---------- text surgery on one YAML file ---------- */

const lineStart = (text: string, at: number) => text.lastIndexOf("\n", at - 1) + 1;
const lineEnd = (text: string, at: number) => {
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end + 1;
};
const columnOf = (text: string, at: number) => at - lineStart(text, at);

const docOf = (text: string) => parseDocument(text, { keepSourceTokens: true });

const seqOf = (doc: ReturnType<typeof docOf>, key: string): YAMLSeq | undefined => {
  const node = doc.get(key, true);
  return isSeq(node) ? node : undefined;
};

const englishOf = (item: unknown): string => {
  if (!isMap(item)) return "";
  const text = item.get("text", true);
  if (isMap(text)) return String(text.get("en") ?? "");
  return "";
};

/** The span of one sequence item, whole lines, from its "- " to its last line. */
const itemSpan = (text: string, item: YAMLMap) => {
  const range = item.range ?? [0, 0, 0];
  const start = lineStart(text, range[0]);
  const end = lineEnd(text, Math.max(range[0], range[1] - 1));
  return { start, end, dash: columnOf(text, range[0]) - 2 };
};

const findItem = (text: string, list: string, english: string): YAMLMap => {
  const doc = docOf(text);
  const seq = seqOf(doc, list);
  const item = seq?.items.find((candidate) => englishOf(candidate) === english);
  if (!item || !isMap(item)) throw new Error(`no ${list} item "${english.slice(0, 60)}"`);
  return item;
};

const pairOf = (item: YAMLMap, key: string) =>
  item.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);

const setIssues = (text: string, item: YAMLMap, issues: string[]): string => {
  const pair = pairOf(item, "issues");
  const value = pair?.value as YAMLSeq | undefined;
  if (!pair || !value?.range) throw new Error("item has no issues");
  const [start, end] = value.range;
  if (text[start] === "[") return `${text.slice(0, start)}[${issues.join(", ")}]${text.slice(end)}`;
  // A block list left empty would read as null: write it as [] on the key's line.
  if (issues.length === 0) {
    const keyEnd = text.lastIndexOf(":", start) + 1;
    return `${text.slice(0, keyEnd)} []\n${text.slice(lineEnd(text, Math.max(start, end - 1)))}`;
  }
  const column = columnOf(text, start);
  const from = lineStart(text, start);
  const to = lineEnd(text, Math.max(start, end - 1));
  const block = issues.map((issue) => `${" ".repeat(column)}- ${issue}\n`).join("");
  return text.slice(0, from) + block + text.slice(to);
};

const setScalar = (text: string, item: YAMLMap, key: string, value: string | undefined, after = "issues"): string => {
  const pair = pairOf(item, key);
  if (pair) {
    const node = pair.value as { range?: [number, number, number] };
    const keyNode = pair.key as { range?: [number, number, number] };
    if (!node.range || !keyNode.range) throw new Error(`cannot edit ${key}`);
    if (value === undefined) {
      const from = lineStart(text, keyNode.range[0]);
      // The key may share its line with the item's dash: keep the dash, drop the pair.
      if (text.slice(from, keyNode.range[0]).trim() === "-") throw new Error(`${key} is first in its item`);
      return text.slice(0, from) + text.slice(lineEnd(text, node.range[1] - 1));
    }
    return text.slice(0, node.range[0]) + value + text.slice(node.range[1]);
  }
  if (value === undefined) return text;
  if (item.range && text[item.range[0]] === "{") {
    // A flow mapping: the new pair goes just before `source`, with its comma.
    const sourceKey = pairOf(item, "source")?.key as { range?: [number, number, number] } | undefined;
    if (!sourceKey?.range) throw new Error(`no place for ${key}`);
    return `${text.slice(0, sourceKey.range[0])}${key}: ${value}, ${text.slice(sourceKey.range[0])}`;
  }
  const anchor = pairOf(item, after) ?? pairOf(item, "source");
  const anchorKey = anchor?.key as { range?: [number, number, number] } | undefined;
  const anchorValue = anchor?.value as { range?: [number, number, number] } | undefined;
  if (!anchorKey?.range || !anchorValue?.range) throw new Error(`no place for ${key}`);
  const column = columnOf(text, anchorKey.range[0]);
  const at = lineEnd(text, anchorValue.range[1] - 1);
  return `${text.slice(0, at)}${" ".repeat(column)}${key}: ${value}\n${text.slice(at)}`;
};

/** Removes an item and returns its lines, re-indented to start at column 0. */
const cutItem = (text: string, item: YAMLMap): { text: string; lines: string[] } => {
  const span = itemSpan(text, item);
  const lines = text
    .slice(span.start, span.end)
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => line.slice(Math.min(span.dash, line.length - line.trimStart().length)));
  let rest = text.slice(0, span.start) + text.slice(span.end);
  // A list left empty becomes [].
  const doc = docOf(rest);
  for (const list of FACT_LISTS) {
    const node = doc.get(list, true);
    if (node === null || (isScalar(node) && node.value === null)) {
      const pattern = new RegExp(`^${list}:\\s*$`, "m");
      rest = rest.replace(pattern, `${list}: []`);
    }
  }
  return { text: rest, lines };
};

const itemColumn = (text: string): number => {
  const doc = docOf(text);
  for (const list of FACT_LISTS) {
    const seq = seqOf(doc, list);
    const first = seq?.items[0];
    if (
      isMap(first) &&
      first.range &&
      text[lineStart(text, first.range[0]) + columnOf(text, first.range[0]) - 2] === "-"
    )
      return columnOf(text, first.range[0]) - 2;
  }
  return 0;
};

const pasteItem = (text: string, list: string, lines: string[]): string => {
  const column = itemColumn(text);
  const block = `${lines.map((line) => (line ? " ".repeat(column) + line : line)).join("\n")}\n`;
  const doc = docOf(text);
  const seq = seqOf(doc, list);
  if (seq?.range && seq.items.length > 0 && text[seq.range[0]] !== "[") {
    const at = lineEnd(text, Math.max(seq.range[0], seq.range[1] - 1));
    return text.slice(0, at) + block + text.slice(at);
  }
  const empty = new RegExp(`^${list}:\\s*\\[\\]\\s*$`, "m");
  if (empty.test(text)) return text.replace(empty, `${list}:\n${block.replace(/\n$/, "")}`);
  const before = /^(designations|access|heritage|note):/m.exec(text);
  const at = before && list !== "heritage" ? before.index : text.length;
  const head = at === text.length && !text.endsWith("\n") ? "\n" : "";
  return `${text.slice(0, at)}${head}${list}:\n${block}${text.slice(at)}`;
};

/* ---------- resolving keys against the data as it was ---------- */

type Target =
  | { type: "fact"; locality: string; list: FactList; english: string }
  | { type: "indexed"; locality: string; list: "designations" | "geography"; index: number }
  | { type: "record"; file: string; id: string; kind: "needs-offers" | "relations" };

const recordFiles = (folder: string) => readdirSync(join(DATA, folder)).filter((name) => name.endsWith(".yaml"));

const findRecordFile = (folder: "needs-offers" | "relations", id: string): string => {
  const files = recordFiles(folder);
  for (const file of files) {
    const path = join(DATA, folder, file);
    if (readFileSync(path, "utf8").includes(`id: ${id}\n`)) return path;
  }
  throw new Error(`no record ${id} in ${folder}`);
};

const resolve = (key: string): Target => {
  if (key.startsWith("no:"))
    return {
      type: "record",
      file: findRecordFile("needs-offers", key.slice(3)),
      id: key.slice(3),
      kind: "needs-offers",
    };
  if (key.startsWith("rel:"))
    return { type: "record", file: findRecordFile("relations", key.slice(4)), id: key.slice(4), kind: "relations" };
  const [locality = "", list = "", index = ""] = key.split("/");
  const path = localityFile(locality);
  if (!existsSync(path)) throw new Error(`no locality ${locality}`);
  if (list === "designations" || list === "geography") return { type: "indexed", locality, list, index: Number(index) };
  if (!(FACT_LISTS as readonly string[]).includes(list)) throw new Error(`unknown list ${list}`);
  const seq = seqOf(docOf(readFileSync(path, "utf8")), list);
  const item = seq?.items[Number(index)];
  if (!item) throw new Error(`no ${key}`);
  return { type: "fact", locality, list: list as FactList, english: englishOf(item) };
};

/* ---------- applying ---------- */

const read = (path: string) => readFileSync(path, "utf8");

const applyFact = (target: Extract<Target, { type: "fact" }>, ops: Op[]) => {
  let path = localityFile(target.locality);
  let list: string = target.list;
  let text = read(path);
  const item = () => findItem(text, list, target.english);
  const issuesNow = () => {
    const value = pairOf(item(), "issues")?.value;
    return isSeq(value) ? value.items.map((node) => String(isScalar(node) ? node.value : node)) : [];
  };
  for (const { op, arg } of ops) {
    if (op === "=") text = setIssues(text, item(), arg.split(",").filter(Boolean));
    else if (op === "+") text = setIssues(text, item(), [...new Set([...issuesNow(), ...arg.split(",")])]);
    else if (op === "-") {
      const drop = new Set(arg.split(","));
      text = setIssues(
        text,
        item(),
        issuesNow().filter((issue) => !drop.has(issue)),
      );
    } else if (op === "k") text = setScalar(text, item(), "kind", arg === "-" ? undefined : arg);
    else if (op === "del") text = cutItem(text, item()).text;
    else if (op === "mv" || op === "to") {
      const [destination = "", industryKind] = arg.split(":");
      const [toLocality, toList] = op === "to" ? destination.split("/") : [target.locality, destination];
      if (!toLocality || !toList) throw new Error(`bad destination ${arg}`);
      const cut = cutItem(text, item());
      let lines = cut.lines;
      // An industry's own kind (industry, speciality) means nothing in another list, and back.
      if (list === "industries") {
        const first = /^- kind: (industry|speciality)\s*$/.test(lines[0] ?? "");
        lines = first
          ? [`- ${(lines[1] ?? "").slice(2)}`, ...lines.slice(2)]
          : lines.filter((line) => !/^ {2}kind: (industry|speciality)\s*$/.test(line));
      }
      if (toList === "industries")
        lines = [`- kind: ${industryKind ?? "industry"}`, `  ${(lines[0] ?? "").slice(2)}`, ...lines.slice(1)];
      writeFileSync(path, cut.text);
      path = localityFile(toLocality);
      text = pasteItem(read(path), toList, lines);
      list = toList;
    } else throw new Error(`unknown op ${op}`);
  }
  writeFileSync(path, text);
};

const applyIndexed = (target: Extract<Target, { type: "indexed" }>, ops: Op[]) => {
  const path = localityFile(target.locality);
  let text = read(path);
  for (const { op, arg } of ops) {
    const seq = seqOf(docOf(text), target.list);
    const item = seq?.items[target.index];
    if (!isMap(item)) throw new Error(`no ${target.locality}/${target.list}/${target.index}`);
    if (op === "=" && target.list === "designations") {
      text = pairOf(item, "issues")
        ? setIssues(text, item, arg.split(","))
        : setScalar(text, item, "issues", `[${arg.split(",").join(", ")}]`, "year");
    } else if (op === "g" && target.list === "geography") text = setScalar(text, item, "kind", arg);
    else throw new Error(`op ${op} does not apply to ${target.list}`);
  }
  writeFileSync(path, text);
};

const applyRecord = (target: Extract<Target, { type: "record" }>, ops: Op[]) => {
  let text = read(target.file);
  const item = () => {
    const doc = docOf(text);
    const found = (doc.contents as YAMLSeq).items.find((node) => isMap(node) && node.get("id") === target.id);
    if (!isMap(found)) throw new Error(`no record ${target.id}`);
    return found;
  };
  const issuesNow = () => {
    const value = pairOf(item(), "issues")?.value;
    return isSeq(value) ? value.items.map((node) => String(isScalar(node) ? node.value : node)) : [];
  };
  for (const { op, arg } of ops) {
    if (op === "=") text = setIssues(text, item(), arg.split(",").filter(Boolean));
    else if (op === "+") text = setIssues(text, item(), [...new Set([...issuesNow(), ...arg.split(",")])]);
    else if (op === "-") {
      const drop = new Set(arg.split(","));
      text = setIssues(
        text,
        item(),
        issuesNow().filter((issue) => !drop.has(issue)),
      );
    } else if (op === "k" && target.kind === "needs-offers") text = setScalar(text, item(), "kind", arg);
    else if (op === "party" && target.kind === "needs-offers") text = setScalar(text, item(), "party", arg);
    else throw new Error(`op ${op} does not apply to ${target.kind}`);
  }
  writeFileSync(target.file, text);
};

const file = process.argv[2] ?? join(ROOT, "eval", "tag-audit", "decisions.txt");
const decisions = parseDecisions(read(file));
const resolved = decisions.map((decision) => {
  try {
    return { decision, target: resolve(decision.key) };
  } catch (error) {
    throw new Error(`${file}:${decision.line}: ${(error as Error).message}`);
  }
});
for (const { decision, target } of resolved) {
  try {
    if (target.type === "fact") applyFact(target, decision.ops);
    else if (target.type === "indexed") applyIndexed(target, decision.ops);
    else applyRecord(target, decision.ops);
  } catch (error) {
    throw new Error(`${file}:${decision.line} ${decision.key}: ${(error as Error).message}`);
  }
}
console.log(`applied ${resolved.length} decisions`);
