// The recruitment funnel: how many people reach each stage, how many go on to the next, how long
// they stay in each, and how each way in compares. Pure: the dashboard's service gives it the rows.
import type { EnquirySource } from '../../core/db/tables.ts';
import { PIPELINE_STAGES, stageIndex, type RecruitmentStage } from './stages.ts';
import { SOURCES } from './words.ts';

export type FunnelProspect = {
  id: string;
  stage: RecruitmentStage;
  source: EnquirySource;
  enquiredAt: Date;
};

export type FunnelChange = {
  prospectId: string;
  fromStage: RecruitmentStage;
  changedAt: Date;
};

export type FunnelStage = {
  stage: RecruitmentStage;
  /** People who got at least this far (including those who went further). */
  reached: number;
  /** People at this stage now. */
  now: number;
  /** Of those who reached this stage, the share who reached the next one (null at the end). */
  conversionToNext: number | null;
  /** Mean days spent in this stage by those who have left it (null when nobody has yet). */
  averageDays: number | null;
};

export type FunnelSource = {
  source: EnquirySource;
  enquiries: number;
  approved: number;
  stillOpen: number;
  stopped: number;
  /** Of those who enquired this way, the share approved so far (null when none enquired). */
  approvalRate: number | null;
};

export type Funnel = {
  total: number;
  stages: FunnelStage[];
  withdrawn: number;
  notApproved: number;
  sources: FunnelSource[];
};

const DAY_MS = 86_400_000;

/** Works out the funnel for a group of people and the moves they made between stages. */
export function buildFunnel(prospects: FunnelProspect[], changes: FunnelChange[]): Funnel {
  const changesOf = groupChanges(changes);
  const furthest = new Map<string, number>();
  const stays = new Map<RecruitmentStage, number[]>();
  for (const prospect of prospects) {
    const own = changesOf.get(prospect.id) ?? [];
    furthest.set(prospect.id, furthestIndex(prospect.stage, own));
    let enteredAt = prospect.enquiredAt;
    for (const change of own) {
      const days = (change.changedAt.getTime() - enteredAt.getTime()) / DAY_MS;
      if (stageIndex(change.fromStage) >= 0) {
        stays.set(change.fromStage, [...(stays.get(change.fromStage) ?? []), Math.max(0, days)]);
      }
      enteredAt = change.changedAt;
    }
  }
  const reachedAt = (index: number) =>
    [...furthest.values()].filter((reached) => reached >= index).length;
  const stages = PIPELINE_STAGES.map((stage, index): FunnelStage => {
    const reached = reachedAt(index);
    const isLast = index === PIPELINE_STAGES.length - 1;
    const days = stays.get(stage) ?? [];
    return {
      stage,
      reached,
      now: prospects.filter((prospect) => prospect.stage === stage).length,
      conversionToNext: isLast || reached === 0 ? null : reachedAt(index + 1) / reached,
      averageDays: days.length === 0 ? null : days.reduce((a, b) => a + b, 0) / days.length,
    };
  });
  return {
    total: prospects.length,
    stages,
    withdrawn: prospects.filter((prospect) => prospect.stage === 'withdrawn').length,
    notApproved: prospects.filter((prospect) => prospect.stage === 'not_approved').length,
    sources: SOURCES.map((source) => summariseSource(source, prospects)),
  };
}

function groupChanges(changes: FunnelChange[]): Map<string, FunnelChange[]> {
  const grouped = new Map<string, FunnelChange[]>();
  for (const change of [...changes].sort((a, b) => a.changedAt.getTime() - b.changedAt.getTime())) {
    grouped.set(change.prospectId, [...(grouped.get(change.prospectId) ?? []), change]);
  }
  return grouped;
}

// Someone who stopped got as far as the furthest stage they left from.
function furthestIndex(stage: RecruitmentStage, own: FunnelChange[]): number {
  const current = stageIndex(stage);
  const left = own.map((change) => stageIndex(change.fromStage));
  return Math.max(current, 0, ...left);
}

function summariseSource(source: EnquirySource, prospects: FunnelProspect[]): FunnelSource {
  const mine = prospects.filter((prospect) => prospect.source === source);
  const approved = mine.filter((prospect) => prospect.stage === 'approved').length;
  const stopped = mine.filter(
    (prospect) => prospect.stage === 'withdrawn' || prospect.stage === 'not_approved',
  ).length;
  return {
    source,
    enquiries: mine.length,
    approved,
    stillOpen: mine.length - approved - stopped,
    stopped,
    approvalRate: mine.length === 0 ? null : approved / mine.length,
  };
}
