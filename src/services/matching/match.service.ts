import { LRUCache } from "lru-cache";
import { Piscina } from "piscina";
import { MatchInputError } from "../../matching/modes.ts";
import type { CatalogCache, CatalogSnapshot } from "../catalog.service.ts";
import { ServiceBusy } from "../errors.ts";
import type { WorkerTask } from "./match.worker.ts";
import { answerTask, type MatchOutcome, type MatchTask } from "./match-task.ts";

export type MatchServiceOptions = {
  /** Worker threads; 0 answers in the calling thread (tests, the CLI). */
  workers: number;
  /** Tasks waiting for a worker before new ones are refused as busy. */
  queue: number;
  /** Identical answers kept per data version. */
  cacheEntries: number;
};

const encoder = new TextEncoder();

/** The dataset as bytes in shared memory: every worker reads the same copy. */
const shareData = (snapshot: CatalogSnapshot): SharedArrayBuffer => {
  const bytes = encoder.encode(JSON.stringify(snapshot.data));
  const shared = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(shared).set(bytes);
  return shared;
};

const unwrap = (outcome: MatchOutcome): string => {
  if (outcome.ok) return outcome.json;
  throw new MatchInputError(outcome.code, outcome.message, outcome.subject, outcome.pair);
};

/**
 * Matching off the event loop: tasks go to worker threads through a bounded queue (full: the
 * caller gets ServiceBusy, answered 503 with Retry-After), and identical questions are answered
 * from a cache until the data changes (the catalog's version moves on every invalidation).
 */
export const createMatchService = (catalogs: CatalogCache, options: MatchServiceOptions) => {
  // Started on the first question: an app that never matches (most tests, a CLI) starts no thread.
  let pool: Piscina<WorkerTask, MatchOutcome> | undefined;
  const workerPool = () =>
    (pool ??= new Piscina<WorkerTask, MatchOutcome>({
      filename: new URL("./match-worker-entry.mjs", import.meta.url).href,
      minThreads: options.workers,
      maxThreads: options.workers,
      maxQueue: options.queue,
      idleTimeout: Number.POSITIVE_INFINITY,
    }));
  const answers = new LRUCache<string, string>({ max: Math.max(1, options.cacheEntries) });
  let shared: { version: number; data: SharedArrayBuffer } | undefined;
  const counts = { computed: 0, fromCache: 0, refusedBusy: 0 };
  const unsubscribe = catalogs.onInvalidate(() => {
    answers.clear();
    shared = undefined;
  });

  const compute = async (snapshot: CatalogSnapshot, task: MatchTask): Promise<string> => {
    if (options.workers === 0) return unwrap(answerTask(snapshot.catalog, task));
    if (shared?.version !== snapshot.version) shared = { version: snapshot.version, data: shareData(snapshot) };
    try {
      return unwrap(await workerPool().run({ version: snapshot.version, data: shared.data, task }));
    } catch (error) {
      if (error instanceof Error && error.message === "Task queue is at limit") {
        counts.refusedBusy++;
        throw new ServiceBusy(retryAfter());
      }
      throw error;
    }
  };

  /** Seconds until a place is likely free: the queue drains at about a task per worker per second. */
  const retryAfter = (): number => Math.max(1, Math.ceil((pool?.queueSize ?? 0) / Math.max(1, options.workers)));

  return {
    /** The answer as JSON text. */
    answer: async (task: MatchTask): Promise<string> => {
      const snapshot = await catalogs.snapshot();
      const key = `${snapshot.version}\u0000${JSON.stringify(task)}`;
      const cached = options.cacheEntries > 0 ? answers.get(key) : undefined;
      if (cached !== undefined) {
        counts.fromCache++;
        return cached;
      }
      const json = await compute(snapshot, task);
      counts.computed++;
      // An answer computed for data that has since changed is not kept.
      if (options.cacheEntries > 0 && snapshot.version === catalogs.version()) answers.set(key, json);
      return json;
    },
    /** How answers were found since the start (for logs and health). */
    counts: () => ({ ...counts, waiting: pool?.queueSize ?? 0 }),
    close: async (): Promise<void> => {
      unsubscribe();
      answers.clear();
      await pool?.destroy();
    },
  };
};

export type MatchService = ReturnType<typeof createMatchService>;
