import { buildCatalog, type Catalog } from "../../catalog/catalog.ts";
import type { ReferenceData } from "../../catalog/reference-data.ts";
import { answerTask, type MatchOutcome, type MatchTask } from "./match-task.ts";

/**
 * A matching worker thread. PGlite lives in the main thread, so the data comes with each task
 * as a SharedArrayBuffer (shared, not copied); the worker builds its catalog once per version.
 */
export type WorkerTask = { version: number; data: SharedArrayBuffer; task: MatchTask };

let built: { version: number; catalog: Catalog } | undefined;

const catalogFor = (version: number, data: SharedArrayBuffer): Catalog => {
  if (built?.version !== version) {
    // TextDecoder will not read shared memory directly: copy the bytes out first.
    const text = new TextDecoder().decode(new Uint8Array(data).slice());
    built = { version, catalog: buildCatalog(JSON.parse(text) as ReferenceData) };
  }
  return built.catalog;
};

export default ({ version, data, task }: WorkerTask): MatchOutcome => answerTask(catalogFor(version, data), task);
