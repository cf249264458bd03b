import { createHash, randomBytes } from "node:crypto";

/**
 * A secret handed to the browser (session cookie, emailed link) and the id we store: its SHA-256.
 * A copy of the database therefore holds no usable session or link.
 */
export const newSecret = (): { secret: string; id: string } => {
  const secret = randomBytes(32).toString("base64url");
  return { secret, id: secretId(secret) };
};

export const secretId = (secret: string): string => createHash("sha256").update(secret).digest("hex");

/** Cookies and links carry 43 base64url characters; anything else is not ours. */
export const isWellFormedSecret = (secret: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(secret);
