import type { Catalog } from "../catalog/catalog.ts";
import type { Evidence, Finding } from "./evidence.ts";
import { REASON_TEMPLATES } from "./reason-templates.ts";

/** Thai tiers that are field units or places, not local governments: the 2006 order is not why they cannot sign. */
const NOT_LOCAL_GOVERNMENT: ReadonlySet<string> = new Set(["district", "community"]);
const isNotLocalGovernment = (tier: unknown): boolean => NOT_LOCAL_GOVERNMENT.has(String(tier));

/**
 * Findings that count in the score but would not be true as a sentence: a district has no rank to
 * be equal to a town's, coffee and rice are different crops, not a similar industry, and drought
 * and earthquakes are different records, not one on the same global-agenda issue.
 */
export const UNSAID = "unsaid";

/**
 * A meeting on an issue with fields below it that only one side is tagged with (cabbage farming
 * and "crops" for rubber): the broad label hides how different the two are.
 */
const isBroadMeeting = (catalog: Catalog, finding: Finding): boolean =>
  finding.issue !== undefined &&
  catalog.issueTree.subtree(finding.issue).length > 1 &&
  ![finding.a, finding.b].every((evidence) => evidence?.issues.includes(finding.issue ?? ""));

/** "Already works with" only while the tie lives: a lapsed or ended one is past, a pending one not yet agreed. */
const AGENCY_TIE_TENSE: Readonly<Record<string, "past" | "pending">> = {
  lapsed: "past",
  ended: "past",
  held: "past",
  pending: "pending",
};

/** A tie in its tense: one that lapsed or ended, or a visit once held, is past; a pending one not yet agreed. */
const RELATION_TENSE: Readonly<Record<string, "past" | "held" | "pending">> = {
  lapsed: "past",
  ended: "past",
  held: "held",
  pending: "pending",
};

/**
 * Fields in which a place can have an industry: production, farming, tourism, crafts, energy,
 * local products and firms. Investment, transport, poverty or biodiversity are not industries,
 * though an industry fact may bear on them: such a fact is on record in the field, no more.
 */
const INDUSTRY_LINEAGES: ReadonlySet<string> = new Set([
  "industry",
  "agriculture-fisheries",
  "tourism-mice",
  "handicrafts",
  "renewable-energy",
  "local-products",
  "smes-startups",
]);

/**
 * Fields whose leaves are facets of one problem, so that a problem in one and a problem in another
 * are related problems: an ageing population, its care and its decline; a shortage of workers, their
 * leaving and migrant labour. Under other fields the leaves are different problems (a river dam and
 * a water shortage, a landslide and a flood, congestion and sprawl): in the labelled samples
 * (eval/reasons, every reader's label counted) "related problems" under those were weak 6 times in
 * 10, under ageing 1 time in 20. Labour is included by analogy with ageing, without labels yet.
 */
const FACETS_OF_ONE_PROBLEM: ReadonlySet<string> = new Set(["ageing-society", "labour-mobility"]);

/** A global-agenda finding on a problem: a problem is something a place faces, not a record it has. */
const quotesAProblem = (finding: Finding): boolean =>
  [finding.a, finding.b].some((evidence) => evidence?.kind === "challenge");

/**
 * The sentence a finding needs to be true: a temple, a festival or a project against poverty among a
 * place's industries is on record there, not an industry of it; a tie is said in its tense; a district or a community cannot sign because it is no local
 * government at all; a problem and one under it are related problems, not the same one; a tie made
 * by firms, clubs or associations is said to be one; heritage sites of one kind are not one
 * tradition; a wish for cooperation is not a problem the other "has to deal with" or "faces", and
 * an industry is not an offer.
 */
const baseKey = (catalog: Catalog, finding: Finding): string => {
  const lineage = finding.issue ? catalog.issueTree.lineage(finding.issue) : [];
  const isIndustryField = lineage.some((id) => INDUSTRY_LINEAGES.has(id));
  if (finding.kind === "industry-on-focus" && !isIndustryField) return "on-record-focus";
  const thaiTier = catalog.localities.get(String(finding.detail?.thai ?? ""))?.tier;
  if (finding.kind === "signs-via-province" && isNotLocalGovernment(thaiTier)) return "signs-via-province.unit";
  if (finding.kind === "signs-via-province" && thaiTier === "pao") return "signs-via-province.pao";
  if (finding.kind === "shared-problem" && finding.detail?.related)
    return finding.issue && FACETS_OF_ONE_PROBLEM.has(finding.issue) ? "shared-problem.related" : UNSAID;
  if (finding.kind === "rank-equal" && [finding.detail?.tierA, finding.detail?.tierB].some(isNotLocalGovernment))
    return UNSAID;
  if ((finding.kind === "industry-similar" || finding.kind === "shared-global") && finding.detail?.sibling)
    return UNSAID;
  if (
    (finding.kind === "industry-similar" || finding.kind === "fits-national-programme") &&
    isBroadMeeting(catalog, finding)
  )
    return UNSAID;
  if (finding.kind === "industry-similar" && !isIndustryField) return "industry-similar.field";
  if (finding.kind === "shared-global" && quotesAProblem(finding)) return "shared-global.problem";
  // A university's or a firm's record is in the place, not the government's own (`by:`).
  if (finding.kind === "shared-global" && (finding.a?.by || finding.b?.by)) return "shared-global.in-place";
  // A firm's plant among the partner's industries is industry in the field, not the government's own work.
  if (finding.kind === "fits-national-programme" && citedAsWork(finding)?.kind === "industry")
    return isIndustryField ? "fits-national-programme.industry" : "fits-national-programme.field";
  if (finding.kind === "shared-tradition" && lineage.includes("heritage")) return "shared-tradition.heritage";
  if (finding.kind === "thai-agency-tie" && AGENCY_TIE_TENSE[String(finding.detail?.status)])
    return `thai-agency-tie.${AGENCY_TIE_TENSE[String(finding.detail?.status)]}`;
  if (finding.kind === "existing-relation" && finding.detail?.channel === "private-civil")
    return "existing-relation.private";
  if (finding.kind === "existing-relation" && RELATION_TENSE[String(finding.detail?.status)])
    return `existing-relation.${RELATION_TENSE[String(finding.detail?.status)]}`;
  // Membership of one network (Mayors for Peace, CityNet) is a tie only through the network.
  if (finding.kind === "existing-relation" && finding.detail?.channel === "multilateral-network")
    return "existing-relation.network";
  const meets = finding.kind === "experience-meets-need" || finding.kind === "offer-meets-need";
  const [need, given] = meets ? [finding.a, finding.b] : [finding.b, finding.a];
  if (finding.kind.startsWith("offer-") && given?.kind === "industry")
    return isIndustryField ? `${finding.kind}.industry` : `${finding.kind}.industry.field`;
  if (/^(experience|offer)-/.test(finding.kind) && need?.kind === "need") return `${finding.kind}.wish`;
  return finding.kind;
};

/**
 * The fact a sentence cites as one side's own work: what it gives or has done (an offer, a
 * project), its record on the asked issue, or its work in a programme's field.
 */
const citedAsWork = (finding: Finding): Evidence | undefined => {
  if (/^(experience|offer)-/.test(finding.kind))
    return finding.kind === "experience-meets-need" || finding.kind === "offer-meets-need" ? finding.b : finding.a;
  if (finding.kind === "track-record" || finding.kind === "offers-focus") return finding.b;
  // A link documented by one side's firms or clubs (a Mie company's branch in Khon Kaen).
  if (finding.kind === "mentions-partner") return finding.a ?? finding.b;
  if (finding.kind === "fits-national-programme") return finding.detail?.holder === "a" ? finding.b : finding.a;
  return undefined;
};

/**
 * As baseKey, and work done by someone other than the local government is said to be theirs:
 * Rotary clubs from Ishikawa planting mangroves are Ishikawa's clubs' record (`.private`), a
 * UN-Habitat office in Fukuoka City is an institution based there (`.hosted`). A sentence with no
 * such variant keeps the government-wide wording.
 */
export const templateKey = (catalog: Catalog, finding: Finding): string => {
  const key = baseKey(catalog, finding);
  const by = citedAsWork(finding)?.by;
  const actorKey = by ? `${key}.${by}` : key;
  return REASON_TEMPLATES[actorKey] ? actorKey : key;
};
