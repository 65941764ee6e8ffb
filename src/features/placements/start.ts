import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { placements, type CareType } from '../../core/db/tables.ts';
import { Conflict } from '../../core/errors.ts';

/** What starting a placement needs: the child, the home, the kind of care and the dates. */
export type NewPlacement = {
  childId: string;
  householdId: string;
  careType: CareType;
  startedOn: string;
  plannedEndOn?: string | null;
  referralId?: string | null;
  /** Confidential unless staff decide otherwise: the birth family must not learn where it is. */
  isConfidential?: boolean;
};

/**
 * Starts a child's placement with a household, inside the caller's transaction, and audits it.
 * The caller has already been allowed `placement.create`. A child lives in one home at a time:
 * a child with a current placement is refused (end or move that one first).
 */
export async function startPlacement(tx: Ctx, input: NewPlacement): Promise<string> {
  const [current] = await tx.db
    .select({ id: placements.id })
    .from(placements)
    .where(and(eq(placements.childId, input.childId), isNull(placements.endedOn)));
  if (current) {
    throw new Conflict(
      'This child already lives with one of our households: end or move that placement first.',
    );
  }
  const [row] = await tx.db
    .insert(placements)
    .values({
      childId: input.childId,
      householdId: input.householdId,
      careType: input.careType,
      startedOn: input.startedOn,
      plannedEndOn: input.plannedEndOn ?? null,
      referralId: input.referralId ?? null,
      isConfidential: input.isConfidential ?? true,
      createdBy: tx.actor?.userId ?? null,
    })
    .returning({ id: placements.id });
  await recordAudit(tx, {
    action: 'placement.started',
    recordType: 'placement',
    recordId: row!.id,
    fields: ['child', 'household', 'care_type', 'started_on', 'planned_end_on'],
  });
  return row!.id;
}
