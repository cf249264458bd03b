import { loadReferenceData } from "../../catalog/load.ts";
import { formatProblem } from "../../catalog/problem.ts";
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
    const { data, problems, warnings, files } = loadReferenceData(config.dataDir, {
      reportLineCount: reportLineCount(config.reportPath),
      ...(lines ? { reportLines: lines } : {}),
    });
    for (const problem of problems) io.err(`${formatProblem(problem)}\n`);
    for (const warning of warnings) io.err(`warning: ${formatProblem(warning)}\n`);
    const checked = lines
      ? "figures checked against the cited report lines"
      : "report not found: figures not checked against it";
    const counts = Object.entries(data)
      .map(([kind, records]) => `${records.length} ${kind}`)
      .join(", ");
    if (problems.length > 0) {
      io.err(`\n${problems.length} problem(s) in ${files} file(s) under ${config.dataDir}\n`);
      return EXIT.usage;
    }
    io.out(`data check: ${files} files, ${counts}: no problems, ${warnings.length} warning(s); ${checked}\n`);
    return EXIT.ok;
  },
};
