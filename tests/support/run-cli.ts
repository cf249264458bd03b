import { spawn } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../src/config.ts";

export type CliResult = { code: number; stdout: string; stderr: string };

/**
 * Spawns the real executable, as a user would, optionally writing `input` to its standard input.
 * DATABASE_URL is dropped so every CLI test uses its own throwaway embedded database
 * (JUBKOO_DB_DIR in `env`).
 */
export const jubkoo = async (args: string[], env: Record<string, string>, input?: string): Promise<CliResult> => {
  const { DATABASE_URL: _server, ...inherited } = process.env;
  const child = spawn(join(ROOT, "bin", "jubkoo"), args, {
    env: { ...inherited, ...env },
    cwd: tmpdir(),
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  child.stdin.end(input ?? "");
  const code = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (exit) => resolve(exit ?? 1));
  });
  return { code, stdout, stderr };
};
