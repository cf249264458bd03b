import { and, asc, eq } from "drizzle-orm";
import type { Db } from "./database.ts";
import { documentContents, documents } from "./schema.ts";

export type DocumentRow = typeof documents.$inferSelect;
export type OwnerKind = DocumentRow["ownerKind"];

export const createDocumentsRepository = (db: Db) => ({
  async insert(document: DocumentRow, content: Buffer): Promise<void> {
    await db.insert(documents).values(document);
    await db.insert(documentContents).values({ id: document.id, content });
  },

  async get(id: string): Promise<DocumentRow | undefined> {
    const [found] = await db.select().from(documents).where(eq(documents.id, id));
    return found;
  },

  async content(id: string): Promise<Buffer | undefined> {
    const [found] = await db
      .select({ content: documentContents.content })
      .from(documentContents)
      .where(eq(documentContents.id, id));
    return found?.content;
  },

  async forOwner(ownerKind: OwnerKind, ownerId: string): Promise<DocumentRow[]> {
    return db
      .select()
      .from(documents)
      .where(and(eq(documents.ownerKind, ownerKind), eq(documents.ownerId, ownerId)))
      .orderBy(asc(documents.uploadedAt), asc(documents.id));
  },
});

export type DocumentsRepository = ReturnType<typeof createDocumentsRepository>;
