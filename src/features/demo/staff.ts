// The agency's staff: a small team, each with a memorable sign-in for the roles printed at start-up.
import type { Role } from '../../core/access/roles.ts';
import { addUser, type Draft } from './draft.ts';
import type { DemoUser } from './types.ts';

export type Staff = {
  administrator: DemoUser;
  manager: DemoUser;
  /** Supervising social workers; the first one signs in as worker@. */
  workers: [DemoUser, ...DemoUser[]];
  training: DemoUser;
  recruitment: DemoUser;
};

const TEAM: { firstName: string; lastName: string; role: Role; localPart?: string }[] = [
  { firstName: 'Alex', lastName: 'Morgan', role: 'administrator', localPart: 'admin' },
  { firstName: 'Priya', lastName: 'Shah', role: 'registered_manager', localPart: 'manager' },
  {
    firstName: 'Hannah',
    lastName: 'Kowalski',
    role: 'supervising_social_worker',
    localPart: 'worker',
  },
  { firstName: 'Marcus', lastName: 'Reid', role: 'supervising_social_worker' },
  { firstName: 'Amara', lastName: 'Nwosu', role: 'supervising_social_worker' },
  { firstName: 'Gwen', lastName: 'Llewellyn', role: 'training_coordinator', localPart: 'training' },
  {
    firstName: 'Imran',
    lastName: 'Hussain',
    role: 'recruitment_officer',
    localPart: 'recruitment',
  },
];

/** Adds the staff team's accounts. */
export function addStaff(draft: Draft): Staff {
  const [administrator, manager, worker, secondWorker, thirdWorker, training, recruitment] =
    TEAM.map(({ firstName, lastName, role, localPart }) =>
      addUser(draft, { name: draft.namer.reserve({ firstName, lastName }), role, localPart }),
    ) as [DemoUser, DemoUser, DemoUser, DemoUser, DemoUser, DemoUser, DemoUser];
  return {
    administrator,
    manager,
    workers: [worker, secondWorker, thirdWorker],
    training,
    recruitment,
  };
}
