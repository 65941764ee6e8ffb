// A session as one person may see it. A parent gets when, how, where, supervision, the notes for
// the family, any cancellation and their own answer; never transport, who planned it or who else
// is invited. Staff and carers get everything. Pages only ever receive this shape.
import type { FamilyTimeKind } from '../../core/db/tables.ts';
import type { Party } from '../partnership/space.ts';
import type { CancelledByParty, InviteeRow, SessionRow } from './store.ts';

export type SessionCard = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  kind: FamilyTimeKind;
  isSupervised: boolean;
  supervisedBy: string;
  venue: string;
  notesForFamily: string;
  cancellation: { party: CancelledByParty; reason: string } | null;
  hasStarted: boolean;
  hasEnded: boolean;
  /** How the child gets there and back: staff and carers only (null for a parent). */
  transport: string | null;
  /** Who is invited and who said they will come: staff and carers only (null for a parent). */
  invitees: Array<{ name: string; confirmedAt: Date | null }> | null;
  /** The reading parent's own answer (null for staff and carers). */
  myInvitation: { confirmedAt: Date | null } | null;
  abilities: { canConfirm: boolean; canCancel: boolean; canAddNote: boolean };
};

/** The session as this reader may see it, with what they may do with it now. */
export function presentSession(
  row: SessionRow,
  reader: { party: Party; userId: string },
  invitees: readonly InviteeRow[],
  now: Date,
): SessionCard {
  const isParent = reader.party === 'parent';
  const own = invitees.find(
    (invitee) => invitee.sessionId === row.id && invitee.userId === reader.userId,
  );
  const isCancelled = row.status === 'cancelled';
  const hasStarted = row.startsAt.getTime() <= now.getTime();
  return {
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    kind: row.kind,
    isSupervised: row.isSupervised,
    supervisedBy: row.supervisedBy,
    venue: row.venue,
    notesForFamily: row.notesForFamily,
    cancellation:
      isCancelled && row.cancelledByParty
        ? { party: row.cancelledByParty, reason: row.cancelledReason }
        : null,
    hasStarted,
    hasEnded: row.endsAt.getTime() <= now.getTime(),
    transport: isParent ? null : row.transport,
    invitees: isParent
      ? null
      : invitees
          .filter((invitee) => invitee.sessionId === row.id)
          .map((invitee) => ({ name: invitee.name, confirmedAt: invitee.confirmedAt })),
    myInvitation: isParent ? { confirmedAt: own?.confirmedAt ?? null } : null,
    abilities: {
      canConfirm: isParent && !isCancelled && !hasStarted && !own?.confirmedAt,
      canCancel: !isCancelled && !hasStarted,
      canAddNote: !isCancelled && hasStarted,
    },
  };
}
