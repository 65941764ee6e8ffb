// The words of the daily record: its kinds, moods and topics, as carers and staff read them.
import type { TagTone } from '../../core/ui/components/content.tsx';
import type { DailyRecordKind } from '../../core/db/tables.ts';
import { capitalise, type Terms } from '../../core/ui/terms.ts';

export const KINDS: readonly DailyRecordKind[] = [
  'daily_log',
  'significant_event',
  'notifiable_incident',
];

/** True for a string naming a kind of record. */
export function isKind(value: string): value is DailyRecordKind {
  return (KINDS as readonly string[]).includes(value);
}

/** The kind of a record, as its tag says it. */
export function kindLabel(kind: DailyRecordKind): string {
  switch (kind) {
    case 'daily_log':
      return 'Daily log';
    case 'significant_event':
      return 'Significant event';
    case 'notifiable_incident':
      return 'Notifiable incident';
  }
}

/** The kind in the plural, for filters. */
export function kindPlural(kind: DailyRecordKind): string {
  switch (kind) {
    case 'daily_log':
      return 'Daily logs';
    case 'significant_event':
      return 'Significant events';
    case 'notifiable_incident':
      return 'Notifiable incidents';
  }
}

/** An incident must stand out from a day's log; the word is always there beside the colour. */
export function kindTone(kind: DailyRecordKind): TagTone {
  switch (kind) {
    case 'daily_log':
      return 'neutral';
    case 'significant_event':
      return 'info';
    case 'notifiable_incident':
      return 'safeguarding';
  }
}

/** One line under each choice on the form, so a carer knows which to pick. */
export function kindExplanation(kind: DailyRecordKind): string {
  switch (kind) {
    case 'daily_log':
      return 'How the day went: the everyday things that make up a child’s life.';
    case 'significant_event':
      return 'Something out of the ordinary your supervising social worker should know about soon: a fall-out at school, a worrying phone call, a big first.';
    case 'notifiable_incident':
      return 'Something serious the agency must pass on at once (see the list below).';
  }
}

/** What counts as a notifiable incident, in plain words (Fostering Services Regulations 2011, reg 36). */
export const NOTIFIABLE_EXAMPLES: readonly string[] = [
  'a serious illness or accident',
  'the police being involved with the child',
  'the child going missing',
  'an allegation against anyone, including you',
  'a serious complaint about the care the child gets',
  'the child’s death',
];

export type Mood = 'good' | 'mixed' | 'hard';

export const MOODS: readonly Mood[] = ['good', 'mixed', 'hard'];

/** How the day felt. */
export function moodLabel(mood: Mood): string {
  switch (mood) {
    case 'good':
      return 'A good day';
    case 'mixed':
      return 'A mixed day';
    case 'hard':
      return 'A hard day';
  }
}

/** What a record may be about; a carer ticks any number. */
export const TOPICS = [
  { code: 'school', label: 'School' },
  { code: 'health', label: 'Health' },
  { code: 'family_time', label: 'Family time' },
  { code: 'friends', label: 'Friends' },
  { code: 'behaviour', label: 'Behaviour' },
  { code: 'feelings', label: 'Feelings' },
  { code: 'achievements', label: 'Achievements' },
  { code: 'sleep', label: 'Sleep' },
  { code: 'food', label: 'Food' },
] as const;

export type Topic = (typeof TOPICS)[number]['code'];

/** A topic's words (family time in the agency's own words); a code no longer listed is shown as stored. */
export function topicLabel(code: string, terms?: Pick<Terms, 'familyTime'>): string {
  if (code === 'family_time' && terms) return capitalise(terms.familyTime);
  return TOPICS.find((topic) => topic.code === code)?.label ?? code.replace(/_/g, ' ');
}

/**
 * The form field of one topic. Each topic is its own field (not one field sent many times), so a
 * form held while its author signs in again keeps every ticked box: held forms keep one value a name.
 */
export function topicField(code: string): string {
  return `topic_${code}`;
}
