import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { loadConfig } from "../../config.ts";
import { toCsvFiles, toJsonFiles } from "../../services/export.service.ts";
import { importUserFile } from "../../services/import.service.ts";
import { withStore } from "../../services/open-store.ts";
import { readReferenceData } from "../../services/reference-data.service.ts";
import { auditFields } from "../../services/workspace/context.ts";
import { type Command, EXIT, UsageError } from "../command.ts";
import { parseChoice } from "../format.ts";
import { readInputFile } from "../input-file.ts";
import { cliMeta } from "../workspace-deps.ts";

export const exportCommand: Command = {
  name: "export",
  summary: "write the database's records to DIR as JSON or CSV files",
  usage: "jubkoo export --format json|csv DIR",
  options: { format: { type: "string" } },
  allowPositionals: true,
  run: async ({ values, positionals }, io) => {
    const format = parseChoice("format", values.format ?? "json", ["json", "csv"] as const);
    const [dir, ...extra] = positionals;
    if (!dir || extra.length) throw new UsageError("give one output directory");
    const target = resolve(io.cwd, dir);
    return withStore(loadConfig(io.env), { seedIfEmpty: true }, async ({ repos }) => {
      const data = await readReferenceData(repos);
      const files = format === "csv" ? toCsvFiles(data) : toJsonFiles(data);
      mkdirSync(target, { recursive: true });
      for (const [name, content] of Object.entries(files)) writeFileSync(join(target, name), content);
      io.out(`Wrote ${Object.keys(files).length} ${format} files to ${target}\n`);
      return EXIT.ok;
    });
  },
};

export const importCommand: Command = {
  name: "import",
  summary: "import user records from a YAML or JSON file (all or nothing)",
  usage: "jubkoo import FILE   (FILE: {localities: [...], organisations: [...], relations: [...], needsOffers: [...]})",
  options: {},
  allowPositionals: true,
  run: async ({ positionals }, io) => {
    const [file, ...extra] = positionals;
    if (!file || extra.length) throw new UsageError("give one file to import");
    const text = readInputFile(io.cwd, file);
    return withStore(loadConfig(io.env), { seedIfEmpty: true }, async ({ repos }) => {
      // An import from the shell changes records like any other write: it is in the audit trail.
      const summary = await importUserFile(repos, file, text, (locked, written) =>
        locked.audit.append({
          ...auditFields(cliMeta, new Date()),
          action: "data.import",
          recordKind: "import",
          recordId: file,
          before: null,
          after: written,
          reason: `jubkoo import ${file}`,
          reverts: null,
        }),
      );
      io.out(
        `Imported ${Object.entries(summary)
          .map(([kind, count]) => `${count} ${kind}`)
          .join(", ")} as user records.\n`,
      );
      return EXIT.ok;
    });
  },
};
