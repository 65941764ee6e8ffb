import type { RecruitmentStage } from '../../core/db/tables.ts';

export type { RecruitmentStage } from '../../core/db/tables.ts';

/** The way from a first enquiry to approval, in order. */
export const PIPELINE_STAGES = [
  'enquiry',
  'initial_conversation',
  'home_visit',
  'application',
  'stage_one',
  'stage_two',
  'panel',
  'agency_decision',
  'approved',
] as const satisfies readonly RecruitmentStage[];

/** Where someone stops before approval, always with a reason. */
export const CLOSED_STAGES = [
  'withdrawn',
  'not_approved',
] as const satisfies readonly RecruitmentStage[];

/** Every stage: the pipeline, then the two ways out of it. */
export const ALL_STAGES: readonly RecruitmentStage[] = [...PIPELINE_STAGES, ...CLOSED_STAGES];

/** Stages where someone is still on their way (not approved, withdrawn or refused). */
export const OPEN_STAGES: readonly RecruitmentStage[] = PIPELINE_STAGES.filter(
  (stage) => stage !== 'approved',
);

/** True while someone is still on their way to a decision. */
export function isOpenStage(stage: RecruitmentStage): boolean {
  return OPEN_STAGES.includes(stage);
}

/** A stage's place on the way to approval; -1 for withdrawn and not approved. */
export function stageIndex(stage: RecruitmentStage): number {
  return (PIPELINE_STAGES as readonly RecruitmentStage[]).indexOf(stage);
}

/** The stage after this one on the way to approval, or null at the end or off the way. */
export function nextStage(stage: RecruitmentStage): RecruitmentStage | null {
  const index = stageIndex(stage);
  return index >= 0 && index < PIPELINE_STAGES.length - 1 ? PIPELINE_STAGES[index + 1]! : null;
}

/**
 * How someone leaves a stage for the next one. Most moves are a button on the record; the panel's
 * recommendation moves someone on from "fostering panel", and only the agency decision maker's
 * decision moves them on from "agency decision".
 */
export type NextStep =
  | { kind: 'move'; to: RecruitmentStage }
  | { kind: 'panel_recommendation' }
  | { kind: 'decision' }
  | { kind: 'none' };

/** What moves someone on from the stage they are at. */
export function nextStepFrom(stage: RecruitmentStage): NextStep {
  switch (stage) {
    case 'panel':
      return { kind: 'panel_recommendation' };
    case 'agency_decision':
      return { kind: 'decision' };
    case 'approved':
    case 'withdrawn':
    case 'not_approved':
      return { kind: 'none' };
    default: {
      const to = nextStage(stage);
      return to ? { kind: 'move', to } : { kind: 'none' };
    }
  }
}

/** The stages at which someone may be put on a panel meeting's agenda. */
export function isReadyForPanel(stage: RecruitmentStage): boolean {
  return stage === 'stage_two' || stage === 'panel';
}

/** From the application on, the household's adults are checked and the assessment written. */
export function hasApplied(stage: RecruitmentStage): boolean {
  return stageIndex(stage) >= stageIndex('application');
}
