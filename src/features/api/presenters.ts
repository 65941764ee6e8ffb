import type { ChildListItem, ChildRecord, CurrentHome } from '../children/index.ts';
import type { HouseholdListItem } from '../households/index.ts';

/** A page of a list as the API sends it. */
export type ApiList<Item> = { items: Item[]; page: number; pageSize: number; total: number };

function presentHome(home: CurrentHome | null) {
  return home
    ? { household: home.household, since: home.startedOn, careType: home.careType }
    : null;
}

/** A child in a list: names, birthday and where they live now. */
export function presentChildSummary(child: ChildListItem) {
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
export function presentChild(child: ChildRecord) {
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
export function presentHouseholdSummary(household: HouseholdListItem) {
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
