import {
  ACTED_FACT_KINDS,
  type FactActor,
  type FactKind,
  type FactList,
  factKindIn,
  LIST_FACT_KINDS,
} from "../domain/fact-kind.ts";
import type { Issue } from "../domain/issue.ts";
import type { AnyText } from "../domain/text.ts";
import { buildIssueTree } from "./issue-tree.ts";
import type { Problem } from "./problem.ts";
import type { RecordKind, RecordLocation, ReferenceData } from "./reference-data.ts";

/**
 * The common mistakes in issue tags and fact kinds, found by rule (`data check` reports them):
 * a wish or a problem filed as an industry or a strength, history or heritage tagged as global
 * agenda, a root used as a tag, a specific cultural tag the fact's text
 * does not bear out (a motor race tagged as a festival, a Shinto shrine as Buddhism), a dam lake
 * called a lake.
 */

/**
 * Words of a wish or a problem, read in the English text (the three languages say the same, and
 * Thai ต้องการ means both "need" and "want"). A strength may mention a partner's wish; then the
 * rule for strengths looks only for the locality's own.
 */
const WISH = /\b(wants?|wanted|wishes|hopes? to|would like|is seeking|seeks to|keen to)\b/i;
const PROBLEM =
  /\b(lacks?|lacking|shortages?|shrinking|declining|struggl\w*|insufficient|too few|suffers?|problems?|needs?)\b/i;
/** A locality's own wish, in the English text (the three say the same). */
const OWN_WISH =
  /\b(it|the (prefecture|province|city|town|municipality|village|district))( also| still)? (wants|wanted|wishes|wished|hopes|would like)\b/i;
const DAM = /\b(dam|reservoir)s?\b|เขื่อน|อ่างเก็บน้ำ|ダム|貯水/iu;

const says = (text: AnyText, words: RegExp) => words.test(text.en ?? "");

/** Folds case, width and kana so a cue is found however it is written. */
const fold = (text: string): string =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));

/** Broad cultural issues a fact may be about without naming them in so many words. */
const BROAD_CULTURE = new Set(["culture", "culture-arts", "heritage", "historical-links"]);

/**
 * Issues whose tag must be borne out by a word of the fact: religions, festivals, crafts and the
 * specific cultural fields, where a loose tag makes a false "shared tradition".
 */
const needsCue = (lineage: readonly string[]): boolean =>
  lineage.at(-1) === "culture" && !BROAD_CULTURE.has(lineage[0] ?? "");

const cuesOf = (issue: Issue): string[] =>
  [
    ...issue.synonyms.en,
    ...issue.synonyms.th,
    ...issue.synonyms.ja,
    issue.label.en,
    issue.label.th,
    issue.label.ja,
  ].map(fold);

const hasCue = (text: AnyText, cues: readonly string[]): boolean => {
  const folded = fold(`${text.en ?? ""}\n${text.th ?? ""}\n${text.ja ?? ""}`);
  return cues.some((cue) =>
    /^[\x20-\x7e]+$/.test(cue)
      ? new RegExp(`\\b${cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "i").test(folded)
      : folded.includes(cue),
  );
};

type Tagged = {
  kind: RecordKind;
  id: string;
  path: PropertyKey[];
  text: AnyText;
  issues: readonly string[];
  factKind: FactKind;
  list?: FactList | "industries";
  by?: FactActor | undefined;
};

const taggedFacts = (data: ReferenceData): Tagged[] => {
  const facts: Tagged[] = [];
  for (const locality of data.localities) {
    for (const [index, item] of locality.industries.entries())
      facts.push({
        kind: "localities",
        id: locality.id,
        path: ["industries", index],
        text: item.text,
        issues: item.issues,
        factKind: "industry",
        list: "industries",
        by: item.by,
      });
    for (const list of ["strengths", "challenges", "heritage"] as const)
      for (const [index, item] of locality[list].entries())
        facts.push({
          kind: "localities",
          id: locality.id,
          path: [list, index],
          text: item.text,
          issues: item.issues,
          factKind: factKindIn(list, item.kind),
          list,
          by: item.by,
        });
  }
  for (const item of data.needsOffers)
    facts.push({
      kind: "needsOffers",
      id: item.id,
      path: [],
      text: item.text,
      issues: item.issues,
      factKind: item.kind,
      by: item.by,
    });
  return facts;
};

export const checkTags = (data: ReferenceData, locations: ReadonlyMap<string, RecordLocation>): Problem[] => {
  const problems: Problem[] = [];
  const issues = new Map(data.issues.map((issue) => [issue.id, issue]));
  const tree = buildIssueTree(data.issues);
  const isGlobal = (id: string) => tree.lineage(id).some((above) => issues.get(above)?.global === true);
  const report = (fact: Pick<Tagged, "kind" | "id" | "path">, field: PropertyKey[], message: string) => {
    const location = locations.get(`${fact.kind}:${fact.id}`);
    const line = location?.lineOf(field);
    problems.push({
      file: location?.file ?? "?",
      ...(line === undefined ? {} : { line }),
      id: fact.id,
      field: field.map(String).join("."),
      message,
    });
  };
  const cueCache = new Map<string, string[]>();
  const cues = (id: string) => {
    let found = cueCache.get(id);
    if (!found) {
      found = tree.subtree(id).flatMap((below) => {
        const issue = issues.get(below);
        return issue ? cuesOf(issue) : [];
      });
      cueCache.set(id, found);
    }
    return found;
  };

  for (const fact of taggedFacts(data)) {
    const at = (field: string) => [...fact.path, field];
    for (const [index, tag] of fact.issues.entries()) {
      if (!issues.has(tag)) continue;
      if (tree.isRoot(tag)) report(fact, at("issues").concat(index), `"${tag}" is a root: tag the issue it is about`);
      if (needsCue(tree.lineage(tag)) && !hasCue(fact.text, cues(tag)))
        report(fact, at("issues").concat(index), `tagged "${tag}" but its text names no such thing`);
    }
    if (fact.list && fact.list !== "industries") {
      const allowed: readonly FactKind[] = LIST_FACT_KINDS[fact.list];
      if (!allowed.includes(fact.factKind))
        report(fact, at("kind"), `kind "${fact.factKind}" does not belong in ${fact.list} (${allowed.join(", ")})`);
    }
    if (fact.list === "industries" && (says(fact.text, WISH) || says(fact.text, PROBLEM)))
      report(
        fact,
        at("text"),
        "a wish or a problem filed as an industry: move it to challenges (kind: need if a wish)",
      );
    if (fact.list === "strengths" && fact.factKind === "offer" && OWN_WISH.test(fact.text.en ?? ""))
      report(fact, at("text"), "a wish filed as a strength: a wish is a need of the side that voiced it");
    if (
      fact.list === "challenges" &&
      fact.factKind === "challenge" &&
      says(fact.text, WISH) &&
      !says(fact.text, PROBLEM)
    )
      report(fact, at("text"), "a wish filed as a problem: declare kind: need");
    // Who did it is said of work (an offer, a tie, an event, an office); a problem, a wish, an
    // industry, a programme or a heritage site is no one's work to claim.
    if (fact.by && !ACTED_FACT_KINDS.includes(fact.factKind))
      report(
        fact,
        at("by"),
        `by: ${fact.by} says who did the work, and a ${fact.factKind} is not work (${ACTED_FACT_KINDS.join(", ")})`,
      );
    const historical = fact.factKind === "heritage" || fact.issues.includes("historical-links");
    const agenda = fact.issues.filter(isGlobal);
    if (historical && agenda.length)
      report(fact, at("issues"), `history or heritage tagged as global agenda (${agenda.join(", ")})`);
  }
  for (const locality of data.localities)
    for (const [index, item] of locality.geography.entries())
      if (item.kind === "lake" && DAM.test(`${item.name.en} ${item.name.th} ${item.name.ja}`))
        report(
          { kind: "localities", id: locality.id, path: ["geography", index] },
          ["geography", index, "kind"],
          "a dam lake is a reservoir, not a lake",
        );
  return problems;
};
