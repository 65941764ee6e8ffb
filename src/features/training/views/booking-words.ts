// How the booking pages put places, distances and booking states into words.
import type { TagTone } from '../../../core/ui/components/content.tsx';
import type { BookingStatus } from '../../../core/db/tables.ts';
import type { StandingStatus } from '../requirements.ts';

/** "4 places left", "1 place left" or "Full: waiting list" (with how many are waiting). */
export function placesWords(session: { capacity: number; taken: number; waiting: number }): string {
  const left = session.capacity - session.taken;
  if (left > 0) return `${left} ${left === 1 ? 'place' : 'places'} left`;
  return session.waiting > 0
    ? `Full: ${session.waiting} on the waiting list`
    : 'Full: you can join the waiting list';
}

/** Whether booking now gives a place or a place in the queue. */
export function isFull(session: { capacity: number; taken: number }): boolean {
  return session.taken >= session.capacity;
}

/** "About 3 km from home", or nothing when either place is not known. */
export function distanceWords(km: number | null): string | null {
  if (km === null) return null;
  if (km < 1) return 'Less than 1 km from home';
  return `About ${Math.round(km)} km from home`;
}

const BOOKING: Record<BookingStatus, { words: string; tone: TagTone }> = {
  booked: { words: 'Booked', tone: 'good' },
  waiting: { words: 'Waiting list', tone: 'due' },
  cancelled: { words: 'Cancelled', tone: 'neutral' },
  attended: { words: 'Attended', tone: 'good' },
  absent: { words: 'Absent', tone: 'overdue' },
};

/** A booking's state as a word and a tag colour. */
export function bookingStatus(status: BookingStatus): { words: string; tone: TagTone } {
  return BOOKING[status];
}

const STANDING: Record<StandingStatus, { words: string; tone: TagTone }> = {
  overdue: { words: 'Overdue', tone: 'overdue' },
  due_soon: { words: 'Due soon', tone: 'due' },
  due: { words: 'Needed', tone: 'info' },
  complete: { words: 'Done', tone: 'good' },
  optional: { words: 'Optional', tone: 'neutral' },
};

/** Where a carer stands with a course, as a word and a tag colour. */
export function standingStatus(status: StandingStatus): { words: string; tone: TagTone } {
  return STANDING[status];
}
