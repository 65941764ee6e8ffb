// The staff home page's word on questions from young people waiting for an answer.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { countUnansweredQuestions, findUnansweredQuestions } from './worklist-store.ts';

/** How many questions wait, and the longest waiting few: whose, and since when. */
export type UnansweredQuestions = {
  total: number;
  entries: Array<{ voiceId: string; childId: string; firstName: string; askedOn: string }>;
};

/**
 * For the manager's and supervising social workers' home pages: the questions young people in
 * their homes have asked that nobody has answered. Showing the list is audited.
 */
export async function summariseUnansweredQuestions(ctx: Ctx): Promise<UnansweredQuestions> {
  const { actor } = await authorize(ctx, 'child.list');
  return inTransaction(ctx, async (tx) => {
    const { timeZone } = await getAgencySettings(tx.db);
    const total = await countUnansweredQuestions(tx.db, actor);
    const rows = await findUnansweredQuestions(tx.db, actor);
    if (rows.length > 0) {
      await recordAudit(tx, { action: 'child.list', recordType: 'child', recordId: null });
    }
    return {
      total,
      entries: rows.map((row) => ({
        voiceId: row.voiceId,
        childId: row.childId,
        firstName: row.preferredName ?? row.firstName,
        askedOn: todayIn(timeZone, row.askedAt),
      })),
    };
  });
}
