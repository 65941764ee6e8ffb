// One session: its details as this person may see them, then the notes each side wrote after it,
// filtered by who may read which, and each author named as the reader may know them.
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import { isRole } from '../../core/access/roles.ts';
import type { Ctx } from '../../core/context.ts';
import type { FamilyTimeAttendance } from '../../core/db/tables.ts';
import type { BelongingChild } from '../belonging/child-access.ts';
import { nameAsSeenBy } from '../partnership/members.ts';
import { withPartnershipChild, type Party } from '../partnership/space.ts';
import { isNoteVisible } from './note-visibility.ts';
import { findReachableSession } from './session-access.ts';
import { presentSession, type SessionCard } from './session-view.ts';
import * as store from './store.ts';

/** A note as the reader sees it. */
export type NoteView = {
  id: string;
  /** "Sam, foster carer" or "Hannah Kowalski, supervising social worker". */
  byLine: string;
  isChildFeedback: boolean;
  attendance: FamilyTimeAttendance | null;
  note: string;
  writtenAt: Date;
};

export type SessionPage = {
  child: BelongingChild;
  party: Party;
  session: SessionCard;
  notes: NoteView[];
  abilities: {
    canChange: boolean;
    /** Staff say who called it off (the agency or the child); others are who they are. */
    canChooseWhoCancelled: boolean;
    /** Carers and staff may write down the child's own feedback. */
    canWriteChildFeedback: boolean;
  };
};

/** The session page for this reader; a parent not invited to it is told it does not exist. */
export async function readSession(
  ctx: Ctx,
  childId: string,
  sessionId: string,
): Promise<SessionPage> {
  return withPartnershipChild(ctx, 'partnership.read', childId, async (scene) => {
    const { tx, actor, party, child, home } = scene;
    const { row, invitees } = await findReachableSession(scene, sessionId);
    const reader = { party, userId: actor.userId };
    const isConfidential = home?.isConfidential ?? false;
    const notes = (await store.findNotes(tx.db, row.id))
      .filter((note) => isNoteVisible(reader, note))
      .map((note) => ({
        id: note.id,
        byLine: isRole(note.authorRole)
          ? nameAsSeenBy(party, { name: note.authorName, role: note.authorRole }, isConfidential)
          : note.authorName,
        isChildFeedback: note.party === 'child',
        attendance: note.attendance,
        note: note.note,
        writtenAt: note.createdAt,
      }));
    await recordAudit(tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: child.id,
      fields: ['family_time_sessions', 'family_time_notes'],
    });
    const isManager = can(actor, 'partnership.manage', { kind: 'child', id: child.id }).allowed;
    return {
      child,
      party,
      session: presentSession(row, reader, invitees, ctx.now),
      notes,
      abilities: {
        canChange: isManager && row.status === 'planned',
        canChooseWhoCancelled: party === 'staff',
        canWriteChildFeedback: party !== 'parent',
      },
    };
  });
}
