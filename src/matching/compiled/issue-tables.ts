import type { Catalog } from "../../catalog/catalog.ts";
import { isSectorIn } from "../criteria/industry.ts";
import { isRivalField } from "../criteria/issue-fit.ts";
import { isFitIssue } from "../criteria/national-policy.ts";
import { type Focus, hasFocus, meeting, NO_FOCUS } from "../focus.ts";
import { offerRarity, problemRarity } from "../profile.ts";

/**
 * The issue tree as numbers. Every tag a profile carries gets a small integer; what `meeting`
 * (focus.ts) would look up for a tag is precomputed as a flat list of (tag, shared, isSibling)
 * triples in the reference's order, so a criterion walks an Int32Array instead of the tree.
 */
export type IssueTables = {
  ids: ReadonlyMap<string, number>;
  names: readonly string[];
  /** `meeting(tag)`: the tag, those below it, those above it (roots left out). */
  meetNarrow: readonly Int32Array[];
  /** `meeting(tag, { narrower: false, broader: false })`: the tag alone. */
  meetOwn: readonly Int32Array[];
  /** `meeting(tag, { siblings: true })`. */
  meetSiblings: readonly Int32Array[];
  subtree: readonly Int32Array[];
  lineage: readonly Int32Array[];
  rarity: Float64Array;
  /** problemRarity (profile.ts): a shared rare problem weighs more. */
  problemRarity: Float64Array;
  /** `subtree(tag).length === 1` and not a rival field: an industry on it can meet a need. */
  industryMeets: Uint8Array;
  isSector: Uint8Array;
  isFit: Uint8Array;
  /** The id of "trade", where a need for markets asks for a market (-1 if the catalog has none). */
  trade: number;
  /** Position in `localeCompare` order, for the reference's tie-breaks on issue ids. */
  order: Int32Array;
};

const triples = (tables: Map<string, number>, list: ReturnType<typeof meeting>): Int32Array =>
  Int32Array.from(
    list.flatMap((match) => [tables.get(match.tag) ?? -1, tables.get(match.shared) ?? -1, match.isSibling ? 1 : 0]),
  );

/**
 * `tags` are every issue string that occurs anywhere (catalog issues first); an unknown tag is a
 * leaf of its own, exactly as the issue tree treats it.
 */
export const buildIssueTables = (catalog: Catalog, tags: Iterable<string>): IssueTables => {
  const ids = new Map<string, number>();
  for (const issue of catalog.data.issues) if (!ids.has(issue.id)) ids.set(issue.id, ids.size);
  for (const tag of tags) if (!ids.has(tag)) ids.set(tag, ids.size);
  const names = [...ids.keys()];
  // The tables are closed under the tree: meeting() only ever names catalog issues or the tag itself.
  const tree = catalog.issueTree;
  const present = new Map(names.map((name) => [name, [] as never[]]));
  const rarity = offerRarity(catalog);
  const problems = problemRarity(catalog);
  const sorted = [...names].sort((x, y) => x.localeCompare(y));
  const order = new Int32Array(names.length);
  for (const [position, name] of sorted.entries()) {
    const previous = sorted[position - 1];
    const rank =
      previous !== undefined && previous.localeCompare(name) === 0 ? (order[ids.get(previous) ?? 0] ?? 0) : position;
    order[ids.get(name) ?? 0] = rank;
  }
  const ofIds = (list: readonly string[]) => Int32Array.from(list.map((name) => ids.get(name) ?? -1));
  return {
    ids,
    names,
    meetNarrow: names.map((name) => triples(ids, meeting(catalog, present, name))),
    meetOwn: names.map((name) => triples(ids, meeting(catalog, present, name, { narrower: false, broader: false }))),
    meetSiblings: names.map((name) => triples(ids, meeting(catalog, present, name, { siblings: true }))),
    subtree: names.map((name) => ofIds(tree.subtree(name))),
    lineage: names.map((name) => ofIds(tree.lineage(name))),
    rarity: Float64Array.from(names, (name) => rarity.get(name) ?? 1),
    problemRarity: Float64Array.from(names, (name) => problems.get(name) ?? 1),
    industryMeets: Uint8Array.from(names, (name) =>
      tree.subtree(name).length === 1 && !isRivalField({ catalog, focus: NO_FOCUS }, name) ? 1 : 0,
    ),
    isSector: Uint8Array.from(names, (name) => (isSectorIn(tree, name) ? 1 : 0)),
    isFit: Uint8Array.from(names, (name) => (isFitIssue({ catalog, focus: NO_FOCUS }, name) ? 1 : 0)),
    order,
    trade: ids.get("trade") ?? -1,
  };
};

/** Focus levels per issue id: 1 exact, 2 fallback, 0 outside the query. Without a query, all exact. */
export type FocusLevels = { levels: Uint8Array; asked: Int32Array; fallback: Uint8Array; focused: boolean };

export const focusLevels = (tables: IssueTables, focus: Focus): FocusLevels => {
  const focused = hasFocus(focus);
  const levels = new Uint8Array(tables.names.length);
  const fallback = new Uint8Array(tables.names.length);
  for (const [index, name] of tables.names.entries()) {
    if (focus.fallback.has(name)) fallback[index] = 1;
    levels[index] = !focused || focus.exact.has(name) ? 1 : focus.fallback.has(name) ? 2 : 0;
  }
  return { levels, asked: Int32Array.from(focus.asked, (issue) => tables.ids.get(issue) ?? -1), fallback, focused };
};
