// The people around Mia, 9, for the partnership tests. Mia lives with Sam and Alex Brackenridge in
// a confidential foster home supervised by Hannah. Her mum Dani is in the space with messages
// delivered as sent; her dad Lee is in it with every message read by a worker first. Every detail
// that would locate Mia is an unusual string listed in `secrets`, so a test can look for it
// anywhere a parent might see. Theo, 6, lives with his grandmother Grace (kinship care); his mum
// Abena is in his space. Ruth fosters elsewhere, Kim is another child's mother, Olu supervises
// another home, and Priya is the manager.
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../src/core/db/connect.ts';
import { birthParents, householdMembers } from '../../src/core/db/tables.ts';
import {
  addCarer,
  buildArea,
  buildChild,
  buildHousehold,
  buildUser,
  linkBirthParent,
  placeChild,
  type TestUser,
} from './factories.ts';

/** What must never reach Mia's parents: each string is unusual enough to search for. */
export const MIA_SECRETS = {
  surname: 'Brackenridge',
  addressLine: '27 Sycamore Rise',
  town: 'Todmorden',
  postcode: 'OL14 7QX',
  phone: '01706 815442',
  carerEmail: 'sam.brackenridge@carers.example',
  workplace: 'Calder Valley Veterinary Surgery',
  school: 'Ridgefoot Primary School',
} as const;

export type PartnershipScene = {
  miaId: string;
  homeId: string;
  placementId: string;
  sam: TestUser;
  alex: TestUser;
  hannah: TestUser;
  dani: TestUser;
  lee: TestUser;
  priya: TestUser;
  theoId: string;
  grace: TestUser;
  abena: TestUser;
  /** A foster carer in another home, a worker for another home, another child's mother. */
  ruth: TestUser;
  olu: TestUser;
  kim: TestUser;
};

/** Builds the scene above in a fresh test database. */
export async function buildPartnershipScene(db: Db): Promise<PartnershipScene> {
  const areaId = await buildArea(db);
  const hannah = await buildUser(db, {
    role: 'supervising_social_worker',
    name: 'Hannah Kowalski',
  });
  const olu = await buildUser(db, { role: 'supervising_social_worker', name: 'Olu Bello' });
  const priya = await buildUser(db, { role: 'registered_manager', name: 'Priya Shah' });

  const homeId = await buildHousehold(db, {
    name: `The ${MIA_SECRETS.surname} household`,
    supervisingWorkerId: hannah.id,
    areaId,
    addressLine: MIA_SECRETS.addressLine,
    town: MIA_SECRETS.town,
    postcode: MIA_SECRETS.postcode,
    phone: MIA_SECRETS.phone,
  });
  const sam = await buildUser(db, {
    role: 'foster_carer',
    name: `Sam ${MIA_SECRETS.surname}`,
    email: MIA_SECRETS.carerEmail,
  });
  const alex = await buildUser(db, { role: 'foster_carer', name: `Alex ${MIA_SECRETS.surname}` });
  const samMember = await addCarer(db, homeId, sam);
  await addCarer(db, homeId, alex);
  await db
    .update(householdMembers)
    .set({ workplace: MIA_SECRETS.workplace })
    .where(eq(householdMembers.id, samMember));
  const miaId = await buildChild(db, {
    firstName: 'Mia',
    lastName: 'Price',
    gender: 'girl',
    dateOfBirth: '2017-03-02',
    schoolName: MIA_SECRETS.school,
    socialWorkerName: 'Jordan Ellis',
    lookedAfterSince: '2026-10-05',
  });
  const placementId = await placeChild(db, miaId, homeId, {
    startedOn: '2026-10-05',
    careType: 'long_term',
    isConfidential: true,
  });
  const dani = await buildUser(db, { role: 'birth_parent', name: 'Dani Price' });
  const lee = await buildUser(db, { role: 'birth_parent', name: 'Lee Price' });
  await linkBirthParent(db, miaId, dani, 'mother');
  await linkBirthParent(db, miaId, lee, 'father');
  await setSpaceLevel(db, miaId, dani, 'direct');
  await setSpaceLevel(db, miaId, lee, 'reviewed');

  const graceHome = await buildHousehold(db, {
    name: 'The Mensah household',
    careKind: 'kinship',
    supervisingWorkerId: hannah.id,
    areaId,
  });
  const grace = await buildUser(db, { role: 'kinship_carer', name: 'Grace Mensah' });
  await addCarer(db, graceHome, grace);
  const theoId = await buildChild(db, {
    firstName: 'Theo',
    lastName: 'Mensah',
    dateOfBirth: '2020-08-19',
  });
  await placeChild(db, theoId, graceHome, { startedOn: '2026-06-01', careType: 'long_term' });
  const abena = await buildUser(db, { role: 'birth_parent', name: 'Abena Mensah' });
  await linkBirthParent(db, theoId, abena, 'mother');
  await setSpaceLevel(db, theoId, abena, 'direct');

  const otherHome = await buildHousehold(db, { supervisingWorkerId: olu.id, areaId });
  const ruth = await buildUser(db, { role: 'foster_carer', name: 'Ruth Oakley' });
  await addCarer(db, otherHome, ruth);
  const otherChild = await buildChild(db, { firstName: 'Leo' });
  await placeChild(db, otherChild, otherHome);
  const kim = await buildUser(db, { role: 'birth_parent', name: 'Kim Hollis' });
  await linkBirthParent(db, otherChild, kim, 'mother');
  await setSpaceLevel(db, otherChild, kim, 'direct');

  return {
    miaId,
    homeId,
    placementId,
    sam,
    alex,
    hannah,
    dani,
    lee,
    priya,
    theoId,
    grace,
    abena,
    ruth,
    olu,
    kim,
  };
}

async function setSpaceLevel(
  db: Db,
  childId: string,
  parent: TestUser,
  level: 'direct' | 'reviewed' | 'not_in_space',
): Promise<void> {
  await db
    .update(birthParents)
    .set({ spaceLevel: level })
    .where(and(eq(birthParents.childId, childId), eq(birthParents.userId, parent.id)));
}
