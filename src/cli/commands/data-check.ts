import { loadReferenceData } from "../../catalog/load.ts";
import { formatProblem } from "../../catalog/problem.ts";
import { checkSpellings } from "../../catalog/spelling-check.ts";
import { loadConfig, reportLineCount } from "../../config.ts";
import { type Command, EXIT } from "../command.ts";

export const dataCheck: Command = {
  name: "data check",
  summary: "validate the reference data in data/ and report every problem",
  usage: "jubkoo data check [--dir DIR]",
  options: { dir: { type: "string" } },
  run: async ({ values }, io) => {
    const config = loadConfig(values.dir ? { ...io.env, JUBKOO_DATA_DIR: String(values.dir) } : io.env);
    const { data, places, problems, files, locations } = loadReferenceData(config.dataDir, {
      reportLineCount: reportLineCount(config.reportPath),
    });
    for (const problem of problems) io.err(`${formatProblem(problem)}\n`);
    const counts = Object.entries(data)
      .map(([kind, records]) => `${records.length} ${kind}`)
      .concat(`${places.length} places`)
      .join(", ");
    // Spelling variants are warnings: the data is valid, but a name should read the same everywhere.
    const warnings = problems.length ? [] : checkSpellings(data, locations);
    for (const warning of warnings) io.err(`warning: ${formatProblem(warning)}\n`);
    if (problems.length > 0) {
      io.err(`\n${problems.length} problem(s) in ${files} file(s) under ${config.dataDir}\n`);
      return EXIT.usage;
    }
    io.out(
      `data check: ${files} files, ${counts}: no problems${warnings.length ? `, ${warnings.length} spelling warning(s)` : ""}\n`,
    );
    return EXIT.ok;
  },
};
