import type { Preferences } from "../../domain/notifications.ts";
import type { Actor } from "../../domain/policy/actor.ts";
import type { Lang } from "../../domain/text.ts";
import type { NoticeRow } from "../../store/notices.repository.ts";
import type { Repositories } from "../../store/repositories.ts";
import { authorize } from "../authorize.ts";
import { type RequestMeta, runChange, type WorkspaceDeps } from "../workspace/context.ts";
import { loadNameBook } from "./names.ts";
import { idsOf, type RenderedNotice, renderNotice } from "./render.ts";

const own = (actor: Actor) => {
  const userId = actor.kind === "user" ? actor.id : "";
  return authorize(actor, { type: "notice.own", userId });
};

/** Notices in the reader's language, with their names looked up once. */
export const renderAll = async (
  repos: Pick<Repositories, "localities" | "organisations" | "relations" | "taxonomy">,
  rows: readonly NoticeRow[],
  lang: Lang,
): Promise<RenderedNotice[]> => {
  const names = await loadNameBook(repos, idsOf(rows.map((row) => row.payload)), lang);
  return rows.map((row) => renderNotice(row, lang, names));
};

export const inbox = async (deps: WorkspaceDeps, actor: Actor, options: { unreadOnly: boolean; lang: Lang }) => {
  const user = own(actor);
  const rows = await deps.repos.notices.forUser(user.id, { unreadOnly: options.unreadOnly, limit: 100 });
  return {
    unread: await deps.repos.notices.unreadCount(user.id),
    items: await renderAll(deps.repos, rows, options.lang),
  };
};

export const unreadCount = async (deps: WorkspaceDeps, actor: Actor) => deps.repos.notices.unreadCount(own(actor).id);

/** Marks notices read (all when no ids are given); the audit entry lists which. */
export const markRead = async (deps: WorkspaceDeps, actor: Actor, meta: RequestMeta, ids: string[] | "all") => {
  const user = own(actor);
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const marked = await tx.notices.markRead(user.id, ids, at);
    return {
      value: { marked: marked.length, unread: await tx.notices.unreadCount(user.id) },
      audit: { action: "notice.read", recordKind: "user", recordId: user.id, before: null, after: { notices: marked } },
    };
  });
};

export const preferences = async (deps: WorkspaceDeps, actor: Actor) => deps.repos.preferences.get(own(actor).id);

export const setPreferences = async (deps: WorkspaceDeps, actor: Actor, meta: RequestMeta, next: Preferences) => {
  const user = own(actor);
  return runChange(deps, meta, { changesData: false }, async (tx, at) => {
    const before = await tx.preferences.get(user.id);
    await tx.preferences.save(user.id, next, at);
    return {
      value: next,
      audit: { action: "user.notice-preferences", recordKind: "user", recordId: user.id, before, after: next },
    };
  });
};
