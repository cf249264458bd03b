import type { Lang } from "../../domain/text.ts";
import { t } from "../../i18n/index.ts";
import { DIGEST_KIND, type NoticeRow } from "../../store/notices.repository.ts";
import type { Repositories } from "../../store/repositories.ts";
import type { Mail } from "../mail/mailer.ts";
import { renderAll } from "./inbox.service.ts";

const MAX_SUBJECT = 200;

const absolute = (publicUrl: string, path: string | null) => new URL(path ?? "/notices", publicUrl).toString();

/** The mail for one notice, or for a weekly digest of several, in the recipient's language. */
export const composeMail = async (
  repos: Repositories,
  notice: NoticeRow,
  recipient: { email: string; lang: Lang },
  publicUrl: string,
): Promise<Mail> => {
  const { lang } = recipient;
  const settings = absolute(publicUrl, "/notices/settings");
  const messageId = `<notice-${notice.id}@jubkoo>`;
  if (notice.kind === DIGEST_KIND) {
    const ids = ((notice.payload as { noticeIds?: string[] }).noticeIds ?? []).filter((id) => typeof id === "string");
    const items = await renderAll(repos, await repos.notices.byIds(ids), lang);
    const lines = items.map((item) => `• ${item.title}\n  ${absolute(publicUrl, item.link)}`);
    return {
      to: recipient.email,
      subject: t(lang, "mail.digest.subject", { count: items.length }),
      text: [
        t(lang, "mail.digest.intro"),
        "",
        ...lines,
        "",
        t(lang, "mail.notice.footer", {
          link: absolute(publicUrl, "/notices"),
          settings,
        }),
      ].join("\n"),
      messageId,
    };
  }
  const [item] = await renderAll(repos, [notice], lang);
  const title = item?.title ?? notice.kind;
  return {
    to: recipient.email,
    subject: `${t(lang, "app.name")}: ${title}`.slice(0, MAX_SUBJECT),
    text: [
      title,
      ...(item?.body ? ["", item.body] : []),
      "",
      t(lang, "mail.notice.footer", {
        link: absolute(publicUrl, item?.link ?? null),
        settings,
      }),
    ].join("\n"),
    messageId,
  };
};
