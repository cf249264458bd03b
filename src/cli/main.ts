import { formatProblem } from "../catalog/problem.ts";
import { MatchInputError } from "../matching/modes.ts";
import { ValidationFailed } from "../services/errors.ts";
import { nameThisProcess } from "../services/open-store.ts";
import { EXIT, helpText, type Io, parseCommandArgs, UsageError } from "./command.ts";
import { COMMANDS } from "./commands/index.ts";
import { readSecret } from "./read-secret.ts";
import { describeWorkspaceError } from "./workspace-errors.ts";

const overview = (): string =>
  [
    "jubkoo — Thai–Japanese local cooperation: atlas, registry and matching",
    "",
    "Commands:",
    ...COMMANDS.map((command) => `  ${command.name.padEnd(18)} ${command.summary}`),
    "",
    "Run `jubkoo COMMAND --help` for a command's options. Exit codes: 0 success, 1 runtime failure, 2 usage or validation error.",
    "",
  ].join("\n");

const defaultIo = (): Io => ({
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  readSecret,
});

/** Finds the longest command name that prefixes argv ("data check", "db migrate" …). */
const findCommand = (argv: string[]) => {
  for (const command of [...COMMANDS].sort((a, b) => b.name.length - a.name.length)) {
    const words = command.name.split(" ");
    if (words.every((word, index) => argv[index] === word)) return { command, rest: argv.slice(words.length) };
  }
  return undefined;
};

export const main = async (argv: string[], io: Io = defaultIo()): Promise<number> => {
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "-h" || argv[0] === "help") {
    io.out(overview());
    return EXIT.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    io.err(`jubkoo: unknown command "${argv.join(" ")}".\n\n${overview()}`);
    return EXIT.usage;
  }
  const { command, rest } = found;
  nameThisProcess(`jubkoo ${command.name}`);
  try {
    const parsed = parseCommandArgs(command, rest);
    if (parsed.values.help) {
      io.out(helpText(command));
      return EXIT.ok;
    }
    return await command.run(parsed as { values: Record<string, unknown>; positionals: string[] }, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
    ) {
      io.err(`jubkoo ${command.name}: ${error.message}\n${helpText(command)}`);
      return EXIT.usage;
    }
    // Invalid data or input found deeper down: every problem is listed, nothing was written.
    if (error instanceof ValidationFailed) {
      for (const problem of error.problems) io.err(`${formatProblem(problem)}\n`);
      io.err(`${error.message}\n`);
      return EXIT.usage;
    }
    const refusal = describeWorkspaceError(error);
    if (refusal) {
      io.err(`jubkoo ${command.name}: ${refusal}\n`);
      return EXIT.usage;
    }
    if (error instanceof MatchInputError) {
      io.err(`jubkoo ${command.name}: ${error.message}\n`);
      return EXIT.usage;
    }
    io.err(`jubkoo ${command.name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failure;
  }
};
