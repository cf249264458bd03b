import type { AnyText, Lang } from "../../domain/text.ts";
import { textIn } from "../../domain/text.ts";
import type { Repositories } from "../../store/repositories.ts";

/** Names of parties, relations and issues in the reader's language, looked up once per batch. */
export type NameBook = {
  party: (id: string) => string;
  relation: (id: string) => string;
  issue: (id: string) => string;
  text: (text: unknown) => string;
};

const isText = (value: unknown): value is AnyText =>
  typeof value === "object" && value !== null && ["th", "en", "ja"].some((lang) => lang in value);

export const loadNameBook = async (
  repos: Pick<Repositories, "localities" | "organisations" | "relations" | "taxonomy">,
  ids: { parties: Iterable<string>; relations: Iterable<string> },
  lang: Lang,
): Promise<NameBook> => {
  const parties = new Map<string, AnyText>();
  const partyIds = [...new Set(ids.parties)];
  if (partyIds.some((id) => id.startsWith("org:"))) {
    for (const organisation of (await repos.organisations.list()).items)
      parties.set(organisation.id, organisation.names);
  }
  for (const id of partyIds) {
    if (parties.has(id)) continue;
    const locality = await repos.localities.get(id);
    if (locality) parties.set(id, locality.names);
  }
  const relations = new Map<string, AnyText>();
  for (const id of new Set(ids.relations)) {
    const relation = await repos.relations.get(id);
    if (relation) relations.set(id, relation.title);
  }
  const issues = new Map((await repos.taxonomy.issues()).map((issue) => [issue.id, issue.label as AnyText]));
  const name = (book: Map<string, AnyText>, id: string) => {
    const text = book.get(id);
    return text ? textIn(text, lang).value : id;
  };
  return {
    party: (id) => name(parties, id),
    relation: (id) => name(relations, id),
    issue: (id) => name(issues, id),
    text: (text) => (typeof text === "string" ? text : isText(text) ? textIn(text, lang).value : ""),
  };
};
