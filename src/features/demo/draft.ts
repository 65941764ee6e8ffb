// The demo agency while it is being generated: the rows so far plus what later steps need to know
// about them (how old a child is, which home has room). Only generate.ts and its steps use it.
import type { Role } from '../../core/access/roles.ts';
import { createCalendar, type Calendar } from './calendar.ts';
import type { NameGroup } from './names.ts';
import { createNamer, type Namer, type PersonName } from './people.ts';
import { createRandom, type Random } from './random.ts';
import type {
  DemoAgency,
  DemoChild,
  DemoHousehold,
  DemoPlacement,
  DemoSettings,
  DemoUser,
} from './types.ts';

export type Home = {
  household: DemoHousehold;
  /** Null for an applicant, who is not approved yet. */
  approvedDaysAgo: number | null;
  carers: { name: PersonName; user: DemoUser | null }[];
  /** Everyone living there, with their age when the demo is loaded. */
  members: { id: string; age: number; role: 'carer' | 'birth_child' | 'adult' }[];
  group: NameGroup;
  /** How many children are to live here now. */
  occupancy: number;
};

export type PlacedChild = {
  child: DemoChild;
  age: number;
  daysLived: number;
  home: Home;
  placement: DemoPlacement;
  startedDaysAgo: number;
  group: NameGroup;
  /** Brothers and sisters placed together share a key. */
  siblingKey: string | null;
  isFeatured: boolean;
};

export type Draft = {
  random: Random;
  calendar: Calendar;
  namer: Namer;
  agency: DemoAgency;
  homes: Home[];
  /** Children living in the agency's homes now. */
  placed: PlacedChild[];
};

/** An empty draft for a demo loaded at `now`. */
export function createDraft(seed: number, now: Date, settings: DemoSettings): Draft {
  const random = createRandom(seed);
  return {
    random,
    calendar: createCalendar(now, settings.timeZone),
    namer: createNamer(random),
    agency: {
      settings,
      areas: [],
      users: [],
      households: [],
      members: [],
      children: [],
      placements: [],
      birthParents: [],
      memberChecks: [],
      siblings: [],
      importantPeople: [],
      delegatedAuthority: [],
      signIns: [],
    },
    homes: [],
    placed: [],
  };
}

/** Adds an account for a person; the email is made from their name unless one is given. */
export function addUser(
  draft: Draft,
  person: { name: PersonName; role: Role; localPart?: string; isActive?: boolean },
): DemoUser {
  const user: DemoUser = {
    id: draft.random.uuid(),
    email: draft.namer.email(person.name, person.localPart),
    name: `${person.name.firstName} ${person.name.lastName}`,
    role: person.role,
    isActive: person.isActive ?? true,
  };
  draft.agency.users.push(user);
  return user;
}
