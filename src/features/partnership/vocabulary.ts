// The words of the partnership space, one list each, in the order forms offer them. The codes are
// the ones migration 0015 allows; the words are how a parent, a carer or a worker would say them.
import type {
  DecisionOutcome,
  DecisionTopic,
  FamilyTimeAttendance,
  FamilyTimeKind,
  FamilyTimeParty,
  HowItIs,
  SpaceLevel,
  StepStatus,
  StepWho,
  UpdateReaction,
  UpdateTopic,
} from '../../core/db/tables.ts';

export { codesOf, labelOf } from '../belonging/vocabulary.ts';

type Word<Code extends string> = { code: Code; label: string };

export const SPACE_LEVELS: Word<SpaceLevel>[] = [
  { code: 'direct', label: 'In the space: messages arrive as sent' },
  { code: 'reviewed', label: 'In the space: a worker reads each message before it is delivered' },
  { code: 'not_in_space', label: 'Not in the space for now' },
];

export const UPDATE_TOPICS: Word<UpdateTopic>[] = [
  { code: 'everyday', label: 'Everyday life' },
  { code: 'school', label: 'School and nursery' },
  { code: 'health', label: 'Health' },
  { code: 'milestone', label: 'A milestone' },
  { code: 'fun', label: 'Something fun' },
];

export const REACTIONS: Word<UpdateReaction>[] = [
  { code: 'love', label: 'Love it' },
  { code: 'smile', label: 'Made me smile' },
  { code: 'proud', label: 'So proud' },
  { code: 'thanks', label: 'Thank you' },
];

export const FAMILY_TIME_KINDS: Word<FamilyTimeKind>[] = [
  { code: 'in_person', label: 'Meeting in person' },
  { code: 'video', label: 'Video call' },
  { code: 'phone', label: 'Phone call' },
];

export const FAMILY_TIME_PARTIES: Word<FamilyTimeParty>[] = [
  { code: 'parent', label: 'Parent' },
  { code: 'carer', label: 'Carer' },
  { code: 'worker', label: 'Worker' },
  { code: 'child', label: 'The child' },
];

/** Who called a session off. */
export const CANCELLED_BY: Word<'parent' | 'carer' | 'agency' | 'child'>[] = [
  { code: 'parent', label: 'A parent' },
  { code: 'carer', label: 'The carers' },
  { code: 'agency', label: 'The agency' },
  { code: 'child', label: 'The child' },
];

export const ATTENDANCE: Word<FamilyTimeAttendance>[] = [
  { code: 'attended', label: 'Came' },
  { code: 'late', label: 'Came late' },
  { code: 'left_early', label: 'Left early' },
  { code: 'did_not_attend', label: 'Did not come' },
];

export const DECISION_TOPICS: Word<DecisionTopic>[] = [
  { code: 'haircuts', label: 'Haircuts' },
  { code: 'school_trips', label: 'School trips' },
  { code: 'sleepovers', label: 'Sleepovers with friends' },
  { code: 'routine_medical', label: 'Check-ups, the dentist and the optician' },
  { code: 'medical_treatment', label: 'Medical treatment' },
  { code: 'religious_observance', label: 'Faith and religious practice' },
  { code: 'holidays_abroad', label: 'Holidays abroad' },
  { code: 'social_media', label: 'Social media' },
  { code: 'photographs', label: 'Photographs' },
  { code: 'other', label: 'Something else' },
];

export const DECISION_OUTCOMES: Word<DecisionOutcome>[] = [
  { code: 'agreed', label: 'Agreed' },
  { code: 'agreed_with_conditions', label: 'Agreed, with conditions' },
  { code: 'not_agreed', label: 'Not agreed' },
];

export const STEP_WHO: Word<StepWho>[] = [
  { code: 'family', label: 'The family' },
  { code: 'agency', label: 'The agency' },
  { code: 'carers', label: 'The carers' },
  { code: 'together', label: 'Everyone together' },
];

export const STEP_STATUSES: Word<StepStatus>[] = [
  { code: 'not_started', label: 'Not started' },
  { code: 'going', label: 'Under way' },
  { code: 'done', label: 'Done' },
];

export const HOW_IT_IS: Word<HowItIs>[] = [
  { code: 'going_well', label: 'Going well' },
  { code: 'some_worries', label: 'Some worries' },
  { code: 'worried', label: 'Worried' },
];
