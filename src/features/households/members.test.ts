import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { auditOf, buildWorld, closeWorld, getAs, postAs, type World } from './record-test-kit.ts';
import { householdMembers } from '../../core/db/tables.ts';

// Sam supervises Oak, where Asha cares for Leo; Ben cares at Elm, which Nina supervises.

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(async () => closeWorld(world));

describe('the people in a household and their checks', () => {
  it('adds someone to the household, audited', async () => {
    const form = await getAs(world, world.people.sam, `/households/${world.ids.oak}/members/new`);
    expect(form.statusCode).toBe(200);
    expect((await auditOf(world, world.people.sam, 'household.read')).at(-1)).toMatchObject({
      recordId: world.ids.oak,
      fields: ['name'],
    });
    const response = await postAs(
      world,
      world.people.sam,
      `/households/${world.ids.oak}/members/new`,
      {
        firstName: 'Ravi',
        lastName: 'Patel',
        memberRole: 'adult',
        dateOfBirth: '1950-03-04',
      },
    );
    expect(response.statusCode).toBe(303);
    const [ravi] = await world.database.db
      .select()
      .from(householdMembers)
      .where(eq(householdMembers.firstName, 'Ravi'));
    expect(ravi).toMatchObject({ householdId: world.ids.oak, memberRole: 'adult' });
    expect((await auditOf(world, world.people.sam, 'household.member_added')).at(-1)).toMatchObject(
      {
        recordType: 'household_member',
        recordId: ravi!.id,
      },
    );
    expect(
      pageText((await getAs(world, world.people.sam, `/households/${world.ids.oak}`)).body),
    ).toContain('Ravi Patel · Adult living in the home, aged 76');
  });

  it('refuses a birthday in the future, an adult under 18 and a missing role, keeping what was typed', async () => {
    const future = await postAs(
      world,
      world.people.sam,
      `/households/${world.ids.oak}/members/new`,
      {
        firstName: 'Tia',
        lastName: 'Patel',
        memberRole: 'carer',
        dateOfBirth: '2027-01-01',
      },
    );
    expect(future.statusCode).toBe(400);
    expect(pageText(future.body)).toContain('The date of birth must be today or in the past');
    expect(future.body).toContain('value="Tia"');

    const young = await postAs(
      world,
      world.people.sam,
      `/households/${world.ids.oak}/members/new`,
      {
        firstName: 'Tia',
        lastName: 'Patel',
        memberRole: 'adult',
        dateOfBirth: '2012-01-01',
      },
    );
    expect(pageText(young.body)).toContain('A carer or another adult must be 18 or over');

    const missing = await postAs(
      world,
      world.people.sam,
      `/households/${world.ids.oak}/members/new`,
      {
        firstName: '',
        lastName: 'Patel',
        dateOfBirth: 'soon',
      },
    );
    const text = pageText(missing.body);
    expect(text).toContain('Enter their first name');
    expect(text).toContain('Choose who they are in the household');
    expect(text).toContain('Enter their date of birth as a real date, like 2026-06-04');
    const tias = await world.database.db
      .select()
      .from(householdMembers)
      .where(eq(householdMembers.firstName, 'Tia'));
    expect(tias).toEqual([]);
  });

  it('records a DBS check renewed three years on when no date is given, and shows when it is due', async () => {
    const response = await postAs(
      world,
      world.people.sam,
      `/households/${world.ids.oak}/members/${world.ids.ashaMember}/checks/new`,
      {
        kind: 'dbs',
        completedOn: '2024-01-10',
        renewBy: '',
        outcome: 'clear',
        notes: '',
      },
    );
    expect(response.statusCode).toBe(303);
    const text = pageText(
      (await getAs(world, world.people.sam, `/households/${world.ids.oak}`)).body,
    );
    expect(text).toContain('Enhanced DBS check 10 January 2024 10 January 2027 Clear Due soon');
    expect(text).toContain('Checks to renew 1 check is due within 60 days');
    expect(text).toContain('renewed every 3 years');
    expect(
      (await auditOf(world, world.people.sam, 'household.check_recorded')).at(-1),
    ).toMatchObject({
      recordType: 'household_member',
      recordId: world.ids.ashaMember,
      fields: ['dbs'],
    });
  });

  it('shows an overdue check as overdue, and the carer the dates without the outcome', async () => {
    await postAs(
      world,
      world.people.sam,
      `/households/${world.ids.oak}/members/${world.ids.ashaMember}/checks/new`,
      {
        kind: 'medical',
        completedOn: '2023-02-01',
        renewBy: '2026-02-01',
        outcome: 'concerns_noted',
        notes: 'Back pain, managed',
      },
    );
    const staff = pageText(
      (await getAs(world, world.people.sam, `/households/${world.ids.oak}`)).body,
    );
    expect(staff).toContain('Medical 1 February 2023 1 February 2026 Concerns noted Overdue');
    expect(staff).toContain('1 check is overdue; 1 check is due within 60 days');
    const carer = pageText(
      (await getAs(world, world.people.asha, `/households/${world.ids.oak}`)).body,
    );
    expect(carer).toContain('Medical 1 February 2023 1 February 2026 Overdue');
    expect(carer).not.toContain('Concerns noted');
  });

  it('refuses a check done in the future or renewed before it was done, and records nothing', async () => {
    const url = `/households/${world.ids.oak}/members/${world.ids.ashaMember}/checks/new`;
    const future = await postAs(world, world.people.sam, url, {
      kind: 'reference',
      completedOn: '2026-12-01',
      renewBy: '',
      outcome: 'clear',
    });
    expect(future.statusCode).toBe(400);
    expect(pageText(future.body)).toContain(
      'The date the check was done must be today or in the past',
    );
    expect(future.body).toContain('value="2026-12-01"');
    const backwards = await postAs(world, world.people.sam, url, {
      kind: 'dbs',
      completedOn: '2026-01-01',
      renewBy: '2025-01-01',
      outcome: 'clear',
    });
    expect(pageText(backwards.body)).toContain(
      'The renew-by date must be after the date the check was done',
    );
    expect(await auditOf(world, world.people.sam, 'household.check_recorded')).toHaveLength(2);
  });

  it('finds no member of another household through Oak’s address, and Ben finds no form', async () => {
    const [benMember] = await world.database.db
      .select({ id: householdMembers.id })
      .from(householdMembers)
      .where(eq(householdMembers.householdId, world.ids.elm));
    expect(
      (
        await getAs(
          world,
          world.people.sam,
          `/households/${world.ids.oak}/members/${benMember!.id}/checks/new`,
        )
      ).statusCode,
    ).toBe(404);
    expect(
      (await getAs(world, world.people.ben, `/households/${world.ids.oak}/members/new`)).statusCode,
    ).toBe(404);
  });
});

describe('vacancies in the list of households', () => {
  it('says how many places each household has left', async () => {
    const text = pageText((await getAs(world, world.people.priya, '/households')).body);
    expect(text).toContain('Oak household');
    expect(text).toMatch(/Oak household .* 1 of 2 1 vacancy/);
  });
});
