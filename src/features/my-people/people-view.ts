// The people on a child's map as one viewer may see them. Every page, the JSON and the young
// person's space go through here, so each shows the same people with the same fields: staff see
// everything; nobody else sees a flagged person without a worker's decision, the word "not safe",
// safeguarding notes or where a person came from; birth parents see names and relationships only.
import type {
  ConnectionCategory,
  ConnectionSource,
  ConnectionSupport,
  ContactStatus,
} from '../../core/db/tables.ts';
import type { Connection } from '../belonging/connection-store.ts';
import {
  contactStatusFor,
  isCommittedAdult,
  isConnectionVisible,
  isFlagged,
  type Viewer,
} from '../belonging/visibility.ts';
import { toRing, type Ring } from './eco-map-layout.ts';

/** What only staff see of a person: safeguarding, where they came from, sharing decisions. */
export type StaffFacts = {
  source: ConnectionSource;
  sourceNotes: string;
  isFlagged: boolean;
  hasNoContactOrder: boolean;
  isNotSafe: boolean;
  safeguardingNotes: string;
  isSharedWithFamily: boolean;
  /** The worker who decided a flagged person may show on the young person's views. */
  flagShownByName: string | null;
  flagShownReason: string;
  addedByName: string | null;
};

/** A person on the map as this viewer sees them. */
export type PersonView = {
  id: string;
  name: string;
  relationship: string;
  /** Null for birth parents, who see names and relationships only. */
  category: ConnectionCategory | null;
  gives: ConnectionSupport[];
  couldGive: ConnectionSupport[];
  /** Null when this viewer may not read it (a "not safe" flag outside staff). */
  contactStatus: ContactStatus | null;
  feelings: string;
  notes: string;
  ring: Ring;
  angle: number | null;
  joinedOn: string | null;
  leftOn: string | null;
  isWaitingForCheck: boolean;
  /** Present for staff only. */
  staff: StaffFacts | null;
};

/** True when a person is part of the child's network on a day: confirmed, joined, not yet left. */
export function isInNetworkOn(person: Connection, day: string): boolean {
  return (
    person.status === 'confirmed' &&
    person.joinedOn <= day &&
    (person.leftOn === null || person.leftOn > day)
  );
}

/**
 * The people on today's map for this viewer: those still in the network, and suggestions waiting
 * for a check (staff see them all; everyone else only their own), never anyone declined.
 */
export function peopleOnMap(
  viewer: Viewer,
  userId: string,
  people: readonly Connection[],
  today: string,
): Connection[] {
  return people.filter(
    (person) =>
      person.status !== 'declined' &&
      (person.leftOn === null || person.leftOn > today) &&
      isConnectionVisible(viewer, userId, person),
  );
}

/** How many committed adults a child has on a day (flagged people never count). */
export function countCommittedAdults(people: readonly Connection[], day: string): number {
  return people.filter((person) => isCommittedAdult(person, day)).length;
}

/** The names of users the staff view mentions (who added someone, who decided on a flag). */
export type UserNames = ReadonlyMap<string, string>;

/** One person as this viewer may see them; call it only for people `peopleOnMap` let through. */
export function viewPerson(viewer: Viewer, person: Connection, names: UserNames): PersonView {
  const ring = toRing(person.ring);
  if (viewer === 'birth_parent') {
    // A flagged person a worker let through still keeps their place on the map to themselves.
    const isPositionHidden = isFlagged(person);
    return {
      id: person.id,
      name: person.name,
      relationship: person.relationship,
      category: null,
      gives: [],
      couldGive: [],
      contactStatus: null,
      feelings: '',
      notes: '',
      ring: isPositionHidden ? 3 : ring,
      angle: isPositionHidden ? null : person.angle,
      joinedOn: null,
      leftOn: null,
      isWaitingForCheck: person.status === 'proposed',
      staff: null,
    };
  }
  return {
    id: person.id,
    name: person.name,
    relationship: person.relationship,
    category: person.category,
    gives: person.gives,
    couldGive: person.couldGive,
    contactStatus: contactStatusFor(viewer, person.contactStatus),
    feelings: person.feelings,
    notes: viewer === 'young_person' ? '' : person.notes,
    ring,
    angle: person.angle,
    joinedOn: person.joinedOn,
    leftOn: person.leftOn,
    isWaitingForCheck: person.status === 'proposed',
    staff: viewer === 'staff' ? staffFacts(person, names) : null,
  };
}

function staffFacts(person: Connection, names: UserNames): StaffFacts {
  return {
    source: person.source,
    sourceNotes: person.sourceNotes,
    isFlagged: isFlagged(person),
    hasNoContactOrder: person.hasNoContactOrder,
    isNotSafe: person.contactStatus === 'not_safe',
    safeguardingNotes: person.safeguardingNotes,
    isSharedWithFamily: person.isSharedWithFamily,
    flagShownByName: person.flagShownBy ? (names.get(person.flagShownBy) ?? 'A worker') : null,
    flagShownReason: person.flagShownReason,
    addedByName: person.addedBy ? (names.get(person.addedBy) ?? null) : null,
  };
}

/** The people a map shows, as this viewer sees them. */
export function viewPeople(
  viewer: Viewer,
  people: readonly Connection[],
  names: UserNames,
): PersonView[] {
  return people.map((person) => viewPerson(viewer, person, names));
}

/** A person as the JSON answers them: what the pages show this viewer, and nothing more. */
export function personJson(person: PersonView): Record<string, unknown> {
  const position = { ring: person.ring, angle: person.angle };
  const waiting = { isWaitingForCheck: person.isWaitingForCheck };
  if (person.category === null) {
    return { id: person.id, name: person.name, relationship: person.relationship, ...position };
  }
  return {
    id: person.id,
    name: person.name,
    relationship: person.relationship,
    category: person.category,
    gives: person.gives,
    couldGive: person.couldGive,
    contactStatus: person.contactStatus,
    feelings: person.feelings,
    ...(person.notes ? { notes: person.notes } : {}),
    ...position,
    joinedOn: person.joinedOn,
    ...waiting,
    ...(person.staff ? { staff: person.staff } : {}),
  };
}
