import { sql, type SQL } from 'drizzle-orm';
import { children, dailyRecords, householdMembers, households, referrals } from '../db/tables.ts';
import type { Actor } from './actor.ts';

/**
 * The SQL filter for the records a person may see, used by every list, search, count and export,
 * so none of them can show more than a record page would. It states in SQL the same relationships
 * that the policy checks in policy.ts; scope.test.ts holds the two to agreement.
 */
export type ScopeTarget =
  'children' | 'households' | 'prospective_carers' | 'carers' | 'referrals' | 'daily_records';

const NOTHING = sql`false`;
const EVERYTHING = sql`true`;

/** Children living now in households the given subquery selects. */
const childrenLivingIn = (householdIds: SQL): SQL =>
  sql`${children.id} IN (SELECT p.child_id FROM placements p
        WHERE p.ended_on IS NULL AND p.household_id IN (${householdIds}))`;

const homesOfCarer = (actor: Actor): SQL =>
  sql`SELECT hm.household_id FROM household_members hm WHERE hm.user_id = ${actor.userId}`;

const homesOfWorker = (actor: Actor): SQL =>
  sql`SELECT h.id FROM households h WHERE h.supervising_worker_id = ${actor.userId}`;

function childScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'registered_manager':
      return EVERYTHING;
    case 'supervising_social_worker':
      return childrenLivingIn(homesOfWorker(actor));
    case 'foster_carer':
    case 'kinship_carer':
      return childrenLivingIn(homesOfCarer(actor));
    default:
      return NOTHING;
  }
}

function householdScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'registered_manager':
      return EVERYTHING;
    case 'supervising_social_worker':
      return sql`${households.supervisingWorkerId} = ${actor.userId}`;
    case 'recruitment_officer':
      return sql`${households.status} = 'applicant'`;
    case 'foster_carer':
    case 'kinship_carer':
      return sql`${households.id} IN (${homesOfCarer(actor)})`;
    default:
      return NOTHING;
  }
}

// Recruitment staff work with everyone applying (an enquiry comes in unassigned; anyone in the team
// may pick it up); the registered manager oversees them. Nobody else sees who is applying.
function prospectiveCarerScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'registered_manager':
    case 'recruitment_officer':
      return EVERYTHING;
    default:
      return NOTHING;
  }
}

// Carers as trainees (household_members rows), matching readCarerTraining in policy.ts.
function carerScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'registered_manager':
    case 'training_coordinator':
      return sql`${householdMembers.memberRole} = 'carer'`;
    case 'supervising_social_worker':
      return sql`${householdMembers.memberRole} = 'carer' AND ${householdMembers.householdId} IN (${homesOfWorker(actor)})`;
    case 'foster_carer':
    case 'kinship_carer':
      return sql`${householdMembers.memberRole} = 'carer' AND ${householdMembers.householdId} IN (${homesOfCarer(actor)})`;
    default:
      return NOTHING;
  }
}

// Referrals: the staff who place children see them all; carers see those offered to their home.
function referralScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'registered_manager':
    case 'supervising_social_worker':
      return EVERYTHING;
    case 'foster_carer':
    case 'kinship_carer':
      return sql`${referrals.id} IN (SELECT o.referral_id FROM placement_offers o
        WHERE o.household_id IN (${homesOfCarer(actor)}))`;
    default:
      return NOTHING;
  }
}

/** Daily records about children living now in households the given subquery selects. */
const recordsOfChildrenIn = (householdIds: SQL): SQL =>
  sql`${dailyRecords.childId} IN (SELECT p.child_id FROM placements p
        WHERE p.ended_on IS NULL AND p.household_id IN (${householdIds}))`;

// Daily records, matching readDailyRecord in policy.ts.
function dailyRecordScope(actor: Actor): SQL {
  switch (actor.role) {
    case 'registered_manager':
      return EVERYTHING;
    case 'supervising_social_worker':
      return sql`(${recordsOfChildrenIn(homesOfWorker(actor))}
        OR ${dailyRecords.householdId} IN (${homesOfWorker(actor)}))`;
    case 'foster_carer':
    case 'kinship_carer':
      return sql`(${recordsOfChildrenIn(homesOfCarer(actor))}
        OR ${dailyRecords.authorId} = ${actor.userId})`;
    default:
      return NOTHING;
  }
}

/** The WHERE condition limiting a query on `target` to what the actor may see. */
export function scope(actor: Actor, target: ScopeTarget): SQL {
  switch (target) {
    case 'children':
      return childScope(actor);
    case 'households':
      return householdScope(actor);
    case 'prospective_carers':
      return prospectiveCarerScope(actor);
    case 'carers':
      return carerScope(actor);
    case 'referrals':
      return referralScope(actor);
    case 'daily_records':
      return dailyRecordScope(actor);
  }
}
