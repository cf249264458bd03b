import type { Role, Scope } from "../../domain/policy/actor.ts";
import type { Lang } from "../../domain/text.ts";
import { t } from "../../i18n/index.ts";
import type { Repositories } from "../../store/repositories.ts";
import type { Mailer } from "../mail/mailer.ts";
import { newSecret } from "./tokens.ts";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_TTL_MS = 2 * 60 * 60 * 1000;

/** The page in the web app that takes the link's secret. */
export const linkPath = (purpose: "invitation" | "password-reset", secret: string): string =>
  purpose === "invitation" ? `/invitation/${secret}` : `/reset-password/${secret}`;

export type IssuedLink = { secret: string; path: string; expiresAt: Date };

export const issueLink = async (
  tx: Pick<Repositories, "tokens">,
  purpose: "invitation" | "password-reset",
  fields: {
    email: string;
    userId?: string | null;
    role?: Role | null;
    scope?: Scope | null;
    createdBy?: string | null;
  },
  now: Date,
): Promise<IssuedLink> => {
  const { secret, id } = newSecret();
  const expiresAt = new Date(now.getTime() + (purpose === "invitation" ? INVITATION_TTL_MS : RESET_TTL_MS));
  await tx.tokens.insert({
    id,
    purpose,
    email: fields.email,
    userId: fields.userId ?? null,
    role: fields.role ?? null,
    scope: fields.scope ?? null,
    createdBy: fields.createdBy ?? null,
    createdAt: now,
    expiresAt,
    usedAt: null,
  });
  return { secret, path: linkPath(purpose, secret), expiresAt };
};

export type Delivery = { mailed: true } | { mailed: false; link: string; mailError?: boolean };

/**
 * Mails the link when a mail server is configured; otherwise, or when sending fails, hands the
 * link back to show the person who asked, so it is never lost.
 */
export const deliverLink = async (
  mailer: Mailer | null,
  mail: { to: string; subject: string; body: (link: string) => string },
  link: string,
  options: { mayShowLink: boolean },
): Promise<Delivery | { mailed: false; link?: undefined; mailError?: boolean }> => {
  if (mailer) {
    try {
      await mailer.send({ to: mail.to, subject: mail.subject, text: mail.body(link) });
      return { mailed: true };
    } catch {
      return options.mayShowLink ? { mailed: false, link, mailError: true } : { mailed: false, mailError: true };
    }
  }
  return options.mayShowLink ? { mailed: false, link } : { mailed: false };
};

export const formatExpiry = (lang: Lang, at: Date): string =>
  new Intl.DateTimeFormat({ th: "th-TH", en: "en-GB", ja: "ja-JP" }[lang], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Bangkok",
  }).format(at);

export const roleLabel = (lang: Lang, role: Role): string => t(lang, `role.${role}`);
