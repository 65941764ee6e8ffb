// How the map's pages say things: the rings, the counts, the addresses. The codes' words come from
// belonging/vocabulary.ts; these are the map's own.
import type { ContactStatus } from '../../core/db/tables.ts';
import type { Ring } from './eco-map-layout.ts';
import type { PersonView } from './people-view.ts';

/** Whose words a page uses: a worker's or carer's, the young person's own, or a parent's. */
export type Voice = 'record' | 'own' | 'family';

const RING_WORDS: Record<Voice, Record<Ring, string>> = {
  record: { 1: 'Closest', 2: 'Close', 3: 'Further away' },
  own: { 1: 'Closest to you', 2: 'Close to you', 3: 'Further away' },
  family: { 1: 'Closest', 2: 'Close', 3: 'Further away' },
};

/** A ring's heading in the list. */
export function ringHeading(ring: Ring, voice: Voice): string {
  return RING_WORDS[voice][ring];
}

/** A ring's short label on the map itself. */
export function ringLabel(ring: Ring): string {
  return RING_WORDS.record[ring].toLowerCase();
}

/** "1 person", "9 people". */
export function peopleCount(count: number): string {
  return count === 1 ? '1 person' : `${count} people`;
}

/** "1 committed adult", "4 committed adults". */
export function committedCount(count: number): string {
  return count === 1 ? '1 committed adult' : `${count} committed adults`;
}

// The contact statuses as the map's summary counts them, in the order it says them.
const SUMMARY_PARTS: Array<{ statuses: ContactStatus[]; words: string }> = [
  { statuses: ['in_touch'], words: 'in touch' },
  { statuses: ['lost_touch'], words: 'lost touch' },
  { statuses: ['to_be_found', 'approached'], words: 'to be found or approached' },
  { statuses: ['not_safe'], words: 'flagged not safe' },
];

/** "Zara’s map: 9 people, 4 in touch, 2 lost touch." — the map's description for screen readers. */
export function mapSummary(whose: string, people: readonly PersonView[]): string {
  const parts = SUMMARY_PARTS.flatMap(({ statuses, words }) => {
    const count = people.filter(
      (person) => person.contactStatus !== null && statuses.includes(person.contactStatus),
    ).length;
    return count > 0 ? [`${count} ${words}`] : [];
  });
  const waiting = people.filter((person) => person.isWaitingForCheck).length;
  if (waiting > 0) parts.push(`${waiting} waiting for a check`);
  return `${whose}: ${[peopleCount(people.length), ...parts].join(', ')}.`;
}

/** A list of names as a sentence: "Leah, Dean and Imam Yusuf". */
export function namesInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The staff and carers' map of a child's people. */
export const peoplePath = (childId: string) => `/children/${childId}/people`;

/** The young person's own map. */
export const OWN_PEOPLE_PATH = '/my/people';

/** Where a young person suggests someone. */
export const SUGGEST_PATH = '/my/people/suggest';

/** A birth parent's view of their child's people. */
export const familyPeoplePath = (childId: string) => `/family/${childId}/people`;
