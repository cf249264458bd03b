/**
 * Adds `by: VALUE` to the facts listed in a file (one key a line, as dump-facts.ts writes them:
 * LOCALITY/LIST/INDEX or no:ID; text after the key is a comment), each as a new line right after
 * the fact's `source:` line, touching nothing else so that other edits of the same files merge.
 *
 *   npx tsx scripts/tag-audit/mark-by.ts eval/tag-audit/by-private-17.txt private
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type YAMLMap } from "yaml";

const [listFile, value = "private"] = process.argv.slice(2);
if (!listFile) throw new Error("usage: mark-by.ts KEYS-FILE [VALUE]");
const data = join(import.meta.dirname, "..", "..", "data");
const keys = readFileSync(listFile, "utf8")
  .split("\n")
  .map((line) => line.split(/\s/)[0] ?? "")
  .filter((key) => /^(no:|[A-Z]{2}-)/.test(key));

const filesIn = (dir: string) => readdirSync(dir).map((name) => join(dir, name));
const localityFile = (id: string) =>
  [...filesIn(join(data, "localities", "th")), ...filesIn(join(data, "localities", "jp"))].find((file) =>
    new RegExp(`^id: ${id}$`, "m").test(readFileSync(file, "utf8")),
  );
const needOfferFile = (id: string) =>
  filesIn(join(data, "needs-offers")).find((file) => readFileSync(file, "utf8").includes(`- id: ${id}\n`));

/** Inserts the line after the `source:` value of the fact at `find` in one file. */
const mark = (file: string, find: (root: unknown) => unknown) => {
  const text = readFileSync(file, "utf8");
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  const fact = find(document.contents);
  if (!isMap(fact)) throw new Error(`${file}: fact not found`);
  if (fact.has("by")) return false;
  const pair = (fact as YAMLMap).items.find((item) => String((item.key as { value?: unknown }).value) === "source");
  const keyRange = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
  const valueRange = (pair?.value as { range?: [number, number, number] } | undefined)?.range;
  if (!keyRange || !valueRange) throw new Error(`${file}: fact has no source`);
  let end = valueRange[1];
  while (end > 0 && /\s/.test(text[end - 1] ?? "")) end--;
  const { line } = counter.linePos(end - 1);
  const { col } = counter.linePos(keyRange[0]);
  const lines = text.split("\n");
  lines.splice(line, 0, `${" ".repeat(col - 1)}by: ${value}`);
  writeFileSync(file, lines.join("\n"));
  return true;
};

for (const key of keys) {
  if (key.startsWith("no:")) {
    const id = key.slice(3);
    const file = needOfferFile(id);
    if (!file) throw new Error(`${key}: no file`);
    mark(file, (root) => (isSeq(root) ? root.items.find((item) => isMap(item) && item.get("id") === id) : undefined));
    continue;
  }
  const [id, list, index] = key.split("/");
  const file = id ? localityFile(id) : undefined;
  if (!file || !list || index === undefined) throw new Error(`${key}: no file`);
  mark(file, (root) => {
    const items = isMap(root) ? root.get(list) : undefined;
    return isSeq(items) ? items.items[Number(index)] : undefined;
  });
}
console.log(`marked ${keys.length} facts by: ${value}`);
