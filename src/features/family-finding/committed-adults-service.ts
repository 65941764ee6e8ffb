// The home page's list of young people who need more committed adults, for the staff who
// supervise their homes and the registered manager.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import { ageOn } from '../../core/time/dates.ts';
import {
  findYoungPeopleShortOfCommittedAdults,
  type ShortOfCommittedAdults,
} from './committed-adults-store.ts';

/** A young person on the list, with their age today. */
export type CommittedAdultsEntry = ShortOfCommittedAdults & { age: number };

/** The young people short of committed adults, fewest first; empty when nobody is. */
export type CommittedAdultsSummary = { youngPeople: CommittedAdultsEntry[] };

/**
 * The young people this person may see, 15 and over, with fewer committed adults than the
 * agency's target. For the registered manager and supervising social workers; empty for others.
 */
export async function summariseCommittedAdults(ctx: Ctx): Promise<CommittedAdultsSummary> {
  const { actor } = await authorize(ctx, 'child.list');
  if (actor.role !== 'registered_manager' && actor.role !== 'supervising_social_worker') {
    return { youngPeople: [] };
  }
  return inTransaction(ctx, async (tx) => {
    const today = await agencyToday(tx.db, ctx.now);
    const rows = await findYoungPeopleShortOfCommittedAdults(tx.db, actor, today);
    if (rows.length > 0) {
      await recordAudit(tx, {
        action: 'child.list',
        recordType: 'child',
        recordId: null,
        fields: ['first_name', 'last_name', 'date_of_birth', 'committed_adults'],
      });
    }
    return {
      youngPeople: rows.map((row) => ({ ...row, age: ageOn(row.dateOfBirth, today) })),
    };
  });
}
