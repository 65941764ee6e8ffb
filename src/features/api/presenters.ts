import type { z } from 'zod';
import type { ChildListItem, ChildRecord, CurrentHome } from '../children/index.ts';
import type { HouseholdListItem } from '../households/index.ts';
import type { AuthorityReferral } from '../referrals/index.ts';
import type { ZApiReferral, ZApiReferralCreated } from './referral-schemas.ts';
import type { ZApiChild, ZApiChildSummary, ZApiHouseholdSummary } from './response-schemas.ts';

/** A page of a list as the API sends it. */
export type ApiList<Item> = { items: Item[]; page: number; pageSize: number; total: number };

/** A page of a list, with only what the API promises (a service's page may carry more). */
export function presentList<Row, Item>(
  list: { items: Row[]; page: number; pageSize: number; total: number },
  present: (row: Row) => Item,
): ApiList<Item> {
  return {
    items: list.items.map(present),
    page: list.page,
    pageSize: list.pageSize,
    total: list.total,
  };
}

function presentHome(home: CurrentHome | null) {
  return home
    ? { household: home.household, since: home.startedOn, careType: home.careType }
    : null;
}

/** A child in a list: names, birthday and where they live now. */
export function presentChildSummary(child: ChildListItem): z.infer<typeof ZApiChildSummary> {
  return {
    id: child.id,
    firstName: child.firstName,
    preferredName: child.preferredName,
    lastName: child.lastName,
    dateOfBirth: child.dateOfBirth,
    livingNow: presentHome(child.home),
  };
}

/** A child's record. */
export function presentChild(child: ChildRecord): z.infer<typeof ZApiChild> {
  return {
    id: child.id,
    firstName: child.firstName,
    preferredName: child.preferredName,
    lastName: child.lastName,
    dateOfBirth: child.dateOfBirth,
    gender: child.gender,
    legalStatus: child.legalStatus,
    placingAuthority: child.placingAuthority,
    livingNow: presentHome(child.home),
    homes: child.homes.map((home) => ({
      household: home.household,
      careType: home.careType,
      startedOn: home.startedOn,
      endedOn: home.endedOn,
      endReason: home.endReason,
    })),
    birthParents: child.birthParents.map((parent) => ({
      name: parent.name,
      relationship: parent.relationship,
    })),
  };
}

/** A household in a list (never its address). */
export function presentHouseholdSummary(
  household: HouseholdListItem,
): z.infer<typeof ZApiHouseholdSummary> {
  return {
    id: household.id,
    reference: household.reference,
    name: household.name,
    status: household.status,
    careKind: household.careKind,
    area: household.areaName,
    childrenNow: household.childrenNow,
    maxChildren: household.maxChildren,
    supervisingWorker: household.workerName,
  };
}

/** Where a referral can be read through the API. */
export function referralLink(id: string): string {
  return `/api/v1/referrals/${id}`;
}

/** The answer to a referral received. */
export function presentReferralCreated(created: {
  id: string;
  reference: string;
  status: z.infer<typeof ZApiReferralCreated>['status'];
}): z.infer<typeof ZApiReferralCreated> {
  return { ...created, links: { self: referralLink(created.id) } };
}

/**
 * A referral as its authority sees it: its own details, where it stands and the agency's reply;
 * once placed, the start and kind of care. Nothing about the household is ever included.
 */
export function presentReferral(referral: AuthorityReferral): z.infer<typeof ZApiReferral> {
  return {
    id: referral.id,
    reference: referral.reference,
    authorityReference: referral.authorityReference,
    receivedAt: referral.receivedAt.toISOString(),
    child: {
      firstName: referral.childFirstName,
      lastName: referral.childLastName,
      dateOfBirth: referral.childDateOfBirth,
    },
    siblingsCount: referral.siblingsCount,
    careType: referral.careType,
    urgency: referral.urgency,
    neededBy: referral.neededBy,
    status: referral.status,
    response: referral.response,
    respondedAt: referral.respondedAt ? referral.respondedAt.toISOString() : null,
    placement: referral.placement
      ? { startedOn: referral.placement.startedOn, careType: referral.placement.careType }
      : null,
    links: { self: referralLink(referral.id) },
  };
}
