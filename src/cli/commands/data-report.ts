import { coverageReport } from "../../catalog/coverage-report.ts";
import { dataReport } from "../../catalog/data-report.ts";
import { loadReferenceData } from "../../catalog/load.ts";
import { loadConfig, reportLineCount } from "../../config.ts";
import { type Command, EXIT } from "../command.ts";
import { json, table } from "../format.ts";

export const dataReportCommand: Command = {
  name: "data report",
  summary: "summarise the reference data: counts, completeness, sources, conflicts, thinnest profiles",
  usage: "jubkoo data report [--json]",
  options: { json: { type: "boolean" } },
  run: async ({ values }, io) => {
    const config = loadConfig(io.env);
    const { data, places, problems } = loadReferenceData(config.dataDir, {
      reportLineCount: reportLineCount(config.reportPath),
    });
    const report = dataReport(data);
    const coverage = coverageReport(data, places);
    if (values.json) {
      io.out(json({ ...report, coverage, problems: problems.length }));
      return EXIT.ok;
    }
    const percent = (filled: number, total: number) => (total ? `${Math.round((100 * filled) / total)}%` : "-");
    io.out(
      `Reference data in ${config.dataDir}${problems.length ? ` — ${problems.length} problem(s): run data check` : ""}\n\n`,
    );
    io.out(
      table(
        ["kind", "records"],
        Object.entries(report.counts).map(([kind, count]) => [kind, String(count)]),
      ),
    );
    io.out(`issue taxonomy: ${report.issues.roots} roots, ${report.issues.leaves} leaves\n\n`);
    for (const group of report.completeness) {
      io.out(`${group.group} (${group.total})\n`);
      io.out(
        table(
          ["field", "filled", "share"],
          group.fields.map((field) => [
            field.field,
            `${field.filled}/${field.total}`,
            percent(field.filled, field.total),
          ]),
        ),
      );
      io.out("\n");
    }
    io.out("National coverage\n");
    for (const group of coverage.groups) {
      io.out(`${group.group} (${group.total})\n`);
      io.out(
        table(
          ["field", "filled", "share"],
          group.fields.map((field) => [
            field.field,
            `${field.filled}/${field.total}`,
            percent(field.filled, field.total),
          ]),
        ),
      );
    }
    io.out(
      `municipalities by tier: ${Object.entries(coverage.municipalityTiers)
        .map(([tier, count]) => `${count} ${tier}`)
        .join(", ")}\n`,
    );
    io.out(
      `gazetteer places: ${Object.entries(coverage.places)
        .map(([kind, count]) => `${count} ${kind}s`)
        .join(
          ", ",
        )}; districts with an English name ${coverage.districtsWithEnglish}, with a point ${coverage.districtsWithPoint}\n\n`,
    );
    io.out("Facts by source\n");
    io.out(
      table(
        ["source", "facts"],
        Object.entries(report.sources)
          .sort((a, b) => b[1] - a[1])
          .map(([kind, count]) => [kind, String(count)]),
      ),
    );
    io.out("\nReport tables in the registry\n");
    io.out(
      table(
        ["table", "rows"],
        [
          ...report.tableRows.map((row) => [`Table ${row.table}`, String(row.rows)]),
          ...report.surveys.map((survey) => [survey.survey, `${survey.items} items`]),
        ],
      ),
    );
    io.out(`\nRecorded conflicts (${report.conflicts.length})\n`);
    for (const conflict of report.conflicts)
      io.out(`  ${conflict.relation} · ${conflict.field}: ${conflict.readings.join(" | ")}\n`);
    io.out("\nThinnest profiles\n");
    io.out(
      table(
        ["group", "id", "name", "facts"],
        report.thinnest.map((row) => [row.group, row.id, row.name, String(row.facts)]),
      ),
    );
    return EXIT.ok;
  },
};
