// What a reader may be shown of the households and children a placement joins.
import type { Actor } from '../../core/access/actor.ts';
import { can } from '../../core/access/policy.ts';
import type { Db } from '../../core/db/connect.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import type { Locale } from '../../core/ui/terms.ts';

type HouseholdStatus = 'applicant' | 'approved' | 'on_hold' | 'resigned';

/** A household as a reader sees it: named and linked when they may read it, unnamed otherwise. */
export type VisibleHousehold = { id: string; name: string } | null;

// Another household's name can say who the carers are; it is shown only to those who may read it.
/** The household, or null when the actor may not read it ("Another household" on the page). */
export function visibleHousehold(
  actor: Actor,
  household: { id: string; name: string; status: HouseholdStatus },
): VisibleHousehold {
  const resource = { kind: 'household', id: household.id, status: household.status } as const;
  return can(actor, 'household.read', resource).allowed
    ? { id: household.id, name: household.name }
    : null;
}

/** True when the actor may read the child's record. */
export function canReadChild(actor: Actor, childId: string): boolean {
  return can(actor, 'child.read', { kind: 'child', id: childId }).allowed;
}

/** Today in the agency's time zone, and the words it uses for dates. */
export async function agencyToday(db: Db, now: Date): Promise<{ today: string; locale: Locale }> {
  const settings = await getAgencySettings(db);
  return { today: todayIn(settings.timeZone, now), locale: settings.locale };
}
