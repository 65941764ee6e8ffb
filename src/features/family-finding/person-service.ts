// The person's page for staff: everything the agency holds about someone on a child's map, their
// family finding log and their pact.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import type { BelongingChild } from '../belonging/child-access.ts';
import type { Connection } from '../belonging/connection-store.ts';
import { isCommittedAdult } from '../belonging/visibility.ts';
import { whyNoPact } from './pact-rules.ts';
import { withPerson } from './person-access.ts';
import { findOutreachSteps, findUserNames, type OutreachStepRow } from './store.ts';

/** What the person's page shows. */
export type PersonView = {
  child: BelongingChild;
  person: Connection;
  /** Who added them to the map, and who decided to show them despite a flag. */
  names: { addedBy: string | null; flagShownBy: string | null };
  steps: OutreachStepRow[];
  isCommitted: boolean;
  /** Why no pact can be recorded with them; null when one can. */
  whyNoPact: string | null;
  today: string;
};

// Everything the page shows, for the audit trail (names of fields, never their values).
const SHOWN_FIELDS = [
  'name',
  'relationship',
  'notes',
  'category',
  'gives',
  'could_give',
  'contact_status',
  'feelings',
  'ring',
  'joined_on',
  'left_on',
  'source',
  'source_notes',
  'has_no_contact_order',
  'safeguarding_notes',
  'flag_shown_reason',
  'is_shared_with_family',
  'outreach',
  'permanency_pact',
];

/** Reads one person on a child's map, with their log and pact; the read is audited. */
export async function readPerson(ctx: Ctx, childId: string, personId: string): Promise<PersonView> {
  return withPerson(ctx, childId, personId, async ({ tx, child, person, today }) => {
    const steps = await findOutreachSteps(tx.db, person.id);
    const names = await findUserNames(tx.db, [person.addedBy, person.flagShownBy]);
    await recordAudit(tx, {
      action: 'belonging.read',
      recordType: 'connection',
      recordId: person.id,
      fields: SHOWN_FIELDS,
    });
    return {
      child,
      person,
      names: {
        addedBy: person.addedBy ? (names.get(person.addedBy) ?? null) : null,
        flagShownBy: person.flagShownBy ? (names.get(person.flagShownBy) ?? null) : null,
      },
      steps,
      isCommitted: isCommittedAdult(person, today),
      whyNoPact: whyNoPact(person, child.knownAs),
      today,
    };
  });
}
