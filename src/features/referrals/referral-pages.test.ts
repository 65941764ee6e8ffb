import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  pageText,
  signedInVisitor,
  startTestApp,
  type TestApp,
  type Visitor,
} from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  addCarer,
  buildArea,
  buildChild,
  buildHousehold,
  buildUser,
  linkBirthParent,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents, placementOffers, referrals } from '../../core/db/tables.ts';
import { buildAuthority, buildReferral, referralFormFields } from './test-kit.ts';

// Sam supervises the Oak household in Northfield, where Asha cares for Leo; Lena is Leo's mum.
// Noah has a young person's account; Tom runs training; Priya is the registered manager.
// Northshire County Council refers children.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
const people: Record<string, TestUser> = {};
let northshire: string;
let northfield: string;
let eastbrook: string;
let oak: string;
let leo: string;
let miaReferral: string;

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  for (const [key, role, name] of [
    ['priya', 'registered_manager', 'Priya Shah'],
    ['sam', 'supervising_social_worker', 'Sam Ortiz'],
    ['sara', 'supervising_social_worker', 'Sara Lund'],
    ['asha', 'foster_carer', 'Asha Patel'],
    ['lena', 'birth_parent', 'Lena Lind'],
    ['noah', 'young_person', 'Noah Berg'],
    ['tom', 'training_coordinator', 'Tom Reed'],
  ] as const) {
    people[key] = await buildUser(db, { role, name });
  }
  northfield = await buildArea(db, 'Northfield');
  eastbrook = await buildArea(db, 'Eastbrook');
  oak = await buildHousehold(db, { name: 'Oak household', supervisingWorkerId: people.sam!.id });
  await addCarer(db, oak, people.asha!);
  leo = await buildChild(db, { firstName: 'Leo', lastName: 'Lind', dateOfBirth: '2015-06-01' });
  await placeChild(db, leo, oak);
  await linkBirthParent(db, leo, people.lena!);
  await buildChild(db, { firstName: 'Zed', lastName: 'Stranger' });
  northshire = await buildAuthority(db, 'Northshire County Council');
  miaReferral = await buildReferral(db, northshire, {
    avoidAreaId: eastbrook,
    schoolAreaId: northfield,
    schoolName: 'Northfield Primary School',
    needsSummary: 'Mia loves drawing.',
  });
  testApp = await startTestApp(database, {}, () => new Date('2026-11-23T10:00:00Z'));
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const visitorFor = (key: string) => signedInVisitor(testApp, people[key]!);

/** Posts a form whose needs are ticked boxes (one value each), as a browser sends it. */
function postWithNeeds(
  visitor: Visitor,
  url: string,
  fields: Record<string, string>,
  needs: string[],
) {
  const body = new URLSearchParams({ _csrf: visitor.csrf(), ...fields });
  body.delete('needs');
  for (const need of needs) body.append('needs', need);
  return visitor.send({
    method: 'POST',
    url,
    payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

async function auditOf(action: string, recordId: string | null) {
  return database.db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, action),
        recordId ? eq(auditEvents.recordId, recordId) : undefined,
      ),
    );
}

describe('entering a referral', () => {
  it('Sam enters a referral from a phone call; it gets the next reference and its own page', async () => {
    const sam = await visitorFor('sam');
    const form = pageText((await sam.get('/referrals/new')).body);
    expect(form).toContain('Northshire County Council');
    expect(form).toContain('Finds it hard to trust adults');
    expect(form).toContain('Leo Lind, 11');
    expect(form).not.toContain('Zed Stranger');

    const response = await postWithNeeds(
      sam,
      '/referrals/new',
      referralFormFields(northshire, {
        schoolAreaId: northfield,
        avoidAreaId: eastbrook,
        siblingsCount: '1',
        siblingsAges: '6',
        siblingsTogether: 'yes',
        prefersOnlyChild: 'yes',
        childId: leo,
      }),
      ['attachment', 'trauma'],
    );
    expect(response.statusCode).toBe(303);
    const id = response.headers.location!.split('/').pop()!;
    const page = pageText((await sam.get(`/referrals/${id}`)).body);
    expect(page).toContain('Referral R-2026-0002 is saved.');
    expect(page).toContain('Referral for Ellie S., 10');
    expect(page).toContain('Find a home');
    expect(page).toContain('Finds it hard to trust adults or feel safe with them');
    expect(page).toContain('Has lived through trauma');
    expect(page).toContain('1 referred with them, aged 6; they should live together');
    expect(page).toContain('Eastbrook Kept from carers');
    expect(page).toContain('Would do best as the only child');
    expect(page).toContain('Entered by staff');
    expect((await sam.get(`/referrals/${id}`)).body).toContain(`href="/referrals/${id}/matches"`);
    expect((await sam.get(`/referrals/${id}`)).body).toContain(`href="/children/${leo}"`);

    const [received] = await auditOf('referral.received', id);
    expect(received).toMatchObject({ actorId: people.sam!.id, recordType: 'referral' });
    expect((await auditOf('referral.read', id)).length).toBeGreaterThan(0);
  });

  it('names every field to correct, keeps what was typed, and stores nothing', async () => {
    const before = (await database.db.select({ id: referrals.id }).from(referrals)).length;
    const response = await postWithNeeds(
      await visitorFor('priya'),
      '/referrals/new',
      referralFormFields(northshire, {
        authorityId: '',
        childFirstName: '',
        childLastName: 'Hart',
        childDateOfBirth: '2027-01-01',
        siblingsCount: '2',
        siblingsAges: '4',
        careType: '',
        neededBy: '2026-11-01',
        schoolLatitude: '53.8',
        socialWorkerName: '',
        socialWorkerEmail: 'joanne at council',
        childId: leo,
      }),
      ['attachment', 'flying'],
    );
    expect(response.statusCode).toBe(400);
    const page = pageText(response.body);
    for (const message of [
      'Choose the local authority that referred the child',
      'Enter the child’s first name',
      'The date of birth cannot be in the future',
      'Enter 2 ages of the brothers and sisters, separated by commas',
      'Choose the kind of care the child needs',
      'The date a home is needed by cannot be in the past',
      'Choose the child’s needs from the list',
      'Enter the longitude too, or leave both latitude and longitude blank',
      'Enter the name of the child’s social worker',
      'Enter the social worker’s email address like name@council.gov.uk, or leave it blank',
    ]) {
      expect(page).toContain(message);
    }
    expect(page).toContain('There is a problem');
    expect(response.body).toContain('value="Hart"');
    expect(response.body).toContain('value="joanne at council"');
    expect(response.body).toMatch(/value="attachment"[^>]*checked/);
    expect(response.body).toContain('href="#field-childFirstName"');
    expect((await database.db.select({ id: referrals.id }).from(referrals)).length).toBe(before);
  });

  it('does not let Sam link a child he cannot see', async () => {
    const zed = await buildChild(database.db, { firstName: 'Zed', lastName: 'Other' });
    const response = await postWithNeeds(
      await visitorFor('sam'),
      '/referrals/new',
      referralFormFields(northshire, { childId: zed }),
      [],
    );
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain(
      'Choose the child from the list, or “Not known to us”',
    );
  });
});

describe('the list of referrals', () => {
  it('shows Sara every referral, newest first, and filters by status', async () => {
    const sara = await visitorFor('sara');
    const page = pageText((await sara.get('/referrals')).body);
    expect(page).toContain('Mia P., 9');
    expect(page).toContain('Northshire County Council');
    expect(page).toContain('Planned');
    expect(page.indexOf('Ellie S., 10')).toBeLessThan(page.indexOf('Mia P., 9'));

    const declined = await sara.get('/referrals?status=declined');
    expect(pageText(declined.body)).toContain('There are no referrals to show.');
    expect(declined.body).toContain('<option value="declined" selected');

    const wrong = await sara.get('/referrals?status=lost');
    expect(wrong.statusCode).toBe(400);
    expect(pageText(wrong.body)).toContain('Choose a status from the list');
    expect((await auditOf('referral.list', null)).some((e) => e.actorId === people.sara!.id)).toBe(
      true,
    );
  });
});

describe('who may see referrals', () => {
  it.each(['asha', 'lena', 'noah', 'tom'])(
    '%s is refused the list and the form, and told a referral does not exist',
    async (key) => {
      const visitor = await visitorFor(key);
      expect((await visitor.get('/referrals')).statusCode).toBe(403);
      expect((await visitor.get('/referrals/new')).statusCode).toBe(403);
      expect((await visitor.get(`/referrals/${miaReferral}`)).statusCode).toBe(404);
      expect((await visitor.get(`/referrals/${miaReferral}/edit`)).statusCode).toBe(404);
      expect((await visitor.get(`/referrals/${miaReferral}/respond`)).statusCode).toBe(404);
      const refused = await auditOf('referral.read', miaReferral);
      expect(refused.some((e) => e.actorId === people[key]!.id && e.outcome === 'refused')).toBe(
        true,
      );
    },
  );

  it('Asha, whose household has been asked about Mia, still reads the offer elsewhere, not here', async () => {
    await database.db
      .insert(placementOffers)
      .values({ referralId: miaReferral, householdId: oak, sharedBy: people.sam!.id });
    expect((await (await visitorFor('asha')).get(`/referrals/${miaReferral}`)).statusCode).toBe(
      404,
    );
    await database.db.delete(placementOffers).where(eq(placementOffers.referralId, miaReferral));
  });

  it('answers “not found” for an address that is not a referral', async () => {
    expect((await (await visitorFor('priya')).get('/referrals/R-2026-0001')).statusCode).toBe(404);
  });
});

describe('a referral’s page and changes to it', () => {
  it('Priya corrects a detail; the trail names only the field that changed', async () => {
    const priya = await visitorFor('priya');
    const form = await priya.get(`/referrals/${miaReferral}/edit`);
    expect(form.body).toContain('value="Price"');
    const fields = referralFormFields(northshire, {
      authorityReference: 'NCC-1',
      childFirstName: 'Mia',
      childLastName: 'Price',
      childDateOfBirth: '2017-03-14',
      childGender: 'Girl',
      childLanguages: 'English',
      careType: 'long_term',
      urgency: 'planned',
      neededBy: '',
      needsSummary: 'Mia loves drawing and swimming.',
      schoolName: 'Northfield Primary School',
      schoolAreaId: northfield,
      avoidAreaId: eastbrook,
      socialWorkerEmail: '',
      socialWorkerPhone: '',
    });
    const response = await postWithNeeds(priya, `/referrals/${miaReferral}/edit`, fields, [
      'attachment',
    ]);
    expect(response.statusCode).toBe(303);
    expect(pageText((await priya.get(`/referrals/${miaReferral}`)).body)).toContain(
      'Mia loves drawing and swimming.',
    );
    const [updated] = await auditOf('referral.updated', miaReferral);
    expect(updated!.fields).toEqual(['needs_summary']);
  });

  it('Sam declines a referral with a reply; the page shows it and offers no “Find a home”', async () => {
    const id = await buildReferral(database.db, northshire, { childFirstName: 'Ivy' });
    const sam = await visitorFor('sam');
    const empty = await sam.post(`/referrals/${id}/respond`, { status: 'declined', response: '' });
    expect(empty.statusCode).toBe(400);
    expect(pageText(empty.body)).toContain('Write what the local authority will read');

    const sneaky = await sam.post(`/referrals/${id}/respond`, {
      status: 'placed',
      response: 'Placed!',
    });
    expect(sneaky.statusCode).toBe(400);
    expect(pageText(sneaky.body)).toContain('Offered and placed are set when the child is offered');

    const response = await sam.post(`/referrals/${id}/respond`, {
      status: 'declined',
      response: 'We have no household with room for Ivy this month.',
    });
    expect(response.statusCode).toBe(303);
    const page = await sam.get(`/referrals/${id}`);
    expect(pageText(page.body)).toContain('Status Declined');
    expect(pageText(page.body)).toContain('We have no household with room for Ivy this month.');
    expect(page.body).not.toContain('/matches');
    const [responded] = await auditOf('referral.responded', id);
    expect(responded).toMatchObject({ actorId: people.sam!.id });
    expect(responded!.fields).toEqual(['status', 'response']);
  });

  it('keeps a placed referral placed, while its reply can still change', async () => {
    const id = await buildReferral(database.db, northshire, { childFirstName: 'Uma' });
    await database.db.update(referrals).set({ status: 'placed' }).where(eq(referrals.id, id));
    const priya = await visitorFor('priya');
    const form = pageText((await priya.get(`/referrals/${id}/respond`)).body);
    expect(form).toContain('Placed (stays as it is)');
    expect(form).not.toContain('Declined: we cannot offer a home');
    expect(
      (await priya.post(`/referrals/${id}/respond`, { status: 'withdrawn', response: 'x' }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await priya.post(`/referrals/${id}/respond`, {
          status: 'placed',
          response: 'Uma moved in.',
        })
      ).statusCode,
    ).toBe(303);
  });
});
