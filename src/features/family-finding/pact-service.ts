// A permanency pact: what an adult promises a young person, in their own words.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { Invalid } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import type { BelongingChild } from '../belonging/child-access.ts';
import { findConnections, type Connection } from '../belonging/connection-store.ts';
import { countCommittedAdults } from './committed-adults.ts';
import { problemsWithPact, whyNoPact } from './pact-rules.ts';
import { withPerson } from './person-access.ts';
import type { TPactInput } from './schemas.ts';
import { savePact } from './store.ts';

/** What the pact page needs: the child, the person (with any pact), and whether one may be made. */
export type PactForm = {
  child: BelongingChild;
  person: Connection;
  whyNoPact: string | null;
  today: string;
};

/** Opens a person's pact to record or change it; reading it is audited. */
export async function startPact(ctx: Ctx, childId: string, personId: string): Promise<PactForm> {
  return withPerson(ctx, childId, personId, async ({ tx, child, person, today }) => {
    await recordAudit(tx, {
      action: 'belonging.read',
      recordType: 'connection',
      recordId: person.id,
      fields: ['name', 'relationship', 'status', 'contact_status', 'permanency_pact'],
    });
    return { child, person, whyNoPact: whyNoPact(person, child.knownAs), today };
  });
}

/** What saving a pact changed: the young person's committed adults now, against the target. */
export type PactSaved = {
  personName: string;
  knownAs: string;
  committedAdults: number;
  target: number;
};

/**
 * Saves a person's pact. Refused for a flagged person or one not confirmed on the map, and for
 * dates in the future or an end before the agreement.
 */
export async function savePermanencyPact(
  ctx: Ctx,
  childId: string,
  personId: string,
  input: TPactInput,
): Promise<PactSaved> {
  return withPerson(ctx, childId, personId, async ({ tx, actor, child, person, today, locale }) => {
    const problems = problemsWithPact(input, { person, knownAs: child.knownAs, today }, locale);
    if (Object.keys(problems).length > 0) throw new Invalid(problems);
    await savePact(tx.db, {
      ...input,
      connectionId: person.id,
      recordedBy: actor.userId,
      at: ctx.now,
    });
    await recordAudit(tx, {
      action: 'connection.pact_saved',
      recordType: 'connection',
      recordId: person.id,
      fields: ['commitments', 'in_their_words', 'agreed_on', 'ended_on'],
    });
    const everyone = await findConnections(tx.db, child.id);
    const { committedAdultsTarget } = await getAgencySettings(tx.db);
    return {
      personName: person.name,
      knownAs: child.knownAs,
      committedAdults: countCommittedAdults(everyone, today),
      target: committedAdultsTarget,
    };
  });
}
