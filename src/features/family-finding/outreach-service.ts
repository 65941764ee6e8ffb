// Recording a step of family finding: the safety rule first, then the log, then the person's
// contact status if the step moved it on.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { Invalid } from '../../core/errors.ts';
import { problemsWithOutreach } from './outreach-rules.ts';
import { withPerson } from './person-access.ts';
import type { TOutreachInput } from './schemas.ts';
import { findOutreachSteps, insertOutreachStep, updateContactStatus } from './store.ts';

/** What happened: whose log it was, and whether their contact status changed. */
export type Recorded = { personName: string; isStatusChanged: boolean };

/**
 * Adds a step to a person's family finding log. Refused (Invalid, naming the field) when the
 * step would contact someone before a cleared safety check, or anyone who is flagged.
 */
export async function recordOutreach(
  ctx: Ctx,
  childId: string,
  personId: string,
  input: TOutreachInput,
): Promise<Recorded> {
  return withPerson(ctx, childId, personId, async ({ tx, actor, person, today, locale }) => {
    const history = await findOutreachSteps(tx.db, person.id);
    const problems = problemsWithOutreach(input, { person, history, today }, locale);
    if (Object.keys(problems).length > 0) throw new Invalid(problems);
    const { contactStatus, ...step } = input;
    await insertOutreachStep(tx.db, {
      ...step,
      connectionId: person.id,
      recordedBy: actor.userId,
      createdAt: ctx.now,
    });
    await recordAudit(tx, {
      action: 'connection.outreach_recorded',
      recordType: 'connection',
      recordId: person.id,
      fields: ['step_on', 'kind', 'safety_outcome', 'notes', 'outcome'],
    });
    const isStatusChanged = contactStatus !== null && contactStatus !== person.contactStatus;
    if (isStatusChanged) {
      await updateContactStatus(tx.db, { connectionId: person.id, contactStatus, at: ctx.now });
      await recordAudit(tx, {
        action: 'connection.updated',
        recordType: 'connection',
        recordId: person.id,
        fields: ['contact_status'],
      });
    }
    return { personName: person.name, isStatusChanged };
  });
}
