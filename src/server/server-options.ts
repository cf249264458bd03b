import { randomUUID } from "node:crypto";
import type { Socket } from "node:net";
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from "fastify";
import { t } from "../i18n/index.ts";
import { type ErrorBody, statusErrorBody } from "./plugins/error-body.ts";
import { langFromAcceptLanguage, requestLang } from "./plugins/locale.ts";
import { quietLogController, redactedPaths, requestSerializers } from "./plugins/request-log.ts";
import type { ServerSettings } from "./settings.ts";

export type LogOptions = { level: ServerSettings["logLevel"]; stream?: NodeJS.WritableStream };

/**
 * A request the HTTP parser could not read (huge headers, a garbage request line) never reaches
 * Fastify: the answer is written to the socket here, in the documented shape. The reader's language
 * is taken from whatever Accept-Language header did arrive.
 */
const protocolError = (error: Error & { code?: string; rawPacket?: unknown }, socket: Socket) => {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
  const raw = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString("latin1") : "";
  const header = /\r\naccept-language:([^\r\n]*)/i.exec(raw)?.[1];
  const lang = langFromAcceptLanguage(header);
  const body: ErrorBody =
    status === 400
      ? { error: { code: "bad_request", message: t(lang, "error.status", { status }) } }
      : statusErrorBody(lang, status, "");
  const json = JSON.stringify(body);
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${status === 431 ? "Request Header Fields Too Large" : status === 408 ? "Request Timeout" : "Bad Request"}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy();
};

/** Fastify's own options: logging, proxies, request ids, and errors raised before routing. */
export const serverOptions = (settings: ServerSettings, log: LogOptions | false): FastifyServerOptions => ({
  // A hop count means: believe that many proxies nearest to us.
  trustProxy:
    typeof settings.trustProxy === "number"
      ? (_address: string, hop: number) => hop < (settings.trustProxy as number)
      : settings.trustProxy,
  // A request id from the client is believed only from a trusted proxy; otherwise we make one.
  requestIdHeader: settings.trustProxy === false ? false : "x-request-id",
  genReqId: () => randomUUID(),
  logger:
    log === false
      ? false
      : {
          level: log.level,
          redact: { paths: redactedPaths, censor: "[redacted]" },
          serializers: requestSerializers,
          ...(log.stream ? { stream: log.stream } : {}),
        },
  logController: quietLogController(),
  // plugins/closing.ts answers requests that arrive during shutdown, in the documented shape.
  return503OnClosing: false,
  clientErrorHandler: protocolError,
  frameworkErrors: (error, request, anyReply) => {
    const reply = anyReply as FastifyReply;
    const lang = requestLang(request as FastifyRequest);
    if (error.code === "FST_ERR_BAD_URL") {
      reply.status(400).send({ error: { code: "bad_url", message: t(lang, "error.bad_url") } });
      return;
    }
    const status = error.statusCode ?? 400;
    reply.status(status).send(statusErrorBody(lang, status, error.message));
  },
});
