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

/**
 * `--limit -5` would read as an option named 5; joined as `--limit=-5`, the command's own check
 * can say what is wrong with the value.
 */
const joinNegativeValues = (command: Command, argv: string[]): string[] => {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? "";
    const next = argv[index + 1];
    const name = arg.startsWith("--") ? arg.slice(2) : undefined;
    const takesValue =
      name !== undefined && Object.hasOwn(command.options, name) && command.options[name]?.type === "string";
    if (takesValue && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      index++;
    } else joined.push(arg);
  }
  return joined;
};

export const parseCommandArgs = (command: Command, argv: string[]) =>
  parseArgs({
    args: joinNegativeValues(command, argv),
    options: { ...command.options, help: { type: "boolean", short: "h" } },
    allowPositionals: command.allowPositionals ?? false,
    strict: true,
  });

export const helpText = (command: Command): string =>
  `jubkoo ${command.name} — ${command.summary}\n\nUsage: ${command.usage}\n`;
