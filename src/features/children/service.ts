import type { Actor } from '../../core/access/actor.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { authorize } from '../../core/access/authorize.ts';
import { can } from '../../core/access/policy.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import * as store from './store.ts';

type HouseholdStatus = 'applicant' | 'approved' | 'on_hold' | 'resigned';

/** A household as a child's record shows it: linked when the actor may read it, unnamed otherwise. */
export type HomeHousehold = { id: string; name: string } | null;

/** Where a child lives now. */
export type CurrentHome = { household: HomeHousehold; startedOn: string; careType: string };

export type ChildListItem = {
  id: string;
  firstName: string;
  preferredName: string | null;
  lastName: string;
  dateOfBirth: string;
  /** How many needs the record lists. */
  needsCount: number;
  home: CurrentHome | null;
};

/** One page of the children list, with what is needed to page through it. */
export type ChildList = {
  items: ChildListItem[];
  page: number;
  pageSize: number;
  total: number;
  abilities: { canCreate: boolean };
};

/** A household as a child's record shows it: named only to those who may read it. */
export function householdFor(
  actor: Actor,
  household: { id: string; name: string; status: HouseholdStatus },
): HomeHousehold {
  const resource = { kind: 'household', id: household.id, status: household.status } as const;
  return can(actor, 'household.read', resource).allowed
    ? { id: household.id, name: household.name }
    : null;
}

/** The children the actor may see, a page at a time; each page seen is one audit entry. */
export async function listChildren(
  ctx: Ctx,
  input: { page: number; pageSize: number },
): Promise<ChildList> {
  const { actor } = await authorize(ctx, 'child.list');
  return inTransaction(ctx, async (tx) => {
    const rows = await store.findChildrenPage(tx.db, actor, {
      limit: input.pageSize,
      offset: (input.page - 1) * input.pageSize,
    });
    const total = await store.countChildren(tx.db, actor);
    await recordAudit(tx, { action: 'child.list', recordType: 'child', recordId: null });
    const items = rows.map(({ householdId, householdName, householdStatus, ...row }) => ({
      id: row.id,
      firstName: row.firstName,
      preferredName: row.preferredName,
      lastName: row.lastName,
      dateOfBirth: row.dateOfBirth,
      needsCount: row.needs.length,
      home:
        householdId && householdName && householdStatus && row.startedOn && row.careType
          ? {
              household: householdFor(actor, {
                id: householdId,
                name: householdName,
                status: householdStatus,
              }),
              startedOn: row.startedOn,
              careType: row.careType,
            }
          : null,
    }));
    const abilities = { canCreate: can(actor, 'child.create').allowed };
    return { items, page: input.page, pageSize: input.pageSize, total, abilities };
  });
}

/** A home the child has lived in. */
export type PastOrPresentHome = {
  id: string;
  household: HomeHousehold;
  careType: string;
  startedOn: string;
  endedOn: string | null;
  endReason: string | null;
};

/** The homes a child has lived in and their birth parents, as the actor may see them. */
export async function findHomesAndFamily(db: Ctx['db'], actor: Actor, id: string) {
  const homes: PastOrPresentHome[] = (await store.findHomes(db, id)).map((row) => ({
    id: row.id,
    household: householdFor(actor, {
      id: row.householdId,
      name: row.householdName,
      status: row.householdStatus,
    }),
    careType: row.careType,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    endReason: row.endReason,
  }));
  const current = homes.find((home) => home.endedOn === null);
  return {
    home: current
      ? { household: current.household, startedOn: current.startedOn, careType: current.careType }
      : null,
    homes,
    birthParents: await store.findBirthParents(db, id),
  };
}

/** A child's record as staff and the child's carers see it. */
export type ChildRecord = NonNullable<Awaited<ReturnType<typeof store.findChild>>> & {
  home: CurrentHome | null;
  homes: PastOrPresentHome[];
  birthParents: Awaited<ReturnType<typeof store.findBirthParents>>;
  /** What the reader may do from here. */
  abilities: { canSeeAuditTrail: boolean };
};

// What a read of the summary record shows, for the audit entry.
const SHOWN = [
  'names',
  'date_of_birth',
  'gender',
  'legal_status',
  'placing_authority',
  'homes',
  'birth_parents',
];

/**
 * Reads the summary of a child's record (names, legal status, homes, birth family), as the API
 * gives it: 404 for anyone unrelated, 403 for their family; the read is audited.
 */
export async function readChild(ctx: Ctx, id: string): Promise<ChildRecord> {
  const { actor } = await authorize(ctx, 'child.read', { kind: 'child', id });
  return inTransaction(ctx, async (tx) => {
    const child = await store.findChild(tx.db, actor, id);
    if (!child) throw new NotFound();
    const homesAndFamily = await findHomesAndFamily(tx.db, actor, id);
    await recordAudit(tx, {
      action: 'child.read',
      recordType: 'child',
      recordId: id,
      fields: SHOWN,
    });
    return {
      ...child,
      ...homesAndFamily,
      abilities: { canSeeAuditTrail: can(actor, 'audit.read').allowed },
    };
  });
}
