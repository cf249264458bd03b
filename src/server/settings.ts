import { z } from "zod";

/** Operator settings read from the environment; every one is documented in the README (Operations). */
export type ServerSettings = {
  /** Whether to believe X-Forwarded-For/-Proto: false, true, a hop count, or trusted proxy addresses. */
  trustProxy: boolean | number | string[];
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  rateLimit: {
    /** API requests per client and window on each instance. */
    max: number;
    /** Matching requests (heavy) per client and window, counted apart from the rest. */
    heavyMax: number;
    windowMs: number;
  };
  matcher: {
    /** Worker threads for matching; 0 computes in the request's thread (tests, tiny machines). */
    workers: number;
    /** Matching requests waiting for a worker; beyond it the answer is 503 with Retry-After. */
    queue: number;
    /** Identical answers kept until the data changes. */
    cacheEntries: number;
  };
  /** How long SIGTERM waits for requests in flight before the process exits anyway. */
  shutdownTimeoutMs: number;
};

export const DEFAULT_SETTINGS: ServerSettings = {
  trustProxy: false,
  logLevel: "info",
  rateLimit: { max: 1200, heavyMax: 120, windowMs: 60_000 },
  matcher: { workers: 1, queue: 32, cacheEntries: 2000 },
  shutdownTimeoutMs: 10_000,
};

const count = (min: number) => z.coerce.number().int().min(min);

const TrustProxy = z
  .string()
  .trim()
  .transform((text): ServerSettings["trustProxy"] => {
    if (text === "" || text === "false") return false;
    if (text === "true") return true;
    if (/^\d+$/.test(text)) return Number(text);
    return text
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);
  });

const Env = z.object({
  TRUST_PROXY: TrustProxy.optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  RATE_LIMIT_MAX: count(1).optional(),
  RATE_LIMIT_HEAVY_MAX: count(1).optional(),
  RATE_LIMIT_WINDOW_SECONDS: count(1).optional(),
  MATCH_WORKERS: count(0).max(64).optional(),
  MATCH_QUEUE: count(1).optional(),
  MATCH_CACHE_ENTRIES: count(0).optional(),
  SHUTDOWN_TIMEOUT_SECONDS: count(1).optional(),
});

/** Reads the settings; a value that does not parse stops the start with the variable's name. */
export const loadServerSettings = (env: NodeJS.ProcessEnv = process.env): ServerSettings => {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== "")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`invalid setting: ${problems}`);
  }
  const values = parsed.data;
  const base = DEFAULT_SETTINGS;
  return {
    trustProxy: values.TRUST_PROXY ?? base.trustProxy,
    logLevel: values.LOG_LEVEL ?? base.logLevel,
    rateLimit: {
      max: values.RATE_LIMIT_MAX ?? base.rateLimit.max,
      heavyMax: values.RATE_LIMIT_HEAVY_MAX ?? base.rateLimit.heavyMax,
      windowMs: values.RATE_LIMIT_WINDOW_SECONDS ? values.RATE_LIMIT_WINDOW_SECONDS * 1000 : base.rateLimit.windowMs,
    },
    matcher: {
      workers: values.MATCH_WORKERS ?? base.matcher.workers,
      queue: values.MATCH_QUEUE ?? base.matcher.queue,
      cacheEntries: values.MATCH_CACHE_ENTRIES ?? base.matcher.cacheEntries,
    },
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_SECONDS
      ? values.SHUTDOWN_TIMEOUT_SECONDS * 1000
      : base.shutdownTimeoutMs,
  };
};
