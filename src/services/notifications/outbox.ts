import { randomUUID } from "node:crypto";
import type { Repositories } from "../../store/repositories.ts";

/**
 * What happened that someone should hear of. Each kind names its message keys and parameters in
 * `payload`; the delivery (in-app inbox, email now or as a digest) is decided per user later.
 */
export type Notice = {
  userId: string;
  kind: string;
  /** Same key, same notice: an event handled twice is told once. */
  dedupeKey: string;
  payload: Record<string, unknown>;
};

/** Queues a notice inside the caller's transaction: it exists if and only if the write committed. */
export const enqueueNotice = async (tx: Pick<Repositories, "notices">, notice: Notice, at: Date): Promise<boolean> =>
  tx.notices.enqueue({ id: randomUUID(), ...notice, createdAt: at });
