import { sql } from "drizzle-orm";
import { openDatabase } from "../../../src/store/database.ts";
import { createRepositories } from "../../../src/store/repositories.ts";
import { consistencyProblems } from "../../support/consistency.ts";

/** What an embedded folder holds, read after every process that used it has ended. */
export const folderState = async (dir: string) => {
  const database = await openDatabase({ pgliteDir: dir, role: "the fault test" });
  try {
    const repos = createRepositories(database.db);
    const relations = await repos.relations.list();
    const runs = (await database.db.execute(sql.raw("select kind from import_runs order by id"))) as unknown as {
      rows: Array<{ kind: string }>;
    };
    return {
      problems: await consistencyProblems(database.db),
      relationIds: relations.items.map((relation) => relation.id),
      localities: (await repos.localities.list()).total,
      runs: runs.rows.map((row) => row.kind),
    };
  } finally {
    await database.close();
  }
};

export const userRelationsFile = (prefix: string, count: number): string =>
  JSON.stringify({
    relations: Array.from({ length: count }, (_, index) => ({
      id: `${prefix}-${index}`,
      type: "mou",
      parties: ["TH-50", "JP-16"],
      title: { th: "บันทึก", en: `Memo ${index}`, ja: "覚書" },
      status: "active",
      issues: ["waste"],
      sources: ["gk:low"],
    })),
  });
