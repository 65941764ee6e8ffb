// The agency's households: approved foster and kinship homes, applicants in assessment, and a few
// who have paused or stopped fostering.
import { addUser, type Draft, type Home } from './draft.ts';
import { AREAS, STREETS, type NameGroup } from './names.ts';
import type { PersonName } from './people.ts';
import type { DemoHousehold, DemoUser } from './types.ts';

export type Terms = { maxChildren: number; ageFrom: number; ageTo: number };

export type HomeSpec = {
  status: DemoHousehold['status'];
  careKind: DemoHousehold['careKind'];
  areaIndex: number;
  group: NameGroup;
  carers: { name: PersonName; age: number; hasAccount: boolean; localPart?: string }[];
  others: { name: PersonName; age: number; role: 'birth_child' | 'adult' }[];
  /** When the household first came to the agency. */
  joinedDaysAgo: number;
  approvedDaysAgo: number | null;
  terms: Terms | null;
  workerId: string | null;
  occupancy: number;
};

const POSTCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** Adds a household with its members and its carers' accounts. */
export function addHome(draft: Draft, spec: HomeSpec): Home {
  const { random, calendar, agency } = draft;
  const area = agency.areas[spec.areaIndex]!;
  const towns = AREAS[spec.areaIndex]?.towns ?? [area.name];
  const surnames = [...new Set(spec.carers.map((carer) => carer.name.lastName))];
  const household: DemoHousehold = {
    id: random.uuid(),
    reference: `BW-${101 + draft.homes.length}`,
    name: `${surnames.join(' and ')} household`,
    status: spec.status,
    careKind: spec.careKind,
    areaId: area.id,
    addressLine: `${random.int(1, 140)} ${random.pick(STREETS)}`,
    town: random.pick(towns),
    postcode: `BW${spec.areaIndex + 1} ${random.int(1, 9)}${random.pick([...POSTCODE_LETTERS])}${random.pick([...POSTCODE_LETTERS])}`,
    // Ofcom keeps 01632 960000–960999 for drama, so no demo number rings a real phone.
    phone: `01632 960${String(draft.homes.length % 1000).padStart(3, '0')}`,
    // A kinship child's family already knows where their relatives live.
    isAddressConfidential: spec.careKind === 'foster',
    approvedOn: spec.approvedDaysAgo === null ? null : calendar.daysAgo(spec.approvedDaysAgo),
    maxChildren: spec.terms?.maxChildren ?? null,
    ageFrom: spec.terms?.ageFrom ?? null,
    ageTo: spec.terms?.ageTo ?? null,
    supervisingWorkerId: spec.workerId,
    createdAt: calendar.instantDaysAgo(spec.joinedDaysAgo),
  };
  agency.households.push(household);
  const role = spec.careKind === 'kinship' ? 'kinship_carer' : 'foster_carer';
  const members: Home['members'] = [];
  const carers = spec.carers.map((carer) => {
    const user: DemoUser | null = carer.hasAccount
      ? addUser(draft, {
          name: carer.name,
          role,
          localPart: carer.localPart,
          isActive: spec.status !== 'resigned',
        })
      : null;
    members.push(addMember(draft, household.id, carer.name, carer.age, 'carer', user));
    return { name: carer.name, user };
  });
  for (const other of spec.others) {
    members.push(addMember(draft, household.id, other.name, other.age, other.role));
  }
  const home: Home = {
    household,
    approvedDaysAgo: spec.approvedDaysAgo,
    carers,
    members,
    group: spec.group,
    occupancy: spec.occupancy,
  };
  draft.homes.push(home);
  return home;
}

function addMember(
  draft: Draft,
  householdId: string,
  name: PersonName,
  age: number,
  memberRole: 'carer' | 'birth_child' | 'adult',
  user: DemoUser | null = null,
): Home['members'][number] {
  const id = draft.random.uuid();
  draft.agency.members.push({
    id,
    householdId,
    userId: user?.id ?? null,
    firstName: name.firstName,
    lastName: name.lastName,
    memberRole,
    dateOfBirth: draft.calendar.birthDate(age, draft.random.int(0, 360)),
  });
  return { id, age, role: memberRole };
}
