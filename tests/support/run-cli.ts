import { execFile } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "../../src/config.ts";

const run = promisify(execFile);

export type CliResult = { code: number; stdout: string; stderr: string };

/**
 * Spawns the real executable, as a user would. DATABASE_URL is dropped so every CLI test uses its
 * own throwaway embedded database (JUBKOO_DB_DIR in `env`).
 */
export const jubkoo = async (args: string[], env: Record<string, string>): Promise<CliResult> => {
  const { DATABASE_URL: _server, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run(join(ROOT, "bin", "jubkoo"), args, {
      env: { ...inherited, ...env },
      cwd: tmpdir(),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};
