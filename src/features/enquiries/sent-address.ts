// The confirmation page's address after an accepted form: it carries the reference and what was
// asked for, signed, so the page can be reloaded but not made up to show anything else.
import type { EnquiryKind } from '../../core/db/tables.ts';
import { isSameSecret, sign } from '../../core/http/tokens.ts';

export type SentNote = { kind: EnquiryKind; reference: string; detail: string };

const KINDS: readonly EnquiryKind[] = [
  'call_back',
  'information_pack',
  'enquiry_form',
  'eligibility_check',
  'information_event',
];

/** The address of the confirmation page for an accepted form. */
export function sentAddress(secret: string, path: string, note: SentNote): string {
  const query = new URLSearchParams({
    kind: note.kind,
    ref: note.reference,
    detail: note.detail,
    sig: sign(secret, signedText(note)),
  });
  return `${path}?${query.toString()}`;
}

/** What a confirmation page's address says, or null when it was not made by sentAddress. */
export function readSentAddress(secret: string, query: unknown): SentNote | null {
  const { kind, ref, detail, sig } = (query ?? {}) as Record<string, unknown>;
  if (typeof ref !== 'string' || typeof detail !== 'string' || typeof sig !== 'string') return null;
  const known = KINDS.find((candidate) => candidate === kind);
  if (!known) return null;
  const note = { kind: known, reference: ref, detail };
  return isSameSecret(sig, sign(secret, signedText(note))) ? note : null;
}

function signedText(note: SentNote): string {
  return `enquiry-sent:${note.kind}:${note.reference}:${note.detail}`;
}
