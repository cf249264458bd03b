import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { connect, createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** Who holds a data folder: shown to anyone who is refused. */
export type Holder = { pid: number; role: string; since: string };

/** Another process has the embedded database open; nothing was opened or written. */
export class FolderInUse extends Error {
  constructor(
    readonly dir: string,
    readonly holder: Holder | undefined,
  ) {
    const who = holder ? `${holder.role} (pid ${holder.pid}, since ${holder.since})` : "another process";
    super(
      `${who} is using ${dir}; stop it first, or work through the running server ` +
        "(the web app and its API; imports: the admin import page)",
    );
  }
}

/** A request another process may send to the holder; the holder decides what it answers. */
export type LockRequestHandler = (request: unknown, socket: Socket) => void;

export type FolderLock = {
  holder: Holder;
  /** Whether a request carries the secret written, owner-only, beside the folder. */
  isAuthorised: (request: unknown) => boolean;
  /** Lets the holder answer requests (a backup while the server runs); one handler at a time. */
  onRequest: (handler: LockRequestHandler) => void;
  release: () => Promise<void>;
};

/**
 * The lock's address. On Linux an abstract socket: the kernel frees it the moment the process
 * dies (kill -9 included), so there is never a stale lock to clean up. Elsewhere a socket file in
 * the temporary folder, removed when it is found dead.
 */
const lockAddress = (dir: string): string => {
  let real = resolve(dir);
  try {
    real = realpathSync(dir);
  } catch {
    // Not created yet: the resolved path names it.
  }
  const name = `jubkoo-${createHash("sha256").update(real).digest("hex").slice(0, 32)}`;
  return process.platform === "linux" ? `\0${name}` : join(tmpdir(), `${name}.sock`);
};

/** Sends one JSON line and reads the JSON answer, or undefined when nobody answers in time. */
export const askHolder = (address: string, request: unknown, timeoutMs = 3000): Promise<unknown> =>
  new Promise((done) => {
    const socket = connect(address);
    let text = "";
    const finish = (value: unknown) => {
      socket.destroy();
      done(value);
    };
    socket.setTimeout(timeoutMs, () => finish(undefined));
    socket.on("connect", () => socket.write(`${JSON.stringify(request)}\n`));
    socket.on("data", (chunk) => {
      text += chunk.toString();
      const newline = text.indexOf("\n");
      if (newline >= 0) {
        try {
          finish(JSON.parse(text.slice(0, newline)));
        } catch {
          finish(undefined);
        }
      }
    });
    socket.on("error", () => finish(undefined));
    socket.on("end", () => finish(undefined));
  });

/**
 * The holder also writes who it is beside the folder: while it is busy (opening PGlite blocks its
 * event loop for seconds) it cannot answer on the socket, but the file still names it.
 */
const holderFile = (dir: string): string => `${resolve(dir)}.holder.json`;

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
};

const readHolderFileOf = (dir: string): Holder | undefined => {
  try {
    const holder: unknown = JSON.parse(readFileSync(holderFile(dir), "utf8"));
    return isHolder(holder) ? holder : undefined;
  } catch {
    return undefined;
  }
};

/** The holder named in the file, if that process is alive and is not us. */
const readHolderFile = (dir: string): Holder | undefined => {
  const holder = readHolderFileOf(dir);
  return holder && holder.pid !== process.pid && isAlive(holder.pid) ? holder : undefined;
};

const isHolder = (value: unknown): value is Holder =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Holder).pid === "number" &&
  typeof (value as Holder).role === "string";

const listen = (server: Server, address: string): Promise<NodeJS.ErrnoException | undefined> =>
  new Promise((done) => {
    server.once("error", (error: NodeJS.ErrnoException) => done(error));
    server.listen(address, () => done(undefined));
  });

/**
 * Takes the single-writer lock of an embedded database folder for the life of this process, or
 * throws FolderInUse naming the holder. `role` is how others will see us ("the server").
 */
export const acquireFolderLock = async (dir: string, role: string): Promise<FolderLock> => {
  const address = lockAddress(dir);
  const holder: Holder = { pid: process.pid, role, since: new Date().toISOString().slice(0, 19).replace("T", " ") };
  let handler: LockRequestHandler | undefined;
  const server = createServer((socket) => {
    let text = "";
    socket.on("error", () => socket.destroy());
    socket.on("data", (chunk) => {
      text += chunk.toString();
      const newline = text.indexOf("\n");
      if (newline < 0) return;
      let request: unknown;
      try {
        request = JSON.parse(text.slice(0, newline));
      } catch {
        socket.destroy();
        return;
      }
      if ((request as { op?: unknown })?.op === "who" || !handler) socket.end(`${JSON.stringify(holder)}\n`);
      else handler(request, socket);
    });
  });
  let failure = await listen(server, address);
  if (failure?.code === "EADDRINUSE") {
    const answer = readHolderFile(dir) ?? (await askHolder(address, { op: "who" }));
    if (isHolder(answer)) throw new FolderInUse(dir, answer);
    if (!address.startsWith("\0")) {
      // A socket file left by a process that died: nobody answers on it.
      rmSync(address, { force: true });
      failure = await listen(server, address);
    }
  }
  if (failure) throw failure.code === "EADDRINUSE" ? new FolderInUse(dir, undefined) : failure;
  // The lock must not keep a finished command alive.
  server.unref();
  // Anyone on the machine can reach the socket; only the folder's owner can read the token, so
  // only they can ask the holder for a backup.
  const token = randomBytes(24).toString("hex");
  try {
    writeFileSync(holderFile(dir), `${JSON.stringify({ ...holder, token })}\n`, { mode: 0o600 });
  } catch {
    // Naming the holder is a courtesy; the socket is the lock. Without the file, no backups through it.
  }
  return {
    holder,
    isAuthorised: (request) => {
      const offered = Buffer.from(String((request as { token?: unknown } | null)?.token ?? ""));
      const expected = Buffer.from(token);
      return offered.length === expected.length && timingSafeEqual(offered, expected);
    },
    onRequest: (next) => {
      handler = next;
    },
    release: async () => {
      if (readHolderFileOf(dir)?.pid === process.pid) rmSync(holderFile(dir), { force: true });
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
};

export const lockAddressOf = lockAddress;

/** The holder's token, readable by the folder's owner only; undefined when there is none. */
export const holderToken = (dir: string): string | undefined => {
  try {
    const parsed = JSON.parse(readFileSync(holderFile(dir), "utf8")) as { token?: unknown };
    return typeof parsed.token === "string" ? parsed.token : undefined;
  } catch {
    return undefined;
  }
};
