// An entry as the pages show it: dates in the agency's time zone, the answer with who gave it.
import { todayIn } from '../../core/time/dates.ts';
import type { VoiceKind } from './schemas.ts';
import type { VoiceRow } from './store.ts';

/** One thing the young person wrote, ready for a page. */
export type VoiceEntry = {
  id: string;
  kind: VoiceKind;
  body: string;
  isSharedWithCarers: boolean;
  /** The day it was written, in the agency's time zone. */
  writtenOn: string;
  createdAt: Date;
  answeredAt: Date | null;
  answer: { text: string; byName: string; on: string } | null;
};

/** Shapes a stored entry for a page. */
export function presentEntry(row: VoiceRow, timeZone: string): VoiceEntry {
  return {
    id: row.id,
    kind: row.kind,
    body: row.body,
    isSharedWithCarers: row.isSharedWithCarers,
    writtenOn: todayIn(timeZone, row.createdAt),
    createdAt: row.createdAt,
    answeredAt: row.answeredAt,
    answer: row.answeredAt
      ? {
          text: row.answer,
          byName: row.answeredByName ?? 'A worker',
          on: todayIn(timeZone, row.answeredAt),
        }
      : null,
  };
}

/** The fields a page of entries shows, for the audit trail. */
export const SHOWN_FIELDS = ['kind', 'body', 'is_shared_with_carers', 'answer', 'answered_by'];
