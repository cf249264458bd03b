import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "./database.ts";
import { tokens } from "./schema.ts";

export type TokenRow = typeof tokens.$inferSelect;

export const createTokensRepository = (db: Db) => ({
  async insert(token: TokenRow): Promise<void> {
    await db.insert(tokens).values(token);
  },

  /** An unused, unexpired token of this purpose, or nothing. */
  async usable(id: string, purpose: TokenRow["purpose"], now: Date): Promise<TokenRow | undefined> {
    const [row] = await db
      .select()
      .from(tokens)
      .where(and(eq(tokens.id, id), eq(tokens.purpose, purpose), isNull(tokens.usedAt), gt(tokens.expiresAt, now)));
    return row;
  },

  /**
   * Marks a token used; false when another request used it first. The update's condition is the
   * guard, so two concurrent redemptions cannot both succeed.
   */
  async redeem(id: string, now: Date): Promise<boolean> {
    const rows = await db
      .update(tokens)
      .set({ usedAt: now })
      .where(and(eq(tokens.id, id), isNull(tokens.usedAt), gt(tokens.expiresAt, now)))
      .returning({ id: tokens.id });
    return rows.length === 1;
  },

  async pendingInvitation(email: string, now: Date): Promise<TokenRow | undefined> {
    const [row] = await db
      .select()
      .from(tokens)
      .where(
        and(
          eq(tokens.email, email),
          eq(tokens.purpose, "invitation"),
          isNull(tokens.usedAt),
          gt(tokens.expiresAt, now),
        ),
      );
    return row;
  },
});

export type TokensRepository = ReturnType<typeof createTokensRepository>;
