import type { ReviewState } from "../components/review-badge.tsx";
import type { Lang, Names, Text } from "../lib/lang.ts";
import type { SourceInput } from "../lib/sources.ts";
import type { Criterion } from "../lib/weights.ts";

export type Page<T> = { total: number; limit: number; offset: number; items: T[] };
export type Country = "TH" | "JP";

export type LocalitySummary = {
  id: string;
  country: Country;
  tier: string;
  region: string;
  parent: string | null;
  names: Names;
  population: { value: number; year?: number; source: SourceInput } | null;
  centroid: { lat: number; lon: number } | null;
  /** Provinces or prefectures of the other country it works with (directory lists only). */
  partners?: number;
};

/** Reviewed or not: only what users entered in the workspace carries it. */
export type Review = { status: "unreviewed" | "reviewed"; at?: string };
/** Reference facts have all three languages; what users enter has at least one. */
export type Fact = {
  id?: string;
  text: Partial<Text>;
  issues: string[];
  source: SourceInput;
  note?: string;
  review?: Review;
};
export type Person = { name: string; title?: string; email?: string; phone?: string };
export type Contacts = {
  office?: Partial<Text>;
  email?: string;
  phone?: string;
  website?: string;
  languages?: string[];
  officer?: Person;
  deputy?: Person;
  source: SourceInput;
};
export type Measured = { value: number; year?: number; source: SourceInput };

export type RelationSummary = {
  id: string;
  type: string;
  form?: "ongoing" | "one-off";
  status: string;
  suggestedStatus?: string;
  start?: string | null;
  end?: string | null;
  title: Text;
  parties: string[];
  issues?: string[];
};

export type Locality = Omit<LocalitySummary, "population" | "centroid"> & {
  population?: Measured;
  area_km2?: Measured;
  centroid?: { lat: number; lon: number; source: SourceInput };
  geography: { kind: string; name: Text; source: SourceInput }[];
  industries: (Fact & { kind: "industry" | "speciality" })[];
  strengths: Fact[];
  challenges: Fact[];
  designations: { id: string; year?: number; heldBy?: string[]; theme?: Text; source: SourceInput }[];
  access: { kind: string; text: Text; source: SourceInput }[];
  heritage: Fact[];
  contacts?: Contacts | null;
  /** Where the government office stands, from the official lists. */
  office?: { lat: number; lon: number; source: SourceInput };
  motto?: { ja: string; source: SourceInput };
  children: LocalitySummary[];
  relations: RelationSummary[];
  /** A self-registered body: the languages its name was not given in, and where review stands. */
  untranslated?: Lang[];
  review?: ReviewState;
};

export type Relation = RelationSummary & {
  issues: string[];
  channel?: string;
  initiator?: string;
  activities: { date?: string | null; text: Text; source: SourceInput }[];
  outcomes: { text: Text; source: SourceInput }[];
  conflicts: Conflict[];
  sources: SourceInput[];
};

export type Conflict = {
  field: string;
  readings: { value: Text; parties?: string[]; source: SourceInput }[];
  note?: Text;
};

export type Organisation = { id: string; country: string; kind: string; names: Text; abbr?: string };
export type OrganisationProfile = Organisation & {
  role: Text;
  based_in?: string | null;
  source?: SourceInput;
  sources?: SourceInput[];
  conflicts?: Conflict[];
  relations: RelationSummary[];
};
export type Issue = {
  id: string;
  parent: string | null;
  label: Text;
  definition: Text;
  synonyms: Record<string, string[]>;
};
export type Designation = { id: string; country: string; names: Text; description: Text };
export type NeedOffer = {
  id: string;
  party: string;
  kind: "need" | "offer";
  text: Partial<Text>;
  issues: string[];
  source: SourceInput;
  review?: Review;
};

export type Flag =
  | { code: "already-related"; relation: string; status: string }
  | { code: "dormant-relation"; relation: string; status: string }
  | { code: "past-event"; relation: string; status: string }
  | { code: "thin-data"; facts: number }
  | { code: "signs-via-province"; province: string };

export type Reason = Text & { criterion: Criterion; sources: string[] };
export type Band = "strong" | "good" | "possible" | "weak";
export type Scored = {
  score: number;
  band: Band;
  criteria: Record<Criterion, number>;
  reasons: Reason[];
  issues: string[];
  flags: Flag[];
};
export type MatchResult = Scored & { id: string };
export type MatchAnswer = {
  from: string;
  issue: string;
  understood: string[];
  candidates: number;
  results: MatchResult[];
  /** Candidates nobody has described yet, shown apart (thin profiles). */
  alsoConsider?: MatchResult[];
};
export type PairResult = Scored & { thai: string; japanese: string };
export type PairsAnswer = { issue: string; understood: string[]; candidates: number; results: PairResult[] };
export type Gain = { issue: string; from: Text; for: Text; sources: string[] };
export type PairAnswer = MatchResult & {
  a: string;
  b: string;
  candidates: number;
  understood: string[];
  gains: { a: Gain[]; b: Gain[] };
};

export type Stats = {
  asOf: { latestDate: string | null; statusesOn: string };
  counts: Record<
    | "localities"
    | "thaiLocalities"
    | "japaneseLocalities"
    | "relations"
    | "ongoing"
    | "events"
    | "organisations"
    | "needs"
    | "offers",
    number
  >;
  relationsByYear: { year: number; count: number }[];
  relationsByType: { type: string; count: number }[];
  relationsByIssue: { issue: string; count: number }[];
  relationsByStatus: { status: string; count: number; recorded: { status: string; count: number }[] }[];
  provincesWithoutPartner: { id: string; names: Names }[];
  links: { relation: string; type: string; status: string; a: string; b: string }[];
};

export type GeoFeature = {
  type: "Feature";
  properties: { id: string; name?: string };
  geometry: { type: "Polygon" | "MultiPolygon"; coordinates: number[][][] | number[][][][] };
};
export type GeoCollection = { type: "FeatureCollection"; features: GeoFeature[] };

/** GET /api/atlas/localities: every locality in brief. */
export type LocalityBrief = Omit<LocalitySummary, "population"> & {
  population: { value: number } | null;
  office: { lat: number; lon: number } | null;
  described: boolean;
  partnered: boolean;
};

export type SearchRef = { kind: string; id: string; names: Text };
export type SearchItem = SearchRef & {
  kind: "locality" | "place" | "relation" | "organisation" | "issue";
  placeKind?: "district" | "subdistrict" | "ward";
  within?: SearchRef;
  localities?: SearchRef[];
};
