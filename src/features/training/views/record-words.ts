// How the training record, the carers list, the compliance page and its CSV put statuses into
// words: one place, so a tag on a page and a cell in a spreadsheet say the same thing.
import type { TagTone } from '../../../core/ui/components/content.tsx';
import type { StandingStatus, TsdsProgress } from '../requirements.ts';

type Words = { label: string; tone: TagTone };

const STANDINGS: Record<StandingStatus, Words> = {
  overdue: { label: 'Overdue', tone: 'overdue' },
  due_soon: { label: 'Due soon', tone: 'due' },
  due: { label: 'To do', tone: 'info' },
  complete: { label: 'Done', tone: 'good' },
  optional: { label: 'Optional', tone: 'neutral' },
};

const TSDS: Record<TsdsProgress['status'], Words> = {
  complete: { label: 'Complete', tone: 'good' },
  overdue: { label: 'Overdue', tone: 'overdue' },
  in_progress: { label: 'In progress', tone: 'info' },
  not_started: { label: 'Not started', tone: 'neutral' },
};

/** A course's standing as a tag's word and tone. */
export function standingWords(status: StandingStatus): Words {
  return STANDINGS[status];
}

/** The standards' status as a tag's word and tone. */
export function tsdsStatusWords(status: TsdsProgress['status']): Words {
  return TSDS[status];
}

/** "Foster care" or "Kinship (family and friends) care". */
export function careKindWords(kind: 'foster' | 'kinship'): string {
  return kind === 'kinship' ? 'Kinship (family and friends) care' : 'Foster care';
}

/** How a course was completed, in words. */
export function completionHowWords(
  source: 'classroom' | 'e_learning' | 'recorded',
  venueName: string | null,
): string {
  switch (source) {
    case 'classroom':
      return venueName ? `In a classroom session at ${venueName}` : 'In a classroom session';
    case 'e_learning':
      return 'E-learning';
    case 'recorded':
      return 'Training done elsewhere, recorded by the agency';
  }
}
