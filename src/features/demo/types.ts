// The shape of the generated demo agency: plain rows, with their ids already chosen, ready to insert.
import type { Role } from '../../core/access/roles.ts';
import type {
  birthParents,
  children,
  householdMembers,
  households,
  placements,
} from '../../core/db/tables.ts';

/** One account printed at start-up for trying Kinfold in a given role. */
export type DemoSignIn = { role: string; email: string; password: string; description: string };

export type DemoUser = { id: string; email: string; name: string; role: Role; isActive: boolean };
export type DemoArea = { id: string; name: string };
export type DemoHousehold = typeof households.$inferInsert & { id: string };
export type DemoMember = typeof householdMembers.$inferInsert & { id: string };
export type DemoChild = typeof children.$inferInsert & { id: string };
export type DemoPlacement = typeof placements.$inferInsert & { id: string };
export type DemoBirthParent = typeof birthParents.$inferInsert & { id: string };

export type DemoSettings = {
  name: string;
  phone: string;
  email: string;
  address: string;
  timeZone: string;
};

/** Everything the demo agency holds; generated without I/O, written by seed.ts. */
export type DemoAgency = {
  settings: DemoSettings;
  areas: DemoArea[];
  users: DemoUser[];
  households: DemoHousehold[];
  members: DemoMember[];
  children: DemoChild[];
  placements: DemoPlacement[];
  birthParents: DemoBirthParent[];
  /** The sign-ins to print, without the shared password. */
  signIns: Omit<DemoSignIn, 'password'>[];
};
