// The day a child goes home: the plan becomes a support period of 6 months with a worker who
// stays with the family, and everyone in the space hears there is a change to the plan. Ending
// the child's time in the foster home is the placement's own form; it is not done here.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { Conflict, type FieldErrors } from '../../core/errors.ts';
import { findSpaceMembers } from '../partnership/members.ts';
import { tellSpace } from '../partnership/notify.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import { withPartnershipChild } from '../partnership/space.ts';
import { closedMessage } from './plan-service.ts';
import { supportEndsOn } from './rules.ts';
import { throwIfAny } from './safe-words.ts';
import type { TWentHomeInput } from './schemas.ts';
import * as store from './store.ts';

/** Records that the child went home, and starts the support for their family. */
export async function recordWentHome(
  ctx: Ctx,
  childId: string,
  input: TWentHomeInput,
  publicUrl: string,
): Promise<{ knownAs: string; supportEndsOn: string }> {
  return withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const { tx, actor, child, home, settings, today } = scene;
    const plan = await store.findPlan(tx.db, child.id);
    if (!plan) throw new Conflict(`Start the plan for ${child.knownAs} first.`);
    if (plan.status === 'closed') throw new Conflict(closedMessage(child.knownAs));
    if (plan.status === 'home') throw new Conflict(`${child.knownAs} has already gone home.`);
    const errors: FieldErrors = {};
    if (input.went_home_on > today) {
      errors.went_home_on = `The date ${child.knownAs} went home must be today or earlier`;
    }
    const workers = await store.findSupportWorkers(tx.db);
    const workerId = input.support_worker_id.toLowerCase();
    if (!workers.some((worker) => worker.id === workerId)) {
      errors.support_worker_id = 'Choose the worker who supports the family from the list';
    }
    throwIfAny(errors);
    const endsOn = supportEndsOn(input.went_home_on);
    await store.markWentHome(tx.db, child.id, {
      wentHomeOn: input.went_home_on,
      supportEndsOn: endsOn,
      supportWorkerId: workerId,
      by: actor.userId,
      at: ctx.now,
    });
    await recordAudit(tx, {
      action: 'reunification.went_home',
      recordType: 'reunification_plan',
      recordId: child.id,
      fields: ['status', 'went_home_on', 'support_ends_on', 'support_worker_id'],
    });
    await tellSpace(tx, {
      members: await findSpaceMembers(tx.db, child.id, home),
      label: settings.emailLabel,
      what: 'plan',
      exceptUserId: actor.userId,
      publicUrl,
      pathFor: (party) => partnershipPaths.goingHome(party, child.id),
    });
    return { knownAs: child.knownAs, supportEndsOn: endsOn };
  });
}
