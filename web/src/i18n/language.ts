import { isLang, type Lang } from "../lib/lang.ts";

export const STORAGE_KEY = "jubkoo.lang";
const YEAR_SECONDS = 60 * 60 * 24 * 365;

const cookieLang = (cookie: string): string | undefined =>
  cookie
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === "lang")?.[1];

/**
 * The reader's language: a shared link's ?lang= first (the sender's language travels with the
 * link), then their last choice (storage, then cookie), then the browser's, then Thai.
 */
export const initialLang = (
  stored: string | null,
  cookie: string,
  browser: readonly string[],
  fromLink: string | null = null,
): Lang => {
  if (isLang(fromLink)) return fromLink;
  if (isLang(stored)) return stored;
  const fromCookie = cookieLang(cookie);
  if (isLang(fromCookie)) return fromCookie;
  const preferred = browser.map((tag) => tag.slice(0, 2).toLowerCase()).find(isLang);
  return preferred ?? "th";
};

/** The cookie that tells the API (and a reload) the chosen language. */
export const langCookie = (lang: Lang): string => `lang=${lang}; path=/; max-age=${YEAR_SECONDS}; samesite=lax`;

export const readBrowserLang = (): Lang => {
  const stored = (() => {
    try {
      return window.localStorage.getItem(STORAGE_KEY);
    } catch {
      return null;
    }
  })();
  const fromLink = new URLSearchParams(window.location.search).get("lang");
  return initialLang(stored, document.cookie, navigator.languages ?? [navigator.language], fromLink);
};

export const rememberLang = (lang: Lang): void => {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode may refuse storage; the cookie still remembers the choice.
  }
  // biome-ignore lint/suspicious/noDocumentCookie: a plain cookie is what the server reads.
  document.cookie = langCookie(lang);
  document.documentElement.lang = lang;
};

/** This page's address to share: it carries the language, so the reader opens it as it was sent. */
export const shareUrl = (href: string, lang: Lang): string => {
  const url = new URL(href);
  url.searchParams.set("lang", lang);
  return url.toString();
};

/** A language chosen on a page opened from a shared link replaces the link's ?lang=. */
export const replaceLinkLang = (lang: Lang): void => {
  const url = new URL(window.location.href);
  if (!url.searchParams.has("lang")) return;
  url.searchParams.set("lang", lang);
  window.history.replaceState(window.history.state, "", url.toString());
};
