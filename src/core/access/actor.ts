import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/connect.ts';
import {
  birthParents,
  children,
  householdMembers,
  households,
  placements,
  reunificationPlans,
} from '../db/tables.ts';
import type { Role } from './roles.ts';

/**
 * The people and homes a signed-in person is related to. These relationships, and the role,
 * decide what they may reach; scope.ts expresses the same relationships in SQL.
 */
export type Reach = {
  /** Households the person lives in as a carer. */
  householdIds: string[];
  /** Children living now in those households. */
  childIdsAtHome: string[];
  /** Households a supervising social worker is allocated to. */
  allocatedHouseholdIds: string[];
  /** Children living now in those allocated households. */
  childIdsInAllocatedHomes: string[];
  /** A birth parent's own children. */
  ownChildIds: string[];
  /** A young person's own record. */
  ownRecordChildId: string | null;
  /** A birth parent's children whose partnership space staff have let them into. */
  partnershipChildIds: string[];
  /** Children gone home whom a supervising social worker supports after reunification. */
  childIdsInReunificationSupport: string[];
};

/** A signed-in person, as every service sees them. */
export type Actor = {
  userId: string;
  role: Role;
  name: string;
  email: string;
  reach: Reach;
};

export const EMPTY_REACH: Reach = {
  householdIds: [],
  childIdsAtHome: [],
  allocatedHouseholdIds: [],
  childIdsInAllocatedHomes: [],
  ownChildIds: [],
  ownRecordChildId: null,
  partnershipChildIds: [],
  childIdsInReunificationSupport: [],
};

/** Loads what a person is related to; only the relationships their role can have are queried. */
export async function loadReach(db: Db, userId: string, role: Role): Promise<Reach> {
  switch (role) {
    case 'foster_carer':
    case 'kinship_carer': {
      const homes = await db
        .select({ id: householdMembers.householdId })
        .from(householdMembers)
        .where(eq(householdMembers.userId, userId));
      const householdIds = homes.map((home) => home.id);
      return {
        ...EMPTY_REACH,
        householdIds,
        childIdsAtHome: await childrenLivingIn(db, householdIds),
      };
    }
    case 'supervising_social_worker': {
      const homes = await db
        .select({ id: households.id })
        .from(households)
        .where(eq(households.supervisingWorkerId, userId));
      const allocatedHouseholdIds = homes.map((home) => home.id);
      const supported = await db
        .select({ childId: reunificationPlans.childId })
        .from(reunificationPlans)
        .where(
          and(
            eq(reunificationPlans.supportWorkerId, userId),
            eq(reunificationPlans.status, 'home'),
          ),
        );
      return {
        ...EMPTY_REACH,
        allocatedHouseholdIds,
        childIdsInAllocatedHomes: await childrenLivingIn(db, allocatedHouseholdIds),
        childIdsInReunificationSupport: supported.map((row) => row.childId),
      };
    }
    case 'birth_parent': {
      const links = await db
        .select({ childId: birthParents.childId, spaceLevel: birthParents.spaceLevel })
        .from(birthParents)
        .where(eq(birthParents.userId, userId));
      return {
        ...EMPTY_REACH,
        ownChildIds: links.map((link) => link.childId),
        partnershipChildIds: links
          .filter((link) => link.spaceLevel !== 'not_in_space')
          .map((link) => link.childId),
      };
    }
    case 'young_person': {
      const own = await db
        .select({ id: children.id })
        .from(children)
        .where(eq(children.youngPersonUserId, userId));
      return { ...EMPTY_REACH, ownRecordChildId: own[0]?.id ?? null };
    }
    case 'administrator':
    case 'registered_manager':
    case 'training_coordinator':
    case 'recruitment_officer':
      return EMPTY_REACH;
  }
}

async function childrenLivingIn(db: Db, householdIds: string[]): Promise<string[]> {
  if (householdIds.length === 0) return [];
  const rows = await db
    .select({ childId: placements.childId })
    .from(placements)
    .where(and(inArray(placements.householdId, householdIds), isNull(placements.endedOn)));
  return rows.map((row) => row.childId);
}
