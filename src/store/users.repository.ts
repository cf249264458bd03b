import { asc, eq } from "drizzle-orm";
import type { Role, Scope } from "../domain/policy/actor.ts";
import type { Lang } from "../domain/text.ts";
import type { Db } from "./database.ts";
import { users } from "./schema.ts";

export type UserRow = typeof users.$inferSelect;
export type NewUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  scope: Scope;
  passwordHash: string;
  lang: Lang;
};

export const createUsersRepository = (db: Db) => ({
  async byEmail(email: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.email, email));
    return row;
  },

  async byId(id: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.id, id));
    return row;
  },

  async list(): Promise<UserRow[]> {
    return db.select().from(users).orderBy(asc(users.email));
  },

  async insert(user: NewUser, now: Date): Promise<UserRow> {
    const [row] = await db
      .insert(users)
      .values({ ...user, status: "active", createdAt: now, updatedAt: now })
      .returning();
    if (!row) throw new Error("insert returned no row");
    return row;
  },

  async update(
    id: string,
    changes: Partial<Pick<UserRow, "name" | "role" | "scope" | "status" | "passwordHash" | "lang" | "lastSignInAt">>,
    now: Date,
  ): Promise<UserRow | undefined> {
    const [row] = await db
      .update(users)
      .set({ ...changes, updatedAt: now })
      .where(eq(users.id, id))
      .returning();
    return row;
  },

  async countByRole(role: Role): Promise<number> {
    const rows = await db.select({ id: users.id, status: users.status }).from(users).where(eq(users.role, role));
    return rows.filter((row) => row.status === "active").length;
  },
});

export type UsersRepository = ReturnType<typeof createUsersRepository>;
