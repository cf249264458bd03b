import type { Lang } from "../../domain/text.ts";
import { type MessageKey, t } from "../../i18n/index.ts";

export type ErrorBody = { error: { code: string; message: string; details?: unknown } };

/** The code and message for each status the framework, the protocol or a limit can answer with. */
const BY_STATUS: Record<number, { code: string; key: MessageKey }> = {
  403: { code: "forbidden", key: "error.forbidden" },
  405: { code: "method_not_allowed", key: "error.method_not_allowed" },
  408: { code: "request_timeout", key: "error.request_timeout" },
  413: { code: "payload_too_large", key: "error.payload_too_large" },
  414: { code: "uri_too_long", key: "error.uri_too_long" },
  415: { code: "unsupported_media_type", key: "error.unsupported_media_type" },
  429: { code: "rate_limited", key: "error.rate_limited" },
  431: { code: "headers_too_large", key: "error.headers_too_large" },
  503: { code: "unavailable", key: "error.closing" },
};

/**
 * The documented error shape for a status without a more specific cause. 400 carries the
 * framework's detail (what was wrong with the request); other statuses say it in the reader's words.
 */
export const statusErrorBody = (lang: Lang, status: number, detail: string): ErrorBody => {
  if (status === 400) return { error: { code: "bad_request", message: t(lang, "error.bad_request", { detail }) } };
  const known = Object.hasOwn(BY_STATUS, status) ? BY_STATUS[status] : undefined;
  if (known) return { error: { code: known.code, message: t(lang, known.key) } };
  return { error: { code: `http_${status}`, message: t(lang, "error.status", { status }) } };
};
