import type { Lang } from "../lib/lang.ts";
import { apiGet, type Params } from "./client.ts";
import type { Page } from "./types.ts";

const PAGE = 500;

/** Every item of a paged list, page after page (an export wants the whole filtered list). */
export const fetchAll = async <T>(path: string, params: Params, lang: Lang): Promise<T[]> => {
  const items: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await apiGet<Page<T>>(path, { ...params, limit: PAGE, offset }, lang);
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) return items;
  }
};
