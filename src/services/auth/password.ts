import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";

/**
 * Passwords are hashed with Node's scrypt, memory-hard, at OWASP's recommended cost: N=2^16, r=8
 * (64 MiB per hash), p=2. The parameters travel in the stored string, so they can be raised later
 * without a migration. Unit tests (Vitest) hash at a low cost to stay fast; verification reads
 * the cost from the stored hash, and the end-to-end tests run the real server at full cost.
 */
const PARAMS = process.env.VITEST ? { N: 2 ** 10, r: 8, p: 1 } : { N: 2 ** 16, r: 8, p: 2 };
const KEY_LENGTH = 64;

const derive = (password: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
    scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });

export const hashPassword = async (password: string): Promise<string> => {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
};

export const verifyPassword = async (password: string, stored: string): Promise<boolean> => {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !salt || !hash || !n || !r || !p) return false;
  const expected = Buffer.from(hash, "base64url");
  const key = await derive(password, Buffer.from(salt, "base64url"), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
};

/**
 * Hashed once at start: a sign-in for an address with no account checks the password against it,
 * so the answer takes as long as for a real account and does not reveal which addresses exist.
 */
export const decoyHash: Promise<string> = hashPassword(randomBytes(24).toString("base64url"));
