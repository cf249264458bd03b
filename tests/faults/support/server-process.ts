import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { ROOT } from "../../../src/config.ts";

export type ServerProcess = {
  child: ChildProcess;
  url: string;
  port: number;
  /** Everything the server wrote to stdout and stderr so far. */
  output: () => string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Waits until the output matches `pattern` or satisfies it (or the process ends). */
  waitFor: (pattern: RegExp | ((output: string) => boolean), timeoutMs?: number) => Promise<boolean>;
};

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

/** `npm start`'s program (src/server/main.ts) on a loopback port, a given folder and data. */
export const spawnServer = async (env: Record<string, string>): Promise<ServerProcess> => {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "server", "main.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: "", PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const listeners = new Set<() => void>();
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of listeners) listener();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = (pattern: RegExp | ((text: string) => boolean), timeoutMs = 120_000) =>
    new Promise<boolean>((resolve) => {
      const matches = () => (typeof pattern === "function" ? pattern(output) : pattern.test(output));
      const check = () => {
        if (matches()) finish(true);
      };
      const finish = (found: boolean) => {
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      listeners.add(check);
      void exited.then(() => finish(matches()));
      check();
    });
  return { child, url: `http://127.0.0.1:${port}`, port, output: () => output, exited, waitFor };
};

/** Starts a server and waits until it serves; throws with its output when it does not. */
export const startServer = async (env: Record<string, string>): Promise<ServerProcess> => {
  const server = await spawnServer(env);
  if (!(await server.waitFor(/Jubkoo is serving/))) {
    server.child.kill("SIGKILL");
    throw new Error(`the server did not start:\n${server.output()}`);
  }
  return server;
};

export const stopServer = async (server: ServerProcess): Promise<number | null> => {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGTERM");
  return server.exited;
};
