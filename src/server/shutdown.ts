import type { FastifyInstance } from "fastify";
import type { Store } from "../services/open-store.ts";

/**
 * On SIGTERM or SIGINT: stop accepting connections, let requests in flight finish, close the
 * database (releasing the embedded folder's lock), exit 0. Requests still running after the
 * deadline are abandoned and the process exits 1; a second signal does not restart the sequence.
 */
export const closeOnSignals = (app: FastifyInstance, store: Store, deadlineMs: number): void => {
  let isShuttingDown = false;
  const shutdown = async (signal: NodeJS.Signals) => {
    if (isShuttingDown) return;
    isShuttingDown = true;
    app.log.info({ signal, deadlineMs }, "shutting down: finishing requests in flight");
    const deadline = setTimeout(() => {
      app.log.error({ deadlineMs }, "requests still running at the shutdown deadline; exiting");
      process.exit(1);
    }, deadlineMs);
    deadline.unref();
    try {
      await app.close();
      await store.database.close();
      app.log.info("shut down cleanly");
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
};
