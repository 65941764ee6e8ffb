import type { TagTone } from '../../../core/ui/components/content.tsx';
import type { CheckOutcome, SectionProgress } from '../../../core/db/tables.ts';
import type { RecruitmentStage } from '../stages.ts';

/** A stage's tag colour: approved is good news, the ways out are quiet, the rest in progress. */
export function stageTone(stage: RecruitmentStage): TagTone {
  if (stage === 'approved') return 'good';
  if (stage === 'withdrawn' || stage === 'not_approved') return 'neutral';
  return 'info';
}

/** A check outcome's tag colour. */
export function outcomeTone(outcome: CheckOutcome | null): TagTone {
  if (outcome === 'satisfactory') return 'good';
  if (outcome === 'unsatisfactory') return 'overdue';
  return outcome === 'concerns' ? 'due' : 'neutral';
}

/** A report section's tag colour. */
export function progressTone(progress: SectionProgress): TagTone {
  if (progress === 'complete') return 'good';
  return progress === 'in_progress' ? 'info' : 'neutral';
}
