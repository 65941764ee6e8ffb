// How the going-home pages say the plan's codes: the partnership's words, with a tag colour each.
import type { HowItIs, StepStatus } from '../../../core/db/tables.ts';
import type { TagTone } from '../../../core/ui/components/content.tsx';

/** The colour of a step's status tag; the word is always beside it. */
export const STATUS_TONE: Record<StepStatus, TagTone> = {
  not_started: 'neutral',
  going: 'info',
  done: 'good',
};

/** The colour of "how it is" at a review or check-in. */
export const HOW_IT_IS_TONE: Record<HowItIs, TagTone> = {
  going_well: 'good',
  some_worries: 'due',
  worried: 'overdue',
};

/** What a meeting is called on a page. */
export const MEETING_WORD = { review: 'Review', check_in: 'Check-in' } as const;
