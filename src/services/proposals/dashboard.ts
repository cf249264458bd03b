import type { Catalog } from "../../catalog/catalog.ts";
import { nationalStatistics } from "../../catalog/statistics.ts";
import { STEPS, type Step, type StepDurations } from "../../domain/proposals/steps.ts";
import { standingNow } from "../../domain/proposals/timeline.ts";
import { type Proposal, pathOf } from "../../domain/proposals/workflow.ts";

export type DashboardRow = {
  id: string;
  thaiParty: string;
  japaneseParty: string;
  proposingBody: string | null;
  instrument: string;
  path: string;
  step: Step;
  since: string;
  days: number;
  expectedDays: number | null;
  isOverdue: boolean;
  daysOver: number;
};

const count = <T>(items: readonly T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

/**
 * MOI's view: where every proposal stands (overdue ones first, then the longest waiting), how many
 * per step, province and region, and the provinces with neither a Japanese partner nor a proposal.
 */
export const dashboardOf = (proposals: readonly Proposal[], catalog: Catalog, now: Date, durations: StepDurations) => {
  const rows: DashboardRow[] = proposals
    .map((proposal) => {
      const standing = standingNow(proposal, now, durations);
      return {
        id: proposal.id,
        thaiParty: proposal.content.thaiParty,
        japaneseParty: proposal.content.japaneseParty,
        proposingBody: proposal.content.proposingBody ?? null,
        instrument: proposal.content.instrument,
        path: pathOf(proposal.content),
        step: standing.step,
        since: proposal.stepSince,
        days: standing.days,
        expectedDays: standing.expectedDays,
        isOverdue: standing.isOverdue,
        daysOver: standing.daysOver,
      };
    })
    .sort(
      (a, b) =>
        Number(b.isOverdue) - Number(a.isOverdue) ||
        b.daysOver - a.daysOver ||
        Number(a.expectedDays === null) - Number(b.expectedDays === null) ||
        b.days - a.days ||
        a.id.localeCompare(b.id),
    );
  const byStep = count(rows, (row) => row.step);
  const overdueByStep = count(
    rows.filter((row) => row.isOverdue),
    (row) => row.step,
  );
  const regionOf = (id: string) => catalog.localities.get(id)?.region ?? "unknown";
  const byProvince = count(rows, (row) => row.thaiParty);
  const byRegion = count(rows, (row) => regionOf(row.thaiParty));
  const proposed = new Set(rows.map((row) => row.thaiParty));
  return {
    generatedAt: now.toISOString(),
    total: rows.length,
    overdue: rows.filter((row) => row.isOverdue).length,
    byStep: STEPS.map((step) => ({ step, count: byStep.get(step) ?? 0, overdue: overdueByStep.get(step) ?? 0 })),
    byProvince: [...byProvince]
      .map(([id, total]) => ({ id, region: regionOf(id), count: total }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
    byRegion: [...byRegion]
      .map(([region, total]) => ({ region, count: total }))
      .sort((a, b) => b.count - a.count || a.region.localeCompare(b.region)),
    provincesWithoutRelationOrProposal: nationalStatistics(catalog, now)
      .provincesWithoutPartner.filter((province) => !proposed.has(province.id))
      .map((province) => province.id),
    proposals: rows,
  };
};

export type Dashboard = ReturnType<typeof dashboardOf>;
