import { randomUUID } from "node:crypto";
import { deliveryFor } from "../../domain/notifications.ts";
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

/**
 * Queues a notice inside the caller's transaction: it exists if and only if the write committed.
 * The recipient's preferences decide whether it is kept (kinds they switched off are not) and how
 * it is mailed (at once, in the weekly digest, or not). True when a new notice was queued.
 */
export const enqueueNotice = async (
  tx: Pick<Repositories, "notices" | "preferences">,
  notice: Notice,
  at: Date,
): Promise<boolean> => {
  const delivery = deliveryFor(await tx.preferences.get(notice.userId), notice.kind);
  if (!delivery.isKept) return false;
  return tx.notices.enqueue({ id: randomUUID(), ...notice, createdAt: at, emailStatus: delivery.email });
};
