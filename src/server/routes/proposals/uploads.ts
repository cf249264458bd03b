import type { MultipartFile } from "@fastify/multipart";
import type { FastifyReply, FastifyRequest } from "fastify";
import { MAX_DOCUMENT_BYTES } from "../../../services/documents/documents.service.ts";
import { InvalidInput } from "../../../services/errors.ts";
import type { DocumentRow } from "../../../store/documents.repository.ts";

/** Limits for @fastify/multipart: one file, no other fields, no larger than documents may be. */
export const UPLOAD_LIMITS = { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 0, parts: 1 };

/** Reads the one file of a multipart upload; too large or missing is the user's error, in their language. */
export const readUpload = (request: FastifyRequest) => async (): Promise<{ fileName: string; content: Buffer }> => {
  const part: MultipartFile | undefined = await request.file().catch(() => undefined);
  if (!part) throw new InvalidInput([{ field: "file", key: "v.document.empty" }]);
  try {
    return { fileName: part.filename, content: await part.toBuffer() };
  } catch (error) {
    if (error instanceof Error && "code" in error && error.code === "FST_REQ_FILE_TOO_LARGE")
      throw new InvalidInput([
        { field: "file", key: "v.document.too-large", params: { mb: MAX_DOCUMENT_BYTES / 1048576 } },
      ]);
    throw error;
  }
};

const asciiName = (name: string) => name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");

/**
 * Sends a stored document as a download, never rendered in the page: attachment, the type read
 * from its content at upload, nosniff, and a sandbox in case a browser opens it anyway.
 */
export const sendDocument = (reply: FastifyReply, document: DocumentRow, content: Buffer) =>
  reply
    .header("content-type", document.mediaType)
    .header(
      "content-disposition",
      `attachment; filename="${asciiName(document.fileName)}"; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
    )
    .header("x-content-type-options", "nosniff")
    .header("content-security-policy", "default-src 'none'; sandbox")
    .send(content);
