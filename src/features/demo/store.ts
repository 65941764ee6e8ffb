// Writes the generated demo agency. SQL only; the caller opens the transaction.
import type { Db } from '../../core/db/connect.ts';
import {
  agencySettings,
  areas,
  birthParents,
  childDelegatedAuthority,
  childImportantPeople,
  children,
  childSiblings,
  householdMemberChecks,
  householdMembers,
  households,
  placements,
  users,
} from '../../core/db/tables.ts';
import type { DemoAgency } from './types.ts';

/** Inserts the whole agency in a few bulk inserts; every account gets the same password hash. */
export async function insertDemoAgency(
  db: Db,
  agency: DemoAgency,
  passwordHash: string,
  now: Date,
): Promise<void> {
  const settings = { ...agency.settings, isStaffTwoFactorRequired: false, updatedAt: now };
  await db
    .insert(agencySettings)
    .values({ id: 1, locale: 'en-GB', ...settings })
    .onConflictDoUpdate({ target: agencySettings.id, set: settings });
  await db.insert(areas).values(agency.areas);
  await db.insert(users).values(agency.users.map((user) => ({ ...user, passwordHash })));
  await db.insert(households).values(agency.households);
  await db.insert(householdMembers).values(agency.members);
  await db.insert(children).values(withLookedAfterSince(agency));
  await db.insert(placements).values(agency.placements);
  await db.insert(birthParents).values(agency.birthParents);
  // An insert of no rows is an error, and the smaller lists may be empty in a future demo.
  if (agency.memberChecks.length > 0) {
    await db.insert(householdMemberChecks).values(agency.memberChecks);
  }
  if (agency.siblings.length > 0) await db.insert(childSiblings).values(agency.siblings);
  if (agency.importantPeople.length > 0) {
    await db.insert(childImportantPeople).values(agency.importantPeople);
  }
  if (agency.delegatedAuthority.length > 0) {
    await db.insert(childDelegatedAuthority).values(agency.delegatedAuthority);
  }
}

// In the demo a child became looked after when their first placement with the agency began.
function withLookedAfterSince(agency: DemoAgency): DemoAgency['children'] {
  const firstStart = new Map<string, string>();
  for (const placement of agency.placements) {
    const known = firstStart.get(placement.childId);
    if (!known || placement.startedOn < known)
      firstStart.set(placement.childId, placement.startedOn);
  }
  return agency.children.map((child) => ({
    ...child,
    lookedAfterSince: child.lookedAfterSince ?? firstStart.get(child.id) ?? null,
  }));
}
