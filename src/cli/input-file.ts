import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { UsageError } from "./command.ts";

/**
 * Reads a file named on the command line. A path that is missing, a directory or unreadable is
 * the user's mistake (exit code 2 with a plain message), not a runtime failure.
 */
export const readInputFile = (cwd: string, file: string): string => {
  const path = inputFilePath(cwd, file);
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}${code === "EACCES" ? ": permission denied" : ""}`);
  }
};

/** The resolved path of an existing file named on the command line (for files read as streams). */
export const inputFilePath = (cwd: string, file: string): string => {
  const path = resolve(cwd, file);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    throw new UsageError(`no such file: ${file}`);
  }
  if (isDirectory) throw new UsageError(`${file} is a directory; give a file`);
  return path;
};
