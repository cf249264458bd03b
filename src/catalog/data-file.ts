import { jsonRecordLines } from "./json-positions.ts";
import type { Problem } from "./problem.ts";
import { parseYamlFile, type YamlFile } from "./yaml-file.ts";

/** Items parsed at a time from a long YAML list: the parser's memory is bounded by this, not the file. */
const ITEMS_PER_CHUNK = 200;

const parseJson = (file: string, text: string): YamlFile | Problem => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    const line = position === undefined ? undefined : text.slice(0, Number(position)).split("\n").length;
    return { file, ...(line === undefined ? {} : { line }), message: `malformed JSON: ${(error as Error).message}` };
  }
  let starts: Map<string, number[]> | undefined;
  const lineOf = (path: readonly PropertyKey[]) => {
    starts ??= jsonRecordLines(text);
    const [key, index] = path;
    return typeof key === "string" && typeof index === "number" ? (starts.get(key)?.[index] ?? 1) : 1;
  };
  return { file, value, lineOf };
};

/**
 * A YAML file shaped as import files are (top-level keys, each a block list of records) is parsed
 * a few hundred records at a time; line numbers stay those of the whole file. Any other shape, or
 * anchors and aliases (which may refer across records), is parsed whole.
 */
const parseYamlInChunks = (file: string, text: string): YamlFile | Problem | undefined => {
  if (/(^|[\s[{,])[&*][^\s]/m.test(text)) return undefined;
  const lines = text.split("\n");
  const value: Record<string, unknown[]> = {};
  // Where each chunk lies; its parsed document is not kept (it is what costs memory), so a line
  // number asked for a problem parses that chunk again.
  const parts: Array<{ key: string; first: number; items: number; from: number; to: number }> = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? "";
    if (/^\s*(#.*)?$/.test(line)) {
      index++;
      continue;
    }
    const key = /^([A-Za-z_]\w*):\s*(#.*)?$/.exec(line)?.[1];
    if (!key || Object.hasOwn(value, key)) return undefined;
    const body: number[] = [];
    for (index++; index < lines.length && !/^\S/.test(lines[index] ?? ""); index++) body.push(index);
    const firstItem = body.find((at) => /^\s*- /.test(lines[at] ?? ""));
    const itemIndent = firstItem === undefined ? undefined : /^(\s*)- /.exec(lines[firstItem] ?? "")?.[1];
    const starts = body.filter((at) => (lines[at] ?? "").startsWith(`${itemIndent}- `));
    const items: unknown[] = [];
    value[key] = items;
    for (let chunk = 0; chunk < starts.length; chunk += ITEMS_PER_CHUNK) {
      const from = starts[chunk] ?? 0;
      const to = starts[chunk + ITEMS_PER_CHUNK] ?? (body.at(-1) ?? from) + 1;
      const parsed = parseYamlFile(file, lines.slice(from, to).join("\n"));
      if ("message" in parsed) return { ...parsed, ...(parsed.line ? { line: parsed.line + from } : {}) };
      if (!Array.isArray(parsed.value)) return undefined;
      const offset = items.length;
      items.push(...parsed.value);
      parts.push({ key, first: offset, items: parsed.value.length, from, to });
    }
  }
  let reparsed: { part: (typeof parts)[number]; file: YamlFile } | undefined;
  const lineOf = (path: readonly PropertyKey[]) => {
    const [key, item, ...rest] = path;
    if (typeof item !== "number") return 1;
    const part = parts.find((p) => p.key === key && item >= p.first && item < p.first + p.items);
    if (!part) return 1;
    if (reparsed?.part !== part) {
      const again = parseYamlFile(file, lines.slice(part.from, part.to).join("\n"));
      if ("message" in again) return part.from + 1;
      reparsed = { part, file: again };
    }
    const line = reparsed.file.lineOf([item - part.first, ...rest]);
    return line === undefined ? undefined : line + part.from;
  };
  return { file, value, lineOf };
};

/** Reads an import file: JSON with JSON.parse, YAML in chunks when it can, whole when it must. */
export const parseDataFile = (file: string, text: string): YamlFile | Problem => {
  if (/\.json$/i.test(file) || /^\s*[{[]/.test(text)) {
    const json = parseJson(file, text);
    // YAML's flow style also starts with "{": if it is not JSON, the YAML parser says what is wrong.
    if (!("message" in json) || /\.json$/i.test(file)) return json;
  }
  return parseYamlInChunks(file, text) ?? parseYamlFile(file, text);
};
