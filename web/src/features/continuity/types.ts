import type { Health, HealthReason } from "../../../../src/domain/rules/relation-health.ts";
import type { Text } from "../../lib/lang.ts";
import type { SourceInput } from "../../lib/sources.ts";

/** Shapes of the continuity API (src/server/routes/activities, notices, annual-reports, handover, events). */
export type UserText = Partial<Text>;
export type Money = Partial<Record<"THB" | "JPY" | "USD", number>>;

export type LoggedActivity = {
  id: string;
  relationId: string;
  kind: string;
  title: UserText;
  description?: UserText;
  date: string;
  endDate?: string;
  participants: { party: string; count?: number; offices: string[] }[];
  outcomes: UserText[];
  indicatorValues: { indicator: string; value: number }[];
  spending: { party: string; amount: number; currency: "THB" | "JPY" | "USD" }[];
  issues: string[];
  sources: SourceInput[];
  isPublic: boolean;
  reportedFor: string | null;
  entered: { by?: string; at: string };
  state: "reported" | "confirmed" | "changes-requested" | "rejected";
};

// The relation page shows what the server's health rule says, in its own terms.
export type { Health, HealthReason };

export type IndicatorYear = {
  year: number;
  target: number | null;
  actual: number;
  basis: "stated" | "log";
  isMet: boolean | null;
};
export type Indicator = {
  id: string;
  name: UserText;
  unit?: string;
  targets: Record<string, number>;
  actuals: Record<string, number>;
  progress: IndicatorYear[];
};
export type Objective = { id: string; text: UserText; indicators: Indicator[] };

export type RelationLog = {
  relationId: string;
  health: Health;
  lastConfirmed: string | null;
  activities: LoggedActivity[];
  objectives: Objective[];
  mayWrite: boolean;
  mayConfirm: boolean;
};

export type Notice = {
  id: string;
  kind: string;
  createdAt: string;
  readAt: string | null;
  title: string;
  body: string | null;
  link: string | null;
};
export type Preferences = { kinds: Record<string, boolean>; email: "instant" | "digest" | "off" };

export type ReportActivity = {
  id: string | null;
  origin: "log" | "reference";
  date: string;
  kind: string | null;
  title: UserText;
  participantsOwn: number;
  participantsPartner: number;
  offices: string[];
  outcomes: UserText[];
  spendingOwn: Money;
};
export type ReportRelation = {
  id: string;
  type: string;
  status: string;
  title: UserText;
  own: string[];
  partners: string[];
  activities: ReportActivity[];
  participantsOwn: number;
  participantsPartner: number;
  spendingOwn: Money;
};
export type ReportNarrative = {
  summary: string;
  obstacles: string;
  plans: string;
  budgetStated: Money;
  relationNotes: Record<string, string>;
};
export type AnnualReport = {
  id: string;
  localityId: string;
  year: number;
  state: "draft" | "submitted" | "changes-requested" | "acknowledged";
  generatedAt: string;
  submittedAt: string | null;
  acknowledgedAt: string | null;
  narrative: ReportNarrative;
  figures: {
    relations: ReportRelation[];
    indicators: {
      relationId: string;
      objective: UserText;
      name: UserText;
      unit: string | null;
      target: number | null;
      actual: number;
      basis: "stated" | "log";
      isMet: boolean | null;
    }[];
    totals: {
      relations: number;
      relationsWithActivity: number;
      activities: number;
      byKind: Record<string, number>;
      participantsOwn: number;
      participantsPartner: number;
      spendingOwn: Money;
      indicatorsWithTarget: number;
      indicatorsMet: number;
    };
  };
};

export type Dossier = {
  locality: { id: string; names: Text; country: "TH" | "JP"; tier: string };
  contacts: {
    office?: UserText;
    email?: string;
    phone?: string;
    website?: string;
    officer?: { name: string; title?: string; email?: string; phone?: string };
    deputy?: { name: string; title?: string; email?: string; phone?: string };
  } | null;
  officers: { id: string; name: string; email: string; status: "active" | "disabled"; lastSignInAt: string | null }[];
  relations: {
    id: string;
    title: UserText;
    type: string;
    status: string;
    partners: string[];
    health: Health;
    lastActivity: { id: string | null; date: string; title: UserText | null; kind: string | null } | null;
    commitments: {
      planned: { id: string; date: string; title: UserText; kind: string }[];
      targets: (IndicatorYear & { objective: UserText; indicator: UserText; unit: string | null })[];
    };
  }[];
  inProgress: { id: string; kind: string; status: string; submittedAt: string; submittedBy: string | null }[];
  proposals: {
    id: string;
    title: UserText | null;
    instrument: string;
    parties: string[];
    step: string;
    stepSince: string;
    days: number;
    awaiting: { act: string; from: "moi" | "thai-party" | "japanese-party" | "either-party" } | null;
  }[];
  reports: {
    reportsToMoi: boolean;
    mayReport: boolean;
    due: { year: number; reportId: string | null; state: string | null }[];
    all: { id: string; year: number; state: string }[];
  };
  handovers: { id: string; at: string; from: string | null; to: string; note: string | null; isAccepted: boolean }[];
  history: {
    id: number;
    at: string;
    action: string;
    recordKind: string;
    recordId: string;
    by: string | null;
    reason: string | null;
  }[];
};

export type CalendarEvent = {
  activity: LoggedActivity;
  relation: { id: string; title: UserText; parties: string[]; type: string };
};
