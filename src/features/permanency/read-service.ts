// Reading a child's permanency planning: the staff and carers' page, and the young person's own.
import { recordAudit } from '../../core/access/audit.ts';
import { requireActor } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { withBelongingChild, type BelongingChild } from '../belonging/child-access.ts';
import type { Viewer } from '../belonging/visibility.ts';
import { gatherPlanning, type Planning } from './planning.ts';

// The parts of the record a permanency page shows, named for the audit trail.
const SHOWN_FIELDS = ['permanency_conversations', 'permanency_decisions', 'looked_after_reviews'];

/** A child's permanency page, with what this person may do on it. */
export type PermanencyView = Planning & {
  child: BelongingChild;
  viewer: Viewer;
  today: string;
  abilities: { canManage: boolean };
};

/** The permanency page for staff and the carers the child lives with; the read is audited. */
export async function readPermanency(ctx: Ctx, childId: string): Promise<PermanencyView> {
  return withBelongingChild(
    ctx,
    'permanency.read',
    childId,
    async ({ tx, actor, viewer, child, today }) => {
      const planning = await gatherPlanning(tx.db, child, today);
      await recordAudit(tx, {
        action: 'permanency.read',
        recordType: 'child',
        recordId: child.id,
        fields: SHOWN_FIELDS,
      });
      return {
        ...planning,
        child,
        viewer,
        today,
        abilities: {
          canManage: can(actor, 'permanency.manage', { kind: 'child', id: child.id }).allowed,
        },
      };
    },
  );
}

/** The young person's own page: what they said, what was decided, and their next review. */
export type OwnFuture =
  | { kind: 'not_linked' }
  | {
      kind: 'own';
      knownAs: string;
      today: string;
      conversations: Planning['conversations'];
      decision: Planning['decision'];
      nextReviewOn: string | null;
    };

/**
 * The young person's page about their future, from their own record. Nobody else has one: the
 * address is theirs alone. A young person whose account is not linked to a record yet is told so.
 */
export async function readOwnFuture(ctx: Ctx): Promise<OwnFuture> {
  const { actor } = requireActor(ctx);
  if (actor.role !== 'young_person') throw new NotFound();
  const childId = actor.reach.ownRecordChildId;
  if (!childId) return { kind: 'not_linked' };
  return withBelongingChild(ctx, 'permanency.read', childId, async ({ tx, child, today }) => {
    const planning = await gatherPlanning(tx.db, child, today);
    await recordAudit(tx, {
      action: 'permanency.read',
      recordType: 'child',
      recordId: child.id,
      fields: ['permanency_conversations', 'permanency_decisions', 'next_review'],
    });
    return {
      kind: 'own',
      knownAs: child.knownAs,
      today,
      conversations: planning.conversations,
      decision: planning.decision,
      nextReviewOn: planning.nextReview?.dueOn ?? null,
    };
  });
}
