import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { getPublicEvent } from './events-service.ts';
import type { EnquiryDetails } from './next-steps.ts';
import type { SentNote } from './sent-address.ts';

/** The detail a confirmation page's address carries, for a form and what it asked for. */
export function sentDetail(
  details: Exclude<EnquiryDetails, { kind: 'information_event' }>,
): string {
  switch (details.kind) {
    case 'call_back':
      return `${(details.days ?? []).join(',')}|${(details.times ?? []).join(',')}`;
    case 'information_pack':
      return details.delivery;
    default:
      return '';
  }
}

/** The detail a booking's confirmation page carries: which event, and how many places. */
export function bookingDetail(eventId: string, places: number): string {
  return `${eventId}|${places}`;
}

/** What the confirmation page says happens next, from its (already verified) address. */
export async function detailsForSentPage(ctx: Ctx, note: SentNote): Promise<EnquiryDetails> {
  const [first = '', second = ''] = note.detail.split('|');
  switch (note.kind) {
    case 'call_back':
      return { kind: 'call_back', days: first.split(','), times: second.split(',') };
    case 'information_pack':
      return { kind: 'information_pack', delivery: first === 'post' ? 'post' : 'email' };
    case 'information_event': {
      const places = Number(second) || 1;
      try {
        const event = await getPublicEvent(ctx, first);
        return { kind: 'information_event', event, places };
      } catch (error) {
        if (!(error instanceof NotFound)) throw error;
        return { kind: 'enquiry_form' };
      }
    }
    default:
      return { kind: note.kind };
  }
}
