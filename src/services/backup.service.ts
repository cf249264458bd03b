import { once } from "node:events";
import { closeSync, createReadStream, createWriteStream, openSync, readSync, renameSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { createInterface } from "node:readline";
import { PassThrough, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { RestoreRefused, restoreDump } from "../store/backup/restore-dump.ts";
import { writeDump } from "../store/backup/write-dump.ts";
import type { Database } from "../store/database.ts";
import { holderToken, lockAddressOf } from "../store/embedded/folder-lock.ts";

export { RestoreRefused };

/** Lines of a backup file, gunzipped when it starts with gzip's magic bytes. */
const fileLines = (file: string): AsyncIterable<string> => {
  const head = Buffer.alloc(2);
  const fd = openSync(file, "r");
  readSync(fd, head, 0, 2, 0);
  closeSync(fd);
  const raw = createReadStream(file);
  const input: Readable = head[0] === 0x1f && head[1] === 0x8b ? raw.pipe(createGunzip()) : raw;
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
};

/**
 * Writes to FILE.partial (owner-only) and renames it when complete, so FILE is either a whole
 * backup or absent. A name ending in .gz is compressed.
 */
const intoFile = async (file: string, produce: (write: (line: string) => Promise<void>) => Promise<void>) => {
  const partial = `${file}.partial`;
  const lines = new PassThrough();
  const target = createWriteStream(partial, { mode: 0o600 });
  const written = file.endsWith(".gz") ? pipeline(lines, createGzip(), target) : pipeline(lines, target);
  const write = async (line: string) => {
    if (!lines.write(`${line}\n`)) await once(lines, "drain");
  };
  try {
    await produce(write);
    lines.end();
    await written;
    renameSync(partial, file);
  } catch (error) {
    lines.destroy();
    await written.catch(() => undefined);
    rmSync(partial, { force: true });
    throw error;
  }
};

/** Backs up the database the process has open. Returns the number of rows. */
export const backupToFile = async (database: Pick<Database, "db" | "engine">, file: string): Promise<number> => {
  let rows = 0;
  await intoFile(file, async (write) => {
    rows = await writeDump(database, write);
  });
  return rows;
};

export const restoreFromFile = (database: Pick<Database, "db">, file: string, options: { replace: boolean }) =>
  restoreDump(database, fileLines(file), options);

/**
 * The embedded database's holder (the server) answers backup requests on its lock socket, so a
 * nightly backup never needs it stopped. The request must carry the owner-only token.
 */
export const serveBackups = (database: Database): void => {
  database.lock?.onRequest((request, socket) => {
    if ((request as { op?: unknown })?.op !== "backup" || !database.lock?.isAuthorised(request)) {
      socket.end(`${JSON.stringify({ error: "refused" })}\n`);
      return;
    }
    const write = async (line: string) => {
      if (!socket.write(`${line}\n`)) await once(socket, "drain");
    };
    writeDump(database, write).then(
      () => socket.end(),
      () => socket.destroy(),
    );
  });
};

/** Asks the embedded folder's holder for a backup and writes it to FILE. Returns the number of rows. */
export const backupThroughHolder = async (dir: string, file: string): Promise<number> => {
  const token = holderToken(dir);
  if (!token) throw new Error(`cannot ask the process using ${dir} for a backup: its token is not readable`);
  const socket = connect(lockAddressOf(dir));
  await once(socket, "connect");
  socket.write(`${JSON.stringify({ op: "backup", token })}\n`);
  let rows = -1;
  let isComplete = false;
  await intoFile(file, async (write) => {
    for await (const line of createInterface({ input: socket, crlfDelay: Number.POSITIVE_INFINITY })) {
      if (line.startsWith('{"error"')) throw new Error(`the process using ${dir} refused the backup`);
      await write(line);
      if (line.startsWith('{"end":true')) {
        rows = (JSON.parse(line) as { rows: number }).rows;
        isComplete = true;
      }
    }
    if (!isComplete) throw new Error("the backup stream ended early; no file was written");
  });
  return rows;
};
