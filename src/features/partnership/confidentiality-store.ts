// What the confidentiality check knows exactly about where a child lives: the home's address,
// postcode and phone, its people's surnames, carers' emails and workplaces, and the child's school.
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { children, householdMembers, households, users } from '../../core/db/tables.ts';
import type { KnownDetail } from './confidentiality.ts';
import type { CurrentHome } from './space.ts';

/** The known locating details of the child's current home and school. */
export async function findKnownLocatingDetails(
  db: Db,
  childId: string,
  home: CurrentHome | null,
): Promise<KnownDetail[]> {
  const details: KnownDetail[] = [];
  const [child] = await db
    .select({ school: children.schoolName })
    .from(children)
    .where(eq(children.id, childId));
  if (child?.school) details.push({ kind: 'school', text: child.school });
  if (!home) return details;
  const [place] = await db
    .select({
      addressLine: households.addressLine,
      town: households.town,
      postcode: households.postcode,
      phone: households.phone,
    })
    .from(households)
    .where(eq(households.id, home.householdId));
  if (place) {
    details.push({ kind: 'address', text: place.addressLine });
    details.push({ kind: 'town', text: place.town });
    details.push({ kind: 'postcode', text: place.postcode });
    details.push({ kind: 'phone', text: place.phone });
  }
  const members = await db
    .select({
      lastName: householdMembers.lastName,
      workplace: householdMembers.workplace,
      email: users.email,
    })
    .from(householdMembers)
    .leftJoin(users, eq(users.id, householdMembers.userId))
    .where(eq(householdMembers.householdId, home.householdId));
  for (const member of members) {
    details.push({ kind: 'surname', text: member.lastName });
    details.push({ kind: 'workplace', text: member.workplace });
    if (member.email) details.push({ kind: 'email', text: member.email });
  }
  return details.filter((detail) => detail.text.trim() !== '');
}

/** Emails of the carers with accounts in a home (for the leak checks and for notifications). */
export async function findCarerAccounts(
  db: Db,
  householdId: string,
): Promise<Array<{ userId: string; firstName: string; email: string }>> {
  return db
    .select({ userId: users.id, firstName: householdMembers.firstName, email: users.email })
    .from(householdMembers)
    .innerJoin(users, eq(users.id, householdMembers.userId))
    .where(
      and(
        eq(householdMembers.householdId, householdId),
        eq(householdMembers.memberRole, 'carer'),
        isNotNull(householdMembers.userId),
        eq(users.isActive, true),
      ),
    );
}
