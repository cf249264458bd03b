import { type Document, LineCounter, parseDocument } from "yaml";
import type { Problem } from "./problem.ts";

/** A parsed YAML file that can say on which line any path of its content starts. */
export type YamlFile = {
  file: string;
  value: unknown;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
};

export const parseYamlFile = (file: string, text: string): YamlFile | Problem => {
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const [error] = document.errors;
  if (error) {
    const line = error.linePos?.[0]?.line;
    return {
      file,
      ...(line === undefined ? {} : { line }),
      message: `malformed YAML: ${error.message.split("\n")[0]}`,
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth) as unknown[], true) as
        | { range?: [number, number, number] }
        | undefined;
      if (node && typeof node === "object" && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  let value: unknown;
  try {
    value = document.toJS();
  } catch (error) {
    // The yaml library refuses documents whose aliases expand without bound ("billion laughs").
    return { file, message: `malformed YAML: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { file, value, lineOf };
};

export const isProblem = (value: YamlFile | Problem): value is Problem => "message" in value;
