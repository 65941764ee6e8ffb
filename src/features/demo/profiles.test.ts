import { describe, expect, it } from 'vitest';
import { isNeedCode } from '../children/index.ts';
import { checkStanding } from '../households/index.ts';
import { generateDemoAgency } from './generate.ts';

// The demo agency's households and children have full profiles that agree with who lives where.
const loadedAt = new Date('2026-11-23T10:00:00Z');
const today = '2026-11-23';
const agency = generateDemoAgency(loadedAt);
const current = agency.placements.filter((placement) => !placement.endedOn);
const childrenAt = (householdId: string) =>
  current
    .filter((placement) => placement.householdId === householdId)
    .map((placement) => ({
      placement,
      child: agency.children.find((child) => child.id === placement.childId)!,
    }));
const approved = agency.households.filter((household) => household.status === 'approved');
const okafors = agency.households.find((household) => household.name === 'Okafor household')!;
const childNamed = (firstName: string) =>
  agency.children.find((child) => child.firstName === firstName)!;

describe('the demo households’ profiles', () => {
  it('places every area on the map, and every household inside its area to about a kilometre', () => {
    expect(agency.areas.map((area) => [area.name, area.latitude, area.longitude])).toEqual([
      ['Northfield', 52.52, -1.9],
      ['Riverside', 52.45, -1.95],
      ['Eastbrook', 52.48, -1.78],
      ['Hillcrest', 52.4, -1.85],
    ]);
    for (const household of agency.households) {
      const area = agency.areas.find((each) => each.id === household.areaId)!;
      expect(Math.abs(household.latitude! - area.latitude)).toBeLessThanOrEqual(0.04);
      expect(Math.abs(household.longitude! - area.longitude)).toBeLessThanOrEqual(0.06);
      expect(Math.round(household.latitude! * 100) / 100).toBe(household.latitude);
    }
  });

  it('approves every household for the kinds of care of the children living there now', () => {
    for (const household of approved) {
      expect(household.careTypes!.length, household.name).toBeGreaterThan(0);
      for (const { placement } of childrenAt(household.id)) {
        expect(household.careTypes, household.name).toContain(placement.careType);
      }
    }
  });

  it('keeps the largest sibling group within the terms, and at least the brothers and sisters there now', () => {
    for (const household of approved) {
      expect(household.siblingGroupMax).toBeGreaterThanOrEqual(1);
      expect(household.siblingGroupMax).toBeLessThanOrEqual(Math.max(1, household.maxChildren!));
      const ids = new Set(childrenAt(household.id).map(({ child }) => child.id));
      const pairsHere = agency.siblings.filter(
        (pair) => ids.has(pair.childId) && ids.has(pair.siblingId),
      );
      if (pairsHere.length > 0) expect(household.siblingGroupMax).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every approved household two to four skills, English among its languages, and bedrooms', () => {
    for (const household of approved) {
      expect(household.skills!.length).toBeGreaterThanOrEqual(2);
      expect(household.skills!.length).toBeLessThanOrEqual(4);
      expect(household.skills!.every(isNeedCode)).toBe(true);
      expect(household.languages).toContain('English');
      expect(household.bedrooms).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(approved.flatMap((household) => household.languages)).size).toBeGreaterThan(4);
    expect(okafors.skills).toEqual(['attachment', 'trauma', 'teenager']);
  });

  it('keeps a few homes with young children from children who need close supervision, and places none there', () => {
    const excluding = agency.households.filter((household) =>
      household.excludedNeeds?.includes('sexualised_behaviour'),
    );
    expect(excluding.length).toBeGreaterThan(0);
    for (const household of excluding) {
      for (const { child } of childrenAt(household.id)) {
        expect(child.needs).not.toContain('sexualised_behaviour');
      }
    }
  });
});

describe('the checks on the demo households', () => {
  const latestDbs = (memberId: string) =>
    agency.memberChecks
      .filter((check) => check.memberId === memberId && check.kind === 'dbs')
      .sort((a, b) => b.completedOn.localeCompare(a.completedOn))[0];

  it('has a DBS check for every carer in an approved home, renewed three years on', () => {
    const carers = agency.members.filter(
      (member) =>
        member.memberRole === 'carer' &&
        approved.some((household) => household.id === member.householdId),
    );
    for (const carer of carers) {
      const dbs = latestDbs(carer.id);
      expect(dbs, `${carer.firstName} ${carer.lastName}`).toBeDefined();
      expect(dbs!.renewBy! > dbs!.completedOn).toBe(true);
    }
  });

  it('has Jess Okafor and a few others due soon, and exactly one carer overdue', () => {
    const standings = agency.members.map((member) => {
      const dbs = latestDbs(member.id);
      return { member, standing: dbs ? checkStanding(dbs.renewBy ?? null, today) : null };
    });
    const jess = standings.find(({ member }) => member.firstName === 'Jess')!;
    expect(jess.standing).toBe('due_soon');
    expect(
      standings.filter(({ standing }) => standing === 'due_soon').length,
    ).toBeGreaterThanOrEqual(3);
    expect(standings.filter(({ standing }) => standing === 'overdue')).toHaveLength(1);
  });
});

describe('the demo children’s records', () => {
  it('gives every child a background, a social worker at the placing authority and needs in carers’ words', () => {
    for (const child of agency.children) {
      expect(child.ethnicity, child.firstName).not.toBe('');
      expect(child.languages).toContain('English');
      expect(child.socialWorkerEmail).toMatch(/^[a-z.]+@[a-z]+\.gov\.example$/);
      expect(child.socialWorkerPhone).toMatch(/^01632 960 \d{3}$/);
      expect(child.needs!.length).toBeGreaterThanOrEqual(1);
      expect(child.needs!.length).toBeLessThanOrEqual(3);
      expect(child.needs!.every(isNeedCode)).toBe(true);
      expect(child.needsNotes).toContain(child.preferredName ?? child.firstName);
      expect(child.attachmentNotes).toMatch(/^What helps/);
    }
  });

  it('sends children of school age to a school with a place on the map', () => {
    const jay = childNamed('Jayden');
    expect(jay.schoolName).not.toBe('');
    expect(jay.schoolAreaId).toBeTruthy();
    expect(jay.schoolLatitude).toBeTypeOf('number');
  });

  it('links brothers and sisters living together, each pair once with the smaller id first', () => {
    expect(agency.siblings.length).toBeGreaterThan(0);
    for (const pair of agency.siblings) {
      expect(pair.childId < pair.siblingId).toBe(true);
      const homeOf = (id: string) => current.find((each) => each.childId === id)?.householdId;
      expect(homeOf(pair.childId)).toBe(homeOf(pair.siblingId));
    }
    const mia = childNamed('Mia').id;
    const jay = childNamed('Jayden').id;
    expect(
      agency.siblings.some(
        (pair) => [pair.childId, pair.siblingId].sort().join() === [mia, jay].sort().join(),
      ),
    ).toBe(false);
  });

  it('records who decides what for the children living with carer@ and kinship@', () => {
    for (const name of ['Mia', 'Jayden', 'Theo']) {
      const decisions = agency.delegatedAuthority.filter(
        (entry) => entry.childId === childNamed(name).id,
      );
      expect(decisions, name).toHaveLength(9);
    }
  });

  it('names someone who matters to every child living in a home now', () => {
    for (const placement of current) {
      expect(agency.importantPeople.some((person) => person.childId === placement.childId)).toBe(
        true,
      );
    }
  });
});
