// The shape of the generated demo agency: plain rows, with their ids already chosen, ready to insert.
import type { Role } from '../../core/access/roles.ts';
import type {
  birthParents,
  childDelegatedAuthority,
  childImportantPeople,
  children,
  childSiblings,
  householdMemberChecks,
  householdMembers,
  households,
  placements,
} from '../../core/db/tables.ts';

/** One account printed at start-up for trying Kinfold in a given role. */
export type DemoSignIn = { role: string; email: string; password: string; description: string };

export type DemoUser = { id: string; email: string; name: string; role: Role; isActive: boolean };
export type DemoArea = { id: string; name: string; latitude: number; longitude: number };
export type DemoHousehold = typeof households.$inferInsert & { id: string };
export type DemoMember = typeof householdMembers.$inferInsert & { id: string };
export type DemoChild = typeof children.$inferInsert & { id: string };
export type DemoPlacement = typeof placements.$inferInsert & { id: string };
export type DemoBirthParent = typeof birthParents.$inferInsert & { id: string };
export type DemoMemberCheck = typeof householdMemberChecks.$inferInsert & { id: string };
export type DemoSiblingPair = typeof childSiblings.$inferInsert;
export type DemoImportantPerson = typeof childImportantPeople.$inferInsert & { id: string };
export type DemoDelegatedAuthority = typeof childDelegatedAuthority.$inferInsert;

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
  memberChecks: DemoMemberCheck[];
  siblings: DemoSiblingPair[];
  importantPeople: DemoImportantPerson[];
  delegatedAuthority: DemoDelegatedAuthority[];
  /** The sign-ins to print, without the shared password. */
  signIns: Omit<DemoSignIn, 'password'>[];
};
