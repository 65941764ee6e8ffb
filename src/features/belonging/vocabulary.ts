// The words of belonging and permanency, one list each, in the order forms offer them. The codes
// are the ones migration 0014 allows; the words are how a young person or a worker would say them.
import type {
  ConnectionCategory,
  ConnectionSource,
  ConnectionSupport,
  ContactStatus,
  LifeStoryKind,
  OutreachKind,
  PermanencyOption,
} from '../../core/db/tables.ts';

type Word<Code extends string> = { code: Code; label: string };

export const CONNECTION_CATEGORIES: Word<ConnectionCategory>[] = [
  { code: 'relative', label: 'Family' },
  { code: 'former_carer', label: 'Someone who looked after me before' },
  { code: 'neighbour', label: 'A neighbour, now or before' },
  { code: 'coach', label: 'A coach or club leader' },
  { code: 'teacher', label: 'A teacher or someone at school' },
  { code: 'mentor', label: 'A mentor' },
  { code: 'faith_community', label: 'Someone from a faith community' },
  { code: 'friend', label: 'A friend' },
  { code: 'professional', label: 'A worker who helps me' },
  { code: 'other', label: 'Someone else' },
];

export const SUPPORTS: Word<ConnectionSupport>[] = [
  { code: 'talk', label: 'Someone to talk to' },
  { code: 'practical', label: 'Practical help' },
  { code: 'celebrations', label: 'A place for holidays and celebrations' },
  { code: 'place_to_stay', label: 'A place to stay' },
  { code: 'advice', label: 'Advice' },
  { code: 'lifelong', label: 'A lifelong connection' },
];

export const CONTACT_STATUSES: Word<ContactStatus>[] = [
  { code: 'in_touch', label: 'In touch' },
  { code: 'lost_touch', label: 'Lost touch' },
  { code: 'to_be_found', label: 'To be found' },
  { code: 'approached', label: 'Approached' },
  { code: 'not_safe', label: 'Not safe' },
];

export const CONNECTION_SOURCES: Word<ConnectionSource>[] = [
  { code: 'case_records', label: 'Case records' },
  { code: 'young_person', label: 'The young person' },
  { code: 'relatives', label: 'Relatives' },
  { code: 'carers', label: 'Carers' },
  { code: 'worker', label: 'A worker' },
  { code: 'other', label: 'Somewhere else' },
];

export const OUTREACH_KINDS: Word<OutreachKind>[] = [
  { code: 'search', label: 'Search (records, relatives, online)' },
  { code: 'safety_check', label: 'Safety check' },
  { code: 'letter', label: 'Letter or email' },
  { code: 'phone_call', label: 'Phone call' },
  { code: 'meeting', label: 'Meeting' },
  { code: 'visit', label: 'Visit' },
  { code: 'other', label: 'Something else' },
];

/** Steps that reach the person themselves: each waits for a cleared safety check. */
export const CONTACT_STEPS: readonly OutreachKind[] = ['letter', 'phone_call', 'meeting', 'visit'];

export const PERMANENCY_OPTIONS: Word<PermanencyOption>[] = [
  { code: 'return_home', label: 'Going back home to family' },
  {
    code: 'kinship',
    label: 'Living with relatives or friends (kinship care, special guardianship)',
  },
  { code: 'adoption', label: 'Adoption' },
  { code: 'long_term_fostering', label: 'Staying with foster carers long-term' },
  {
    code: 'staying_put',
    label: 'Staying put or living independently, with people who stay in my life',
  },
];

export const LIFE_STORY_KINDS: Word<LifeStoryKind>[] = [
  { code: 'photo', label: 'Photo' },
  { code: 'milestone', label: 'Milestone' },
  { code: 'memory', label: 'Memory' },
  { code: 'letter', label: 'Letter' },
  { code: 'person', label: 'Person' },
  { code: 'place', label: 'Place' },
  { code: 'document', label: 'Document' },
];

/** The words for a code in one of the lists above; the code itself if it is not there. */
export function labelOf<Code extends string>(words: Word<Code>[], code: Code): string {
  return words.find((word) => word.code === code)?.label ?? code;
}

/** The codes of a list, for zod enums. */
export function codesOf<Code extends string>(words: Word<Code>[]): [Code, ...Code[]] {
  return words.map((word) => word.code) as [Code, ...Code[]];
}
