import { existsSync, readFileSync } from "node:fs";

/** The research report's lines, read once from `path`; undefined when the report is not there. */
export const createReportText = (path: string | null) => {
  let lines: string[] | undefined;
  const load = (): string[] | undefined => {
    if (lines || !path || !existsSync(path)) return lines;
    const text = readFileSync(path, "utf8");
    lines = text.split("\n");
    if (text.endsWith("\n")) lines.pop();
    return lines;
  };
  return {
    lineCount: (): number | undefined => load()?.length,
    /** Lines from–to (1-based, inclusive), or undefined when the report is absent or the range is past its end. */
    lines: (from: number, to: number): string[] | undefined => {
      const all = load();
      if (!all || from < 1 || to < from || to > all.length) return undefined;
      return all.slice(from - 1, to);
    },
  };
};

export type ReportText = ReturnType<typeof createReportText>;
