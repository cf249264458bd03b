import type { ProposalAct } from "../../../../src/domain/policy/proposal-roles.ts";
import type { Path, ProposalState, Step } from "../../../../src/domain/proposals/steps.ts";
import type { Agency, ProposalEvent } from "../../../../src/domain/proposals/workflow.ts";

export type { Agency, Path, ProposalAct, ProposalEvent, Step };

type Text = Record<string, string>;

/** The content as the API returns it: every list present, defaults applied. */
export type Content = {
  thaiParty: string;
  japaneseParty: string;
  proposingBody?: string | undefined;
  initiatingSide: "TH" | "JP";
  instrument: "sister-city" | "friendship" | "mou" | "letter-of-intent";
  title?: Text | undefined;
  issues: string[];
  background: Array<{ text: Text; sources: string[] }>;
  objectives: Text[];
  gains: {
    thai: Array<{ text: Text; issue?: string; sources: string[] }>;
    japanese: Array<{ text: Text; issue?: string; sources: string[] }>;
  };
  activities: Array<{ what: Text; when: string; target: Text }>;
  budget?: { line: string; amount?: number | undefined; year?: number | undefined } | undefined;
  officers: {
    thai: { officer?: Officer; deputy?: Officer };
    japanese: { officer?: Officer; deputy?: Officer };
  };
  stakeholders: Array<{ kind: string; name: string; consultedOn?: string }>;
  partnerInterest?: { text: Text; on?: string | undefined } | undefined;
  continuity?: Text | undefined;
  framework?: Text | undefined;
};
export type Officer = { name: string; title?: string; email?: string; phone?: string; languages: string[] };

export type Standing = { step: Step; days: number; expectedDays: number | null; isOverdue: boolean; daysOver: number };

export type Summary = {
  id: string;
  path: Path;
  step: Step;
  thaiParty: string;
  japaneseParty: string;
  proposingBody: string | null;
  instrument: string;
  title: Record<string, string> | null;
  relationId: string | null;
  createdAt: string;
  updatedAt: string;
  standing: Standing;
};

export type DocumentInfo = {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
  step: string;
  uploadedBy: string;
  uploadedAt: string;
  url: string;
};

export type TimelineEntry = {
  step: Step;
  enteredAt: string;
  leftAt: string | null;
  days: number;
  expectedDays: number | null;
  isOverdue: boolean;
};

export type Proposal = Summary & {
  state: ProposalState;
  stepSince: string;
  content: Content;
  evaluation: { score: number; criteria: Record<string, number>; flags: string[]; evaluatedAt: string } | null;
  japaneseApproval: { on: string; at: string; by: string; comment?: string } | null;
  events: ProposalEvent[];
  createdBy: string;
  people: Record<string, string | null>;
  timeline: TimelineEntry[];
  awaiting: ProposalAct | null;
  /** In force: the year the Thai party's annual report is awaited for. */
  reportYear: number | null;
  acts: ProposalAct[];
  canEdit: boolean;
  canAttach: boolean;
  documents: DocumentInfo[];
};

export type Finding = {
  code: string;
  severity: "ok" | "info" | "warning" | "blocker";
  message: string;
  sources: string[];
};
export type Readiness = {
  maySubmit: boolean;
  needsComment: boolean;
  blockers: string[];
  warnings: string[];
  dimensions: Array<{ dimension: string; label: string; status: "ok" | "warning" | "blocker"; findings: Finding[] }>;
};

export type Dashboard = {
  generatedAt: string;
  total: number;
  overdue: number;
  byStep: Array<{ step: Step; count: number; overdue: number }>;
  byProvince: Array<{ id: string; region: string; count: number }>;
  byRegion: Array<{ region: string; count: number }>;
  provincesWithoutRelationOrProposal: string[];
  proposals: Array<{
    id: string;
    thaiParty: string;
    japaneseParty: string;
    proposingBody: string | null;
    instrument: string;
    path: Path;
    step: Step;
    since: string;
    days: number;
    expectedDays: number | null;
    isOverdue: boolean;
    daysOver: number;
  }>;
};

export type Trip = {
  id: string;
  relationId: string;
  thaiParties: string[];
  step: "submitted" | "returned" | "approved" | "rejected" | "withdrawn";
  content: {
    destination: string;
    purpose: Record<string, string>;
    departOn: string;
    returnOn: string;
    delegation: Array<{ name: string; position?: string }>;
    budget?: { line: string; amount?: number };
  };
  events: Array<{ at: string; by: string; act: string; from: string; to: string; comment?: string }>;
  acts: string[];
  documents: DocumentInfo[];
};
