import { type ParseArgsConfig, parseArgs } from "node:util";

export type Io = {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Reads a secret (a password) from standard input. */
  readSecret: (prompt: string) => Promise<string>;
};

export type Command = {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  allowPositionals?: boolean;
  run: (parsed: { values: Record<string, unknown>; positionals: string[] }, io: Io) => Promise<number>;
};

/** Bad input from the user: exit code 2 and a plain message. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export const parseCommandArgs = (command: Command, argv: string[]) =>
  parseArgs({
    args: argv,
    options: { ...command.options, help: { type: "boolean", short: "h" } },
    allowPositionals: command.allowPositionals ?? false,
    strict: true,
  });

export const helpText = (command: Command): string =>
  `jubkoo ${command.name} — ${command.summary}\n\nUsage: ${command.usage}\n`;
