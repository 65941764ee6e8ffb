// Reviews of the plan while the child is in care, check-ins after they go home, and closing the
// support at the end. What the family reads is checked for locating details; the notes staff keep
// for each other never reach the family.
import { loadReach } from '../../core/access/actor.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { can } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import { Conflict, type FieldErrors } from '../../core/errors.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { formatDate } from '../../core/time/dates.ts';
import { withPartnershipChild } from '../partnership/space.ts';
import { closedMessage } from './plan-service.ts';
import { isSupportOver, latestNextCheckIn } from './rules.ts';
import { checkWordsForFamily, throwIfAny } from './safe-words.ts';
import type { MeetingKind, TCloseInput, TMeetingInput } from './schemas.ts';
import * as store from './store.ts';

const SUPPORT = ENGLAND.partnership.supportAfterReturn;

/** Records a review (before the child goes home) or a check-in (after). */
export async function recordMeeting(
  ctx: Ctx,
  childId: string,
  kind: MeetingKind,
  input: TMeetingInput,
): Promise<void> {
  await withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const { tx, actor, child, today } = scene;
    const plan = await store.findPlan(tx.db, child.id);
    if (!plan) throw new Conflict(`Start the plan for ${child.knownAs} first.`);
    if (plan.status === 'closed') throw new Conflict(closedMessage(child.knownAs));
    if (kind === 'review' && plan.status !== 'working_towards') {
      throw new Conflict(`${child.knownAs} has gone home: record a check-in instead.`);
    }
    if (kind === 'check_in' && plan.status !== 'home') {
      throw new Conflict(`Check-ins begin once ${child.knownAs} has gone home.`);
    }
    const word = kind === 'review' ? 'review' : 'check-in';
    const errors: FieldErrors = {};
    if (input.held_on > today) errors.held_on = `The date of the ${word} must be today or earlier`;
    else if (kind === 'check_in' && plan.wentHomeOn && input.held_on < plan.wentHomeOn) {
      errors.held_on = `A check-in is after ${child.knownAs} went home on ${formatDate(plan.wentHomeOn)}`;
    }
    if (input.next_on <= input.held_on) {
      errors.next_on = `The date of the next ${word} must be after this one`;
    } else if (kind === 'check_in' && input.next_on > latestNextCheckIn(input.held_on)) {
      errors.next_on = `The date of the next check-in must be no more than ${SUPPORT.checkInEveryWeeks} weeks after this one (by ${formatDate(latestNextCheckIn(input.held_on))}): after a child goes home, the family has a check-in at least every ${SUPPORT.checkInEveryWeeks} weeks`;
    }
    const check = await checkWordsForFamily(
      scene,
      { for_family: input.for_family },
      input.send_anyway === 'yes',
    );
    throwIfAny({ ...errors, ...check.errors });
    // A review recorded late, after a newer one, does not move the plan's next review back.
    const latestReview = kind === 'review' ? await store.findLatestReviewOn(tx.db, child.id) : null;
    await store.insertMeeting(tx.db, {
      childId: child.id,
      kind,
      heldOn: input.held_on,
      howItIs: input.how_it_is,
      forFamily: input.for_family,
      staffNotes: input.staff_notes,
      nextOn: input.next_on,
      by: actor.userId,
      at: ctx.now,
    });
    const isNewest = kind === 'review' && (!latestReview || input.held_on >= latestReview);
    if (isNewest) {
      await store.setNextReview(tx.db, child.id, {
        nextReviewOn: input.next_on,
        by: actor.userId,
        at: ctx.now,
      });
    }
    await recordAudit(tx, {
      action: 'reunification.checkin_recorded',
      recordType: 'reunification_plan',
      recordId: child.id,
      fields: [
        'reunification_checkins.kind',
        'reunification_checkins.held_on',
        'reunification_checkins.how_it_is',
        'reunification_checkins.for_family',
        'reunification_checkins.staff_notes',
        'reunification_checkins.next_on',
        ...(isNewest ? ['reunification_plans.next_review_on'] : []),
        ...(check.wasWarned ? ['send_anyway'] : []),
      ],
    });
  });
}

/**
 * Closes the support after the child went home, with a last check-in. Before the 6 months are
 * over it closes only with a reason, kept in the notes for staff. Says whether the person closing
 * it may still read the plan (a worker supporting the family may not, once it is closed).
 */
export async function closeSupport(
  ctx: Ctx,
  childId: string,
  input: TCloseInput,
): Promise<{ knownAs: string; canStillRead: boolean }> {
  return withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const { tx, actor, child, today } = scene;
    const plan = await store.findPlan(tx.db, child.id);
    if (!plan || plan.status !== 'home' || !plan.supportEndsOn) {
      throw new Conflict(`There is no support after going home to close for ${child.knownAs}.`);
    }
    const errors: FieldErrors = {};
    if (!isSupportOver(plan.supportEndsOn, today) && input.staff_notes === '') {
      errors.staff_notes = `Say why the support is closing before ${formatDate(plan.supportEndsOn)}, when its ${SUPPORT.months} months end`;
    }
    const check = await checkWordsForFamily(
      scene,
      { for_family: input.for_family },
      input.send_anyway === 'yes',
    );
    throwIfAny({ ...errors, ...check.errors });
    await store.insertMeeting(tx.db, {
      childId: child.id,
      kind: 'check_in',
      heldOn: today,
      howItIs: input.how_it_is,
      forFamily: input.for_family,
      staffNotes: input.staff_notes,
      nextOn: null,
      by: actor.userId,
      at: ctx.now,
    });
    await store.markClosed(tx.db, child.id, { by: actor.userId, at: ctx.now });
    await recordAudit(tx, {
      action: 'reunification.checkin_recorded',
      recordType: 'reunification_plan',
      recordId: child.id,
      fields: [
        'reunification_checkins.how_it_is',
        'reunification_checkins.for_family',
        'reunification_checkins.staff_notes',
        ...(check.wasWarned ? ['send_anyway'] : []),
      ],
    });
    await recordAudit(tx, {
      action: 'reunification.plan_saved',
      recordType: 'reunification_plan',
      recordId: child.id,
      fields: ['status'],
    });
    const reach = await loadReach(tx.db, actor.userId, actor.role);
    const resource = { kind: 'child', id: child.id } as const;
    return {
      knownAs: child.knownAs,
      canStillRead: can({ ...actor, reach }, 'partnership.read', resource).allowed,
    };
  });
}
