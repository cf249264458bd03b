import { createInterface } from "node:readline";

/**
 * A password from standard input: piped (`echo … | jubkoo users create …`), or typed at a
 * terminal without being echoed. Only the first line counts; its line ending is not part of it.
 */
export const readSecret = async (prompt: string): Promise<string> => {
  const input = process.stdin;
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(Buffer.from(chunk));
    return (Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "").trimEnd();
  }
  const lines = createInterface({ input, output: process.stderr, terminal: true });
  process.stderr.write(prompt);
  // Typing is not echoed: the interface writes nothing while the password is typed.
  (lines as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = () => undefined;
  const answer = await new Promise<string>((resolve) => lines.question("", resolve));
  lines.close();
  process.stderr.write("\n");
  return answer;
};
