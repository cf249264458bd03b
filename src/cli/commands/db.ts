import { loadConfig, reportLineCount } from "../../config.ts";
import { withStore } from "../../services/open-store.ts";
import { seedDatabase } from "../../services/seed.service.ts";
import { auditFields } from "../../services/workspace/context.ts";
import type { SeedSummary } from "../../store/reference.repository.ts";
import { type Command, EXIT, type Io } from "../command.ts";
import { cliMeta } from "../workspace-deps.ts";

const describeTarget = (databaseUrl: string | undefined, pgliteDir: string): string =>
  databaseUrl ? "PostgreSQL server (DATABASE_URL)" : `embedded PGlite at ${pgliteDir}`;

const printSummary = (io: Io, summary: SeedSummary) => {
  for (const [kind, counts] of Object.entries(summary)) {
    io.out(
      `  ${kind.padEnd(14)} +${counts.inserted} inserted, ~${counts.updated} updated, =${counts.unchanged} unchanged, -${counts.removed} removed, ${counts.keptUserEdits} user edits kept\n`,
    );
  }
};

/** Runs the seed; invalid data reaches the CLI's handler as ValidationFailed (exit code 2). */
const seed = async (io: Io, truncateFirst: boolean): Promise<number> => {
  const config = loadConfig(io.env);
  return withStore(config, {}, async ({ repos }) => {
    io.out(`Seeding ${describeTarget(config.databaseUrl, config.pgliteDir)} from ${config.dataDir} …\n`);
    const summary = await seedDatabase(repos, {
      dataDir: config.dataDir,
      reportLineCount: reportLineCount(config.reportPath),
      replaceAll: truncateFirst,
    });
    printSummary(io, summary);
    if (truncateFirst) {
      // Emptying the data is the largest change there is: it is in the audit trail like any other.
      await repos.audit.append({
        ...auditFields(cliMeta, new Date()),
        action: "data.reset",
        recordKind: "database",
        recordId: "all",
        before: null,
        after: summary,
        reason: "jubkoo db reset --yes",
        reverts: null,
      });
    }
    return EXIT.ok;
  });
};

export const dbMigrate: Command = {
  name: "db migrate",
  summary: "create or upgrade the database schema",
  usage: "jubkoo db migrate",
  options: {},
  run: async (_parsed, io) => {
    const config = loadConfig(io.env);
    await withStore(config, {}, async () => undefined);
    io.out(`Migrated ${describeTarget(config.databaseUrl, config.pgliteDir)}.\n`);
    return EXIT.ok;
  },
};

export const dbSeed: Command = {
  name: "db seed",
  summary: "load the reference data into the database (idempotent; keeps user edits)",
  usage: "jubkoo db seed",
  options: {},
  run: (_parsed, io) => seed(io, false),
};

export const dbReset: Command = {
  name: "db reset",
  summary: "empty the data, user records included, and seed it again (accounts and the audit trail stay)",
  usage: "jubkoo db reset --yes",
  options: { yes: { type: "boolean" } },
  run: async ({ values }, io) => {
    if (!values.yes) {
      io.err(
        "db reset deletes every record, including records users entered (accounts and the audit trail stay). Run again with --yes to confirm.\n",
      );
      return EXIT.usage;
    }
    return seed(io, true);
  },
};
