// Generates the fictional demo agency, Brightwater Family Fostering: pure and deterministic, so
// every run holds the same people and stories, with dates counted back from the day it is loaded.
import { addChildLinks } from './child-links.ts';
import { addChildProfiles } from './child-profiles.ts';
import { addHouseholdProfiles } from './household-profiles.ts';
import { addMemberChecks } from './member-checks.ts';
import { addChildrenWhoLeft, addEarlierHomes } from './moves.ts';
import { createDraft } from './draft.ts';
import { addBirthParents, addYoungPeople } from './family-links.ts';
import { addFeatured } from './featured.ts';
import { fillHomes } from './filling.ts';
import { AREAS } from './names.ts';
import { addRandomHomes } from './random-households.ts';
import { describeSignIns } from './sign-ins.ts';
import { addStaff } from './staff.ts';
import type { DemoAgency, DemoSettings } from './types.ts';

const DEMO_SEED = 20_260_214;

/** How many children live in the demo agency's homes now. */
export const DEMO_CURRENT_PLACEMENTS = 60;

export const DEMO_SETTINGS: DemoSettings = {
  name: 'Brightwater Family Fostering',
  phone: '01632 960 412',
  email: 'hello@demo.kinfold.org',
  address: 'Brightwater House, 3 Quay Street, Northfield BW1 2AF',
  timeZone: 'Europe/London',
};

/** Generates the whole demo agency for a load at `now`, without I/O. */
export function generateDemoAgency(now: Date): DemoAgency {
  const draft = createDraft(DEMO_SEED, now, DEMO_SETTINGS);
  draft.agency.areas = AREAS.map((area) => ({
    id: draft.random.uuid(),
    name: area.name,
    latitude: area.latitude,
    longitude: area.longitude,
  }));
  const staff = addStaff(draft);
  const featured = addFeatured(draft, staff);
  const others = addRandomHomes(draft, staff.workers);
  fillHomes(draft, others, DEMO_CURRENT_PLACEMENTS - draft.placed.length);
  // Children moved from homes that foster, including the one that has since stopped.
  const formerHomes = draft.homes.filter(
    (home) =>
      home.household.careKind === 'foster' &&
      (home.household.status === 'approved' || home.household.status === 'resigned'),
  );
  addEarlierHomes(draft, formerHomes);
  addChildrenWhoLeft(draft, formerHomes);
  addBirthParents(draft);
  addYoungPeople(draft);
  // Profiles come last, so the people and placements above stay as they were drawn.
  addHouseholdProfiles(draft, featured);
  addMemberChecks(draft, staff, featured);
  addChildProfiles(draft, featured);
  addChildLinks(draft, staff, featured);
  draft.agency.signIns = describeSignIns(draft.agency, staff, featured);
  return draft.agency;
}
