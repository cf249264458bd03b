/**
 * Source references as written in data files and sent by the API, parsed without zod so the web
 * bundle shares this code: "report:N-M", "dataset:ID", "gk:high|medium|low"; and for what users
 * enter in the workspace, "self:PARTY:YYYY-MM-DD" (self-reported by a locality on a day) and
 * "document" (a document whose title, link and date travel beside the reference).
 */
export const CONFIDENCES = ["high", "medium", "low"] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export type SourceRef =
  | { kind: "report"; from: number; to: number }
  | { kind: "dataset"; id: string }
  | { kind: "general-knowledge"; confidence: Confidence }
  | { kind: "self-reported"; by: string; date: string }
  | { kind: "document" };

const REPORT = /^report:(\d+)(?:-(\d+))?$/;
const DATASET = /^dataset:([a-z0-9][a-z0-9-]*)$/;
const GENERAL = /^gk:(high|medium|low)$/;
const SELF_REPORTED = /^self:([A-Za-z0-9:-]+):(\d{4}-\d{2}-\d{2})$/;

export const DOCUMENT_REF = "document";

export const selfReportedRef = (party: string, date: string): string => `self:${party}:${date}`;

export const parseSourceRef = (ref: string): SourceRef | undefined => {
  const report = REPORT.exec(ref);
  if (report) {
    const from = Number(report[1]);
    const to = report[2] === undefined ? from : Number(report[2]);
    return from >= 1 && to >= from ? { kind: "report", from, to } : undefined;
  }
  const dataset = DATASET.exec(ref);
  if (dataset?.[1]) return { kind: "dataset", id: dataset[1] };
  const general = GENERAL.exec(ref);
  if (general?.[1]) return { kind: "general-knowledge", confidence: general[1] as Confidence };
  const self = SELF_REPORTED.exec(ref);
  if (self?.[1] && self[2]) return { kind: "self-reported", by: self[1], date: self[2] };
  if (ref === DOCUMENT_REF) return { kind: "document" };
  return undefined;
};
