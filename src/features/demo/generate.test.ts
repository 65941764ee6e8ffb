import { describe, expect, it } from 'vitest';
import { generateDemoAgency } from './generate.ts';
import type { DemoAgency } from './types.ts';

const loadedAt = new Date('2026-03-02T10:00:00Z');
const aYearLater = new Date('2027-03-02T10:00:00Z');

/** Who is in the agency and how they are connected, leaving out every date. */
function people(agency: DemoAgency) {
  return {
    users: agency.users,
    households: agency.households.map(
      ({ approvedOn: _approved, createdAt: _created, ...household }) => household,
    ),
    members: agency.members.map(({ dateOfBirth: _born, ...member }) => member),
    children: agency.children.map(({ dateOfBirth: _born, createdAt: _created, ...child }) => child),
    placements: agency.placements.map(
      ({ startedOn: _started, plannedEndOn: _planned, endedOn: _ended, ...placement }) => placement,
    ),
    birthParents: agency.birthParents,
    signIns: agency.signIns,
  };
}

describe('the demo agency generator', () => {
  it('gives exactly the same agency every time it is loaded at the same moment', () => {
    expect(generateDemoAgency(loadedAt)).toEqual(generateDemoAgency(loadedAt));
  });

  it('keeps the same people and stories a year later: only the dates move with it', () => {
    const now = generateDemoAgency(loadedAt);
    const later = generateDemoAgency(aYearLater);
    expect(people(later)).toEqual(people(now));
    const mia = (agency: DemoAgency) =>
      agency.children.find((child) => child.firstName === 'Mia' && child.lastName === 'Price')!;
    expect(mia(now).dateOfBirth < mia(later).dateOfBirth).toBe(true);
  });

  it('gives everyone a demo address of their own', () => {
    const emails = generateDemoAgency(loadedAt).users.map((user) => user.email.toLowerCase());
    expect(new Set(emails).size).toBe(emails.length);
    for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@demo\.kinfold\.org$/);
  });

  it('shows every kind of care among the children living in homes now', () => {
    const current = generateDemoAgency(loadedAt).placements.filter((each) => !each.endedOn);
    expect(new Set(current.map((each) => each.careType))).toEqual(
      new Set([
        'emergency',
        'short_term',
        'long_term',
        'short_break',
        'parent_and_child',
        'remand',
      ]),
    );
  });

  it('starts every placement after the child was born and ends none before it began', () => {
    const agency = generateDemoAgency(loadedAt);
    const born = new Map(agency.children.map((child) => [child.id, child.dateOfBirth]));
    for (const placement of agency.placements) {
      expect(placement.startedOn >= born.get(placement.childId)!).toBe(true);
      if (placement.endedOn) expect(placement.endedOn >= placement.startedOn).toBe(true);
    }
  });
});
