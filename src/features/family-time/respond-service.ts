// What people in the space do with a session: a parent says they will be there, anyone going adds
// a note afterwards (a carer or worker may write down the child's own feedback), and anyone going
// may call it off before it starts, saying why.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import type { FamilyTimeParty } from '../../core/db/tables.ts';
import { Conflict, Forbidden, Invalid, type FieldErrors } from '../../core/errors.ts';
import { fieldErrorsOf, formValues, parseInput } from '../../core/http/validation.ts';
import { findSpaceMembers } from '../partnership/members.ts';
import { withPartnershipChild, type PartnershipScene } from '../partnership/space.ts';
import { assertFieldsSafeToSend } from './safety.ts';
import { ZCancel, ZNote } from './schemas.ts';
import { findReachableSession } from './session-access.ts';
import * as store from './store.ts';
import { tellAboutSession } from './tell.ts';

/** An invited parent says "I'll be there". */
export async function confirmFamilyTime(
  ctx: Ctx,
  childId: string,
  sessionId: string,
): Promise<void> {
  await withPartnershipChild(ctx, 'partnership.write', childId, async (scene) => {
    if (scene.party !== 'parent') {
      throw new Forbidden('Only the parents invited say whether they will be there');
    }
    const { row } = await findReachableSession(scene, sessionId);
    assertStillToCome(row, ctx.now);
    await store.confirmInvitee(scene.tx.db, row.id, scene.actor.userId, ctx.now);
    await recordAudit(scene.tx, {
      action: 'family_time.confirmed',
      recordType: 'family_time_session',
      recordId: row.id,
      fields: ['confirmed_at'],
    });
  });
}

/** Adds a note after a session: the writer's own, or the child's feedback in the child's words. */
export async function addFamilyTimeNote(
  ctx: Ctx,
  childId: string,
  sessionId: string,
  body: unknown,
): Promise<void> {
  await withPartnershipChild(ctx, 'partnership.write', childId, async (scene) => {
    const { row } = await findReachableSession(scene, sessionId);
    if (row.status === 'cancelled') {
      throw new Conflict('This family time was cancelled, so there is nothing to add a note to.');
    }
    if (row.startsAt.getTime() > ctx.now.getTime()) {
      throw new Conflict('You can add a note once the family time has started.');
    }
    const values = formValues(body);
    // Only carers and staff write down the child's feedback; a parent's note is their own.
    const form = parseInput(ZNote, {
      ...values,
      is_child_feedback: scene.party === 'parent' ? '' : (values['is_child_feedback'] ?? ''),
    });
    const party = noteParty(scene, form.isChildFeedback);
    const wasWarned = await assertFieldsSafeToSend(scene, { note: form.note }, form.sendAnyway);
    await store.insertNote(scene.tx.db, {
      sessionId: row.id,
      authorId: scene.actor.userId,
      party,
      attendance: form.attendance,
      note: form.note,
      at: ctx.now,
    });
    await recordAudit(scene.tx, {
      action: 'family_time.note_added',
      recordType: 'family_time_session',
      recordId: row.id,
      fields: ['party', 'attendance', 'note', ...(wasWarned ? ['sent_after_warning'] : [])],
    });
  });
}

/** Calls a session off before it starts, with the reason everyone going will read. */
export async function cancelFamilyTime(
  ctx: Ctx,
  childId: string,
  sessionId: string,
  body: unknown,
  publicUrl: string,
): Promise<void> {
  await withPartnershipChild(ctx, 'partnership.write', childId, async (scene) => {
    const { tx, actor, child, home } = scene;
    const { row, invitees } = await findReachableSession(scene, sessionId);
    assertStillToCome(row, ctx.now);
    const values = formValues(body);
    const parsed = ZCancel.safeParse(values);
    const errors: FieldErrors = parsed.success ? {} : fieldErrorsOf(parsed.error);
    const party = cancellingParty(scene, values['cancelled_by_party'] ?? '');
    if (!party) errors['cancelled_by_party'] = 'Choose who is calling it off';
    if (!parsed.success || !party) throw new Invalid(errors);
    const { reason, sendAnyway } = parsed.data;
    const wasWarned = await assertFieldsSafeToSend(scene, { reason }, sendAnyway);
    const isCancelled = await store.cancelSession(tx.db, {
      sessionId: row.id,
      party,
      reason,
      by: actor.userId,
      at: ctx.now,
    });
    if (!isCancelled) throw new Conflict('This family time has already been cancelled.');
    await recordAudit(tx, {
      action: 'family_time.cancelled',
      recordType: 'family_time_session',
      recordId: row.id,
      fields: [
        'status',
        'cancelled_by_party',
        'cancelled_reason',
        ...(wasWarned ? ['sent_after_warning'] : []),
      ],
    });
    await tellAboutSession(scene, await findSpaceMembers(tx.db, child.id, home), {
      what: 'family_time_cancelled',
      sessionId: row.id,
      parentIds: invitees.map((invitee) => invitee.userId),
      publicUrl,
    });
  });
}

// Saying yes to, or calling off, only makes sense before the family time starts.
function assertStillToCome(row: store.SessionRow, now: Date): void {
  if (row.status === 'cancelled') {
    throw new Conflict('This family time has already been cancelled.');
  }
  if (row.startsAt.getTime() <= now.getTime()) {
    throw new Conflict(
      'This family time has already started or happened, so it cannot be changed now. You can add a note about it instead.',
    );
  }
}

function noteParty(scene: Pick<PartnershipScene, 'party'>, isChildFeedback: boolean) {
  if (scene.party === 'parent') return 'parent' satisfies FamilyTimeParty;
  if (isChildFeedback) return 'child' satisfies FamilyTimeParty;
  return scene.party === 'carer' ? 'carer' : 'worker';
}

// A parent calls it off as a parent, a carer as the carers; staff say whether it was the
// agency's decision or the child's wish.
function cancellingParty(
  scene: Pick<PartnershipScene, 'party'>,
  chosen: string,
): store.CancelledByParty | null {
  if (scene.party === 'parent') return 'parent';
  if (scene.party === 'carer') return 'carer';
  return chosen === 'agency' || chosen === 'child' ? chosen : null;
}
