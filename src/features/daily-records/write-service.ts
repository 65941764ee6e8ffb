// Writing the daily record: carers, about a child who lives with them now.
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { childName } from '../children/index.ts';
import { tellAboutReport } from './notify.ts';
import { childShortName, draftKeyFor, earliestDateFor, problemWithDate } from './rules.ts';
import type { TRecordInput } from './schemas.ts';
import * as store from './store.ts';

/** What the empty form needs: whom it is about, today, the earliest date a log may carry. */
export type RecordForm = {
  child: { id: string; name: string; knownName: string };
  today: string;
  earliestLogDate: string;
  /** Where the page's script keeps a draft on this device, for this person and child only. */
  draftKey: string;
};

async function agencyToday(ctx: Ctx): Promise<string> {
  const { timeZone } = await getAgencySettings(ctx.db);
  return todayIn(timeZone, ctx.now);
}

/** Opens the form for a child living with the carer; showing the child's name is audited. */
export async function startRecord(ctx: Ctx, childId: string): Promise<RecordForm> {
  const { actor } = await authorize(ctx, 'daily_record.write', { kind: 'child', id: childId });
  return inTransaction(ctx, async (tx) => {
    const child = await store.findChildNames(tx.db, childId);
    const home = await store.findCurrentHome(tx.db, childId);
    if (!child || !home) throw new NotFound();
    const today = await agencyToday(tx);
    await recordAudit(tx, {
      action: 'child.read',
      recordType: 'child',
      recordId: childId,
      fields: ['first_name', 'last_name'],
    });
    return {
      child: {
        id: childId,
        name: childName(child),
        knownName: child.preferredName ?? child.firstName,
      },
      today,
      earliestLogDate: earliestDateFor('daily_log', today, home.startedOn),
      draftKey: draftKeyFor(actor.userId, childId),
    };
  });
}

/** What happened when a record was saved: its id, and who was told about it at once. */
export type Written = { id: string; toldNames: string[] };

/**
 * Saves a record in the child's current home (never a home the form names). A significant event or
 * notifiable incident emails the household's supervising social worker in the same transaction.
 */
export async function writeRecord(
  ctx: Ctx,
  childId: string,
  input: TRecordInput,
  publicUrl: string,
): Promise<Written> {
  const { actor } = await authorize(ctx, 'daily_record.write', { kind: 'child', id: childId });
  return inTransaction(ctx, async (tx) => {
    const child = await store.findChildNames(tx.db, childId);
    const home = await store.findCurrentHome(tx.db, childId);
    if (!child || !home) throw new NotFound();
    const problem = problemWithDate({
      kind: input.kind,
      occurredOn: input.occurredOn,
      today: await agencyToday(tx),
      livingHereSince: home.startedOn,
      childName: child.preferredName ?? child.firstName,
    });
    if (problem) throw new Invalid({ occurredOn: problem });
    const id = await store.insertRecord(tx.db, {
      childId,
      householdId: home.householdId,
      placementId: home.placementId,
      authorId: actor.userId,
      ...input,
      createdAt: ctx.now,
    });
    await recordAudit(tx, {
      action: 'daily_record.written',
      recordType: 'daily_record',
      recordId: id,
      fields: ['kind', 'occurred_on', 'mood', 'topics', 'body'],
    });
    const toldNames =
      input.kind === 'daily_log'
        ? []
        : await tellAboutReport(
            tx,
            {
              recordId: id,
              kind: input.kind,
              householdId: home.householdId,
              childShortName: childShortName(child),
            },
            publicUrl,
          );
    return { id, toldNames };
  });
}
