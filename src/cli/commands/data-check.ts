import { loadReferenceData } from "../../catalog/load.ts";
import { formatProblem } from "../../catalog/problem.ts";
import { checkSpellings } from "../../catalog/spelling-check.ts";
import { loadConfig, reportLineCount, reportLines } from "../../config.ts";
import { type Command, EXIT } from "../command.ts";

export const dataCheck: Command = {
  name: "data check",
  summary: "validate the reference data in data/ and report every problem",
  usage: "jubkoo data check [--dir DIR]",
  options: { dir: { type: "string" } },
  run: async ({ values }, io) => {
    const config = loadConfig(values.dir ? { ...io.env, JUBKOO_DATA_DIR: String(values.dir) } : io.env);
    const lines = reportLines(config.reportPath);
    const { data, places, problems, warnings, files, locations } = loadReferenceData(config.dataDir, {
      reportLineCount: reportLineCount(config.reportPath),
      ...(lines ? { reportLines: lines } : {}),
    });
    for (const problem of problems) io.err(`${formatProblem(problem)}\n`);
    // Warnings leave the data valid: a citation that does not hold a figure, a Western year in Thai
    // text, a name spelled otherwise than its record.
    const spellings = problems.length ? [] : checkSpellings(data, locations);
    for (const warning of [...warnings, ...spellings]) io.err(`warning: ${formatProblem(warning)}\n`);
    const checked = lines
      ? "figures checked against the cited report lines"
      : "report not found: figures not checked against it";
    const counts = Object.entries(data)
      .map(([kind, records]) => `${records.length} ${kind}`)
      .concat(`${places.length} places`)
      .join(", ");
    if (problems.length > 0) {
      io.err(`\n${problems.length} problem(s) in ${files} file(s) under ${config.dataDir}\n`);
      return EXIT.usage;
    }
    io.out(
      `data check: ${files} files, ${counts}: no problems, ${warnings.length} citation warning(s), ${spellings.length} spelling warning(s); ${checked}\n`,
    );
    return EXIT.ok;
  },
};
