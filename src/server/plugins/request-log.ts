import type { FastifyReply, FastifyRequest } from "fastify";
import { LogController } from "fastify";

/** Query parameters whose values must never reach a log line. */
const SECRET_PARAMS = /^(token|password|pass|secret|key|api_key|session|code|reset|otp)$/i;

/** The URL with secret query values replaced, so a reset or sign-in link is not written down. */
export const redactUrl = (url: string): string => {
  const question = url.indexOf("?");
  if (question < 0) return url;
  const query = url
    .slice(question + 1)
    .split("&")
    .map((pair) => {
      const [name = "", ...value] = pair.split("=");
      return SECRET_PARAMS.test(decodeURIComponentSafe(name)) && value.length ? `${name}=[redacted]` : pair;
    })
    .join("&");
  return `${url.slice(0, question)}?${query}`;
};

const decodeURIComponentSafe = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** Whatever else is logged with an object: headers and fields that carry credentials. */
export const redactedPaths = [
  "req.headers.cookie",
  "req.headers.authorization",
  "res.headers['set-cookie']",
  "headers.cookie",
  "headers.authorization",
  "*.password",
  "*.token",
  "*.cookie",
  "*.authorization",
  "body.password",
];

export const requestSerializers = {
  req: (request: { method: string; url: string; ip?: string; id?: string }) => ({
    method: request.method,
    url: redactUrl(request.url),
    ...(request.ip === undefined ? {} : { ip: request.ip }),
  }),
};

/**
 * Fastify logs two lines per request at info; at a thousand requests a second that is the whole
 * disk. Here requests are logged at debug (LOG_LEVEL=debug shows them), failures still at error.
 */
class QuietLogController extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, "incoming request");
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ req: request, res: reply, err: error }, "request errored");
    else reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, "request completed");
  }

  override routeNotFound(request: FastifyRequest): void {
    request.log.debug({ req: request }, "route not found");
  }
}

export const quietLogController = (): LogController => new QuietLogController();
