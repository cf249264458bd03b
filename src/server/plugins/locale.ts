import type { FastifyRequest } from "fastify";
import { LANGS, type Lang } from "../../domain/text.ts";

const isLang = (value: unknown): value is Lang =>
  typeof value === "string" && (LANGS as readonly string[]).includes(value);

const fromCookie = (header: string | undefined): string | undefined =>
  header
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === "lang")?.[1];

/** Prefers an explicit choice: ?lang, then the lang cookie, then Accept-Language; English last. */
export const requestLang = (request: FastifyRequest): Lang => {
  const query = (request.query as Record<string, unknown> | undefined)?.lang;
  if (isLang(query)) return query;
  const cookie = fromCookie(request.headers.cookie);
  if (isLang(cookie)) return cookie;
  return langFromAcceptLanguage(request.headers["accept-language"]);
};

/** The first of th, en, ja that an Accept-Language header names; English when none. */
export const langFromAcceptLanguage = (header: string | undefined): Lang => {
  const accepted = (header ?? "").split(",").map((part) => part.trim().split(";")[0]?.slice(0, 2).toLowerCase());
  return accepted.find(isLang) ?? "en";
};
