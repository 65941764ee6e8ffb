// The families behind the printed sign-ins, written by hand so each role opens onto a story:
// Sam and Jess Okafor foster Mia and Jay; Mia's mum Dani keeps in touch; Zara, 15, lives with Ruth
// and Dave Bennett; Grace Mensah brings up her grandson Theo.
import { placeChild, type ChildSpec } from './children.ts';
import { addUser, type Draft, type Home, type PlacedChild } from './draft.ts';
import { addHome } from './households.ts';
import { LEGAL_STATUSES, NAME_GROUPS, PLACING_AUTHORITIES, type NameGroup } from './names.ts';
import type { Staff } from './staff.ts';
import type { DemoUser } from './types.ts';

export type Featured = {
  fosterHome: Home;
  fosterCarer: DemoUser;
  mia: PlacedChild;
  jay: PlacedChild;
  birthParent: DemoUser;
  teenHome: Home;
  zara: PlacedChild;
  youngPerson: DemoUser;
  kinshipHome: Home;
  kinshipCarer: DemoUser;
  theo: PlacedChild;
};

/** Adds the featured households, children, birth parent and young person. */
export function addFeatured(draft: Draft, staff: Staff): Featured {
  const [worker, , thirdWorker = worker] = staff.workers;
  const okafors = addOkafors(draft, worker);
  const bennetts = addBennetts(draft, worker);
  const mensahs = addMensahs(draft, thirdWorker);
  return {
    ...okafors,
    fosterCarer: okafors.fosterHome.carers[0]!.user!,
    ...bennetts,
    ...mensahs,
    kinshipCarer: mensahs.kinshipHome.carers[0]!.user!,
  };
}

function addOkafors(draft: Draft, worker: DemoUser) {
  const { namer } = draft;
  const okafor = groupOf('Okafor');
  const fosterHome = addHome(draft, {
    status: 'approved',
    careKind: 'foster',
    areaIndex: 0,
    group: okafor,
    carers: [
      {
        name: namer.reserve({ firstName: 'Sam', lastName: 'Okafor' }),
        age: 44,
        hasAccount: true,
        localPart: 'carer',
      },
      { name: namer.reserve({ firstName: 'Jess', lastName: 'Okafor' }), age: 41, hasAccount: true },
    ],
    others: [
      {
        name: namer.reserve({ firstName: 'Ada', lastName: 'Okafor' }),
        age: 17,
        role: 'birth_child',
      },
    ],
    joinedDaysAgo: 1720,
    approvedDaysAgo: 1480,
    terms: { maxChildren: 3, ageFrom: 5, ageTo: 15 },
    workerId: worker.id,
    occupancy: 2,
  });
  const mia = placeChild(draft, fosterHome, {
    ...child(draft, 'Mia', 'Price', 'girl', 9, groupOf('Price')),
    legalStatus: LEGAL_STATUSES.interimCareOrder,
    placingAuthority: PLACING_AUTHORITIES[0]!,
    careType: 'short_term',
    startedDaysAgo: 210,
    plannedEndInDays: 150,
  });
  const jay = placeChild(draft, fosterHome, {
    ...child(draft, 'Jayden', 'Walsh', 'boy', 12, groupOf('Walsh')),
    preferredName: 'Jay',
    legalStatus: LEGAL_STATUSES.careOrder,
    placingAuthority: PLACING_AUTHORITIES[1]!,
    careType: 'long_term',
    startedDaysAgo: 780,
    plannedEndInDays: null,
  });
  const birthParent = addUser(draft, {
    name: namer.reserve({ firstName: 'Dani', lastName: 'Price' }),
    role: 'birth_parent',
    localPart: 'parent',
  });
  linkParent(draft, birthParent, mia, 'mother');
  return { fosterHome, mia, jay, birthParent };
}

function addBennetts(draft: Draft, worker: DemoUser) {
  const { namer } = draft;
  const teenHome = addHome(draft, {
    status: 'approved',
    careKind: 'foster',
    areaIndex: 1,
    group: groupOf('Bennett'),
    carers: [
      {
        name: namer.reserve({ firstName: 'Ruth', lastName: 'Bennett' }),
        age: 58,
        hasAccount: true,
      },
      {
        name: namer.reserve({ firstName: 'Dave', lastName: 'Bennett' }),
        age: 61,
        hasAccount: true,
      },
    ],
    others: [],
    joinedDaysAgo: 3150,
    approvedDaysAgo: 2900,
    terms: { maxChildren: 2, ageFrom: 11, ageTo: 18 },
    workerId: worker.id,
    occupancy: 2,
  });
  const zara = placeChild(draft, teenHome, {
    ...child(draft, 'Zara', 'Ahmed', 'girl', 15, groupOf('Ahmed')),
    legalStatus: LEGAL_STATUSES.careOrder,
    placingAuthority: PLACING_AUTHORITIES[2]!,
    careType: 'long_term',
    startedDaysAgo: 900,
    plannedEndInDays: null,
  });
  placeChild(draft, teenHome, {
    ...child(draft, 'Kacper', 'Nowak', 'boy', 14, groupOf('Nowak')),
    legalStatus: LEGAL_STATUSES.accommodated,
    placingAuthority: PLACING_AUTHORITIES[0]!,
    careType: 'short_term',
    startedDaysAgo: 120,
    plannedEndInDays: 90,
  });
  const youngPerson = addUser(draft, {
    name: { firstName: 'Zara', lastName: 'Ahmed' },
    role: 'young_person',
    localPart: 'young.person',
  });
  zara.child.youngPersonUserId = youngPerson.id;
  return { teenHome, zara, youngPerson };
}

function addMensahs(draft: Draft, worker: DemoUser) {
  const { namer } = draft;
  const mensah = groupOf('Mensah');
  const kinshipHome = addHome(draft, {
    status: 'approved',
    careKind: 'kinship',
    areaIndex: 2,
    group: mensah,
    carers: [
      {
        name: namer.reserve({ firstName: 'Grace', lastName: 'Mensah' }),
        age: 63,
        hasAccount: true,
        localPart: 'kinship',
      },
    ],
    others: [],
    joinedDaysAgo: 450,
    approvedDaysAgo: 300,
    terms: { maxChildren: 1, ageFrom: 0, ageTo: 18 },
    workerId: worker.id,
    occupancy: 1,
  });
  const theo = placeChild(draft, kinshipHome, {
    ...child(draft, 'Theo', 'Mensah', 'boy', 6, mensah),
    legalStatus: LEGAL_STATUSES.careOrder,
    placingAuthority: PLACING_AUTHORITIES[3]!,
    careType: 'long_term',
    startedDaysAgo: 420,
    plannedEndInDays: null,
    isConfidential: false,
  });
  return { kinshipHome, theo };
}

/** Links a birth parent's account to their child. */
export function linkParent(
  draft: Draft,
  parent: DemoUser,
  placed: PlacedChild,
  relationship: 'mother' | 'father' | 'parent',
): void {
  draft.agency.birthParents.push({
    id: draft.random.uuid(),
    childId: placed.child.id,
    userId: parent.id,
    relationship,
  });
}

function child(
  draft: Draft,
  firstName: string,
  lastName: string,
  gender: string,
  age: number,
  group: NameGroup,
): Omit<
  ChildSpec,
  'legalStatus' | 'placingAuthority' | 'careType' | 'startedDaysAgo' | 'plannedEndInDays'
> {
  return {
    name: draft.namer.reserve({ firstName, lastName }),
    preferredName: null,
    gender,
    age,
    daysSinceBirthday: draft.random.int(20, 340),
    isConfidential: true,
    group,
    siblingKey: null,
    isFeatured: true,
  };
}

function groupOf(surname: string): NameGroup {
  const group = NAME_GROUPS.find((each) => each.surnames.includes(surname));
  if (!group) throw new Error(`no name group has the surname ${surname}`);
  return group;
}
