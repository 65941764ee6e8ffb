// The people around one young person, for the belonging and permanency tests: Zara, 15, lives with
// Ruth (a foster carer) in the Oak household, supervised by Hannah; Zara has her own account; her
// mum Dani has one too. Sam fosters elsewhere and has nothing to do with Zara; Priya is the manager.
import type { Db } from '../../src/core/db/connect.ts';
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

export type BelongingScene = {
  zaraId: string;
  oakId: string;
  zara: TestUser;
  ruth: TestUser;
  hannah: TestUser;
  dani: TestUser;
  sam: TestUser;
  priya: TestUser;
  /** A worker who supervises another household only. */
  otherWorker: TestUser;
};

/** Builds the scene above in a fresh test database. */
export async function buildBelongingScene(db: Db): Promise<BelongingScene> {
  const areaId = await buildArea(db);
  const hannah = await buildUser(db, {
    role: 'supervising_social_worker',
    name: 'Hannah Kowalski',
  });
  const otherWorker = await buildUser(db, { role: 'supervising_social_worker', name: 'Olu Bello' });
  const priya = await buildUser(db, { role: 'registered_manager', name: 'Priya Shah' });
  const oakId = await buildHousehold(db, {
    name: 'The Oak household',
    supervisingWorkerId: hannah.id,
    areaId,
  });
  const elmId = await buildHousehold(db, { supervisingWorkerId: otherWorker.id, areaId });
  const ruth = await buildUser(db, { role: 'foster_carer', name: 'Ruth Oakley' });
  await addCarer(db, oakId, ruth);
  const sam = await buildUser(db, { role: 'foster_carer', name: 'Sam Okafor' });
  await addCarer(db, elmId, sam);
  const zara = await buildUser(db, { role: 'young_person', name: 'Zara Ahmed' });
  const zaraId = await buildChild(db, {
    firstName: 'Zara',
    lastName: 'Ahmed',
    gender: 'girl',
    dateOfBirth: '2011-05-14',
    youngPersonUserId: zara.id,
    lookedAfterSince: '2025-09-01',
  });
  await placeChild(db, zaraId, oakId, { startedOn: '2025-09-01', careType: 'long_term' });
  const dani = await buildUser(db, { role: 'birth_parent', name: 'Dani Ahmed' });
  await linkBirthParent(db, zaraId, dani);
  return { zaraId, oakId, zara, ruth, hannah, dani, sam, priya, otherWorker };
}
