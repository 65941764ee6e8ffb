import { desc, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/core/db/connect.ts';
import { areas, mailOutbox } from '../../src/core/db/tables.ts';
import { buildAuthority } from '../../src/features/referrals/test-kit.ts';
import {
  expectNoAxeViolations,
  expectNoPageProblems,
  expectNoSidewaysScroll,
  expectTouchTargets,
  screenshot,
  signInAs,
  signOut,
  startBrowserWorld,
  useViewport,
  visit,
  type BrowserWorld,
} from '../support/browser.ts';
import { addCarer, buildHousehold, buildUser, type TestUser } from '../support/factories.ts';

// Hannah, a supervising social worker, takes a referral for Ruby, 9, who needs a long-term home
// and finds it hard to trust adults. Matching ranks the agency's households; she compares two and
// shares Ruby's information with the Brooks, who are ranked second. Fran Brook reads it all and
// says yes. Hannah records the decision, and because the Brooks are not ranked first she must
// say why. Ruby moves in. Fran writes her first daily log on her phone, then reports an incident;
// Hannah reads it, comments and acknowledges it, and Fran sees the comment. Every page on the way
// is checked with axe-core.
const CHILD = { firstName: 'Ruby', lastName: 'Hart', dateOfBirth: '2017-06-15' };
const AUTHORITY = 'Northshire County Council';
const ASHBY = 'The Ashby household';
const BROOK = 'The Brook household';
const CARTER = 'The Carter household';
const DALE = 'The Dale household';
/** Today, as the agency's pages write it. */
const TODAY_WORDS = DateTime.now()
  .setZone('Europe/London')
  .setLocale('en-GB')
  .toLocaleString(DateTime.DATE_FULL);

type Journey = {
  worker: TestUser;
  fran: TestUser;
};

let world: BrowserWorld;
let people: Journey;
let page: Page;
/** Ruby's referral, once Hannah has saved it. */
let referralId: string;
/** Ruby's record, once she is placed. */
let childId: string;
/** The incident Fran reports. */
let incidentPath: string;

beforeAll(async () => {
  world = await startBrowserWorld(async (database) => {
    people = await seedAgency(database.db);
  });
  page = await world.newPage();
  await useViewport(page, 'desktop');
}, 120_000);

afterAll(async () => {
  await world?.close();
});

async function areaAt(db: Db, name: string, latitude: number, longitude: number): Promise<string> {
  const [row] = await db
    .insert(areas)
    .values({ name, latitude, longitude })
    .returning({ id: areas.id });
  return row!.id;
}

/**
 * Four approved households Hannah supervises, each with a carer who can sign in. The Ashbys live
 * in Northfield, by Ruby's school, and know attachment difficulties; the Brooks know them too but
 * live in Riverside, some kilometres off; the Carters, further still, have not cared for a child
 * with these needs; the Dales are approved for short breaks only, so they cannot be matched.
 */
async function seedAgency(db: Db): Promise<Journey> {
  await buildAuthority(db, AUTHORITY);
  const northfield = await areaAt(db, 'Northfield', 52.41, -1.89);
  const riverside = await areaAt(db, 'Riverside', 52.47, -1.95);
  const eastbrook = await areaAt(db, 'Eastbrook', 52.55, -1.7);
  const worker = await buildUser(db, {
    role: 'supervising_social_worker',
    name: 'Hannah Kowalski',
  });
  const profile = {
    status: 'approved' as const,
    careTypes: ['long_term' as const, 'short_term' as const],
    ageFrom: 5,
    ageTo: 14,
    maxChildren: 2,
    supervisingWorkerId: worker.id,
    languages: ['English'],
  };
  const homes = [
    { name: ASHBY, areaId: northfield, at: [52.412, -1.888], skills: ['attachment', 'trauma'] },
    { name: BROOK, areaId: riverside, at: [52.47, -1.95], skills: ['attachment'] },
    { name: CARTER, areaId: eastbrook, at: [52.55, -1.7], skills: ['behaviour'] },
  ] as const;
  const carers: TestUser[] = [];
  for (const home of homes) {
    const householdId = await buildHousehold(db, {
      ...profile,
      name: home.name,
      areaId: home.areaId,
      latitude: home.at[0],
      longitude: home.at[1],
      skills: [...home.skills],
    });
    const surname = home.name.split(' ')[1]!;
    const carer = await buildUser(db, { role: 'foster_carer', name: `Fran ${surname}` });
    await addCarer(db, householdId, carer);
    carers.push(carer);
  }
  await buildHousehold(db, {
    ...profile,
    name: DALE,
    areaId: northfield,
    careTypes: ['short_break'],
  });
  return { worker, fran: carers[1]! };
}

/**
 * Sends the form whose button this is, and waits for the page it leads to; a form sent back with
 * its problems answers 400, which is allowed only when said.
 */
async function press(button: string, allowedStatuses: number[] = []): Promise<void> {
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: button }).first().click(),
  ]);
  expectNoPageProblems(page, allowedStatuses);
}

/** Follows a link by its name, and waits for the page it leads to. */
async function follow(link: string | RegExp): Promise<void> {
  await Promise.all([
    page.waitForEvent('load'),
    page
      .getByRole('link', { name: link, exact: typeof link === 'string' })
      .first()
      .click(),
  ]);
  expectNoPageProblems(page);
}

async function expectHeading(text: string): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(text);
}

async function expectFlash(text: string): Promise<void> {
  await expect(page.getByRole('status').first().textContent()).resolves.toContain(text);
}

async function mainText(): Promise<string> {
  return (await page.locator('main').textContent()) ?? '';
}

function pathOf(url: string): string {
  return new URL(url).pathname;
}

/** Checks the page for a phone: axe, nothing to scroll sideways, and big enough targets. */
async function expectFitsPhone(): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await expectTouchTargets(page);
}

describe('A child’s journey from referral to home, and the first days’ records', () => {
  it('Hannah enters a referral for Ruby and finds it on the referrals list', async () => {
    await signInAs(page, people.worker);
    await follow('Referrals');
    await expectHeading('Referrals');
    await expectNoAxeViolations(page);

    await follow(/Enter a referral/);
    await expectHeading('Enter a referral');
    await expectNoAxeViolations(page);
    await page.getByLabel('Local authority').selectOption({ label: AUTHORITY });
    await page.getByLabel('First name').fill(CHILD.firstName);
    await page.getByLabel('Last name').fill(CHILD.lastName);
    await page.getByLabel('Date of birth').fill(CHILD.dateOfBirth);
    await page.getByLabel('Kind of care').selectOption({ label: 'Long-term care' });
    await page.getByLabel(/Finds it hard to trust adults/).check();
    await page
      .getByLabel('In a few sentences (optional)')
      .fill('Ruby has moved three times this year. She needs time, patience and a calm home.');
    await page.getByLabel('School (optional)').fill('Northfield Primary School');
    await page.getByLabel('The school’s area').selectOption({ label: 'Northfield' });
    await page.getByLabel('Name', { exact: true }).fill('Joanne Whitfield');
    await press('Save the referral');
    await expectHeading('Referral for Ruby H., 9');
    await expectFlash('is saved.');
    referralId = pathOf(page.url()).split('/')[2]!;
    await expectNoAxeViolations(page);

    await follow('Referrals');
    const row = page.getByRole('row').filter({ hasText: 'Ruby H., 9' });
    await expect(row.textContent()).resolves.toContain('Long-term care');
    await expect(row.textContent()).resolves.toContain(AUTHORITY);
    await expectNoAxeViolations(page);
    await follow('Ruby H., 9');
  }, 60_000);

  it('she finds a home: the households ranked, each factor explained, two compared', async () => {
    await follow('Find a home');
    await expectHeading('Homes for Ruby');
    const ranked = page.getByRole('heading', { name: /households fit the terms of approval/ });
    await expect(ranked.textContent()).resolves.toBe('3 households fit the terms of approval');
    const names = await page.locator('ol.list-plain > li h3').allTextContents();
    expect(names).toEqual([`1. ${ASHBY}`, `2. ${BROOK}`, `3. ${CARTER}`]);
    // Every factor is explained, with the points it gave.
    const ashby = page.locator('ol.list-plain > li').filter({ hasText: ASHBY });
    await ashby.getByText(/^Why \d+: each factor$/).click();
    const factors = ashby.getByRole('table', { name: `How ${ASHBY} scores` });
    for (const factor of ['Needs and skills', 'Attachment experience', 'Near school']) {
      await expect(factors.textContent()).resolves.toContain(factor);
    }
    await expect(factors.textContent()).resolves.toContain('from Northfield Primary School');
    // The Dales cannot be matched, and the page says why.
    await expect(mainText()).resolves.toContain(DALE);
    await expect(mainText()).resolves.toContain('Not approved for long-term care');
    await expectNoAxeViolations(page);
    await screenshot(page, 'placements-ranked-households');

    await page.getByLabel(`Compare ${ASHBY}`).check();
    await page.getByLabel(`Compare ${BROOK}`).check();
    await press('Compare the households you ticked');
    await expectHeading('Compare homes for Ruby');
    const table = page.getByRole('table', { name: /2 households side by side/ });
    const headings = await table.getByRole('columnheader').allTextContents();
    expect(headings.filter(Boolean)).toEqual([ASHBY, BROOK]);
    const ranks = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Rank' }) });
    await expect(ranks.getByRole('cell').allTextContents()).resolves.toEqual(['1', '2']);
    await expectNoAxeViolations(page);
    await screenshot(page, 'placements-compare');
  }, 60_000);

  it('she shares Ruby’s information with the Brooks, ranked second', async () => {
    await press(`Share the child’s information with ${BROOK}`);
    await expectHeading('Homes for Ruby');
    await expectFlash(`The child’s information is shared with ${BROOK}.`);
    const asked = page.getByRole('table', { name: 'Households considered for Ruby' });
    await expect(
      asked.getByRole('row').filter({ hasText: BROOK }).textContent(),
    ).resolves.toContain('Asked, waiting for an answer');
    await expectNoAxeViolations(page);
    await signOut(page);
  }, 60_000);

  it('Fran Brook follows the email, reads everything about Ruby and says yes', async () => {
    const [email] = await world.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, people.fran.email))
      .orderBy(desc(mailOutbox.createdAt));
    expect(email?.subject).toBe('A child needs a home: could you help?');
    expect(email?.textBody).not.toContain('Hart');
    const link = /http:\/\/127\.0\.0\.1:\d+(\/offers\/[\w-]+)/.exec(email!.textBody)!;

    await visit(page, link[1]!);
    expect(pathOf(page.url())).toBe('/sign-in');
    await page.getByLabel('Email address').fill(people.fran.email);
    await page.getByLabel('Password').fill(people.fran.password);
    await press('Sign in');
    await expectHeading('Ruby needs a home');
    const text = await mainText();
    expect(text).toContain('Ruby Hart');
    expect(text).toContain('Long-term care');
    expect(text).toContain('Finds it hard to trust adults');
    expect(text).toContain('Ruby has moved three times this year.');
    expect(text).toContain('Joanne Whitfield');
    expect(text).toContain('Northfield Primary School');
    await expectNoAxeViolations(page);

    await page.getByLabel('Yes, we would like to care for Ruby').check();
    await page
      .getByLabel('Anything you would like us to know (optional)')
      .fill('We would love to meet her first, at the park she likes.');
    await press('Send our answer');
    await expectFlash('We have your yes');
    await expectNoAxeViolations(page);
    await follow('Children we have asked you about');
    const row = page.getByRole('row').filter({ hasText: 'Ruby' });
    await expect(row.textContent()).resolves.toContain('You said yes');
    await expectNoAxeViolations(page);
    await signOut(page);
  }, 60_000);

  it('Hannah records the decision, says why not the first, and Ruby is placed', async () => {
    await signInAs(page, people.worker);
    await visit(page, `/referrals/${referralId}/matches`);
    const asked = page.getByRole('table', { name: 'Households considered for Ruby' });
    await expect(
      asked.getByRole('row').filter({ hasText: BROOK }).textContent(),
    ).resolves.toContain('Said yes');
    await follow('Record the decision');
    await expectHeading('Choose a home for Ruby');
    await expectNoAxeViolations(page);

    await page.getByLabel(new RegExp(`^${BROOK}: ranked 2`)).check();
    await page
      .getByLabel('Why is this the right home for Ruby?')
      .fill('Fran has cared for children who find trust hard, and Ruby met her and liked her.');
    await press('Record the decision and place Ruby', [400]);
    await expectHeading('Choose a home for Ruby');
    const summary = page.locator('.error-summary');
    await expect(summary.textContent()).resolves.toContain(
      `Say why you did not choose the household ranked first, ${ASHBY}`,
    );
    await expect(page.title()).resolves.toMatch(/^Error: /);
    await expectNoAxeViolations(page);

    await page
      .getByLabel('Why not the household ranked first?')
      .fill('The Ashbys have a new baby due; Ruby needs all of a carer’s time just now.');
    await press('Record the decision and place Ruby');
    await expectHeading('Ruby Hart');
    await expectFlash('The decision is recorded and the placement has started.');
    childId = pathOf(page.url()).split('/')[2]!;
    expect(pathOf(page.url())).toBe(`/children/${childId}/placements`);
    await expect(
      page.getByRole('link', { name: 'Homes and plans' }).getAttribute('aria-current'),
    ).resolves.toBe('page');
    const home = page.locator('section').filter({ has: page.getByText('Where Ruby lives now') });
    await expect(home.textContent()).resolves.toContain(BROOK);
    await expect(home.textContent()).resolves.toContain('Long-term care');
    await expect(mainText()).resolves.toContain('Placement plan');
    await expectNoAxeViolations(page);
    await screenshot(page, 'placements-homes-and-plans');

    // The referral is closed as placed; the local authority sees the date, never the household.
    await visit(page, `/referrals/${referralId}`);
    await expect(mainText()).resolves.toContain(`Placed from ${TODAY_WORDS} (long-term care).`);
    await expect(page.getByRole('link', { name: 'Find a home' }).count()).resolves.toBe(0);
    await signOut(page);
  }, 60_000);

  it('on her phone, Fran writes today’s daily log, and a draft survives a reload', async () => {
    await useViewport(page, 'phone');
    await signInAs(page, people.fran);
    await follow('Daily records');
    await expectHeading('Daily records');
    await expect(mainText()).resolves.toContain('Not written yet today');
    await expectFitsPhone();

    await follow('Write today’s record for Ruby');
    await expectHeading('Write about Ruby');
    await expect(mainText()).resolves.toContain(
      'Ruby came to live with you today, so a record can only be for today.',
    );
    await expectFitsPhone();
    await page.getByLabel('Daily log', { exact: true }).check();
    const body = page.getByLabel('What happened?');
    await body.fill('Ruby unpacked her things and chose the blue duvet.');
    // The connection drops, or the page is reloaded: what Fran typed comes back.
    await Promise.all([page.waitForEvent('load'), page.reload()]);
    expectNoPageProblems(page);
    const notice = page
      .getByRole('status')
      .filter({ hasText: 'We restored what you were writing' });
    await expect.poll(() => notice.count()).toBe(1);
    await expect(body.inputValue()).resolves.toBe(
      'Ruby unpacked her things and chose the blue duvet.',
    );
    await expect(page.getByLabel('Daily log', { exact: true }).isChecked()).resolves.toBe(true);
    await expectFitsPhone();
    await screenshot(page, 'placements-daily-log-form-phone');

    await page.getByLabel('A good day').check();
    await page.getByLabel('Food', { exact: true }).check();
    await body.fill(
      'Ruby unpacked her things and chose the blue duvet. She ate all her tea and asked for more.',
    );
    await press('Save the record');
    await expectHeading(`Daily log: Ruby Hart, ${TODAY_WORDS}`);
    await expectFlash('The record is saved.');
    await expectFitsPhone();

    // Saved, the draft is gone: a new record starts empty.
    await visit(page, `/children/${childId}/daily-records/new`);
    await expect(body.inputValue()).resolves.toBe('');
    await expect(page.getByText('We restored what you were writing').count()).resolves.toBe(0);
  }, 60_000);

  it('Fran reports a notifiable incident from her phone', async () => {
    await follow('Daily records');
    await expect(mainText()).resolves.toContain('Today’s log is written');
    await follow('Write another record for Ruby');
    await page.getByLabel('Notifiable incident', { exact: true }).check();
    await page.getByLabel('A hard day').check();
    await page.getByLabel('Health', { exact: true }).check();
    await page
      .getByLabel('What happened?')
      .fill(
        'Ruby fell from the climbing frame at the park and hurt her wrist. We went to A&E; it is a sprain, not a break.',
      );
    await expectFitsPhone();
    await press('Save the record');
    await expectHeading(`Notifiable incident: Ruby Hart, ${TODAY_WORDS}`);
    await expectFlash('The record is saved. Hannah Kowalski has been told.');
    await expect(mainText()).resolves.toContain('Not yet acknowledged');
    incidentPath = pathOf(page.url());
    await expectFitsPhone();
    await signOut(page);
  }, 60_000);

  it('Hannah reads the incident from her home page, comments and acknowledges it', async () => {
    await useViewport(page, 'desktop');
    await signInAs(page, people.worker);
    const card = page.locator('.card').filter({ hasText: 'Events and incidents to acknowledge' });
    await expect(card.textContent()).resolves.toContain(`Ruby Hart, ${TODAY_WORDS}`);
    await expectNoAxeViolations(page);

    await follow('Reports to read');
    await expectHeading('Events and incidents not yet acknowledged');
    const row = page.getByRole('row').filter({ hasText: 'Ruby Hart' });
    await expect(row.textContent()).resolves.toContain('Notifiable incident');
    await expect(row.textContent()).resolves.toContain(BROOK);
    await expectNoAxeViolations(page);
    await follow('Read and acknowledge the record about Ruby Hart');
    expect(pathOf(page.url())).toBe(incidentPath);
    await expect(mainText()).resolves.toContain('hurt her wrist');
    await expectNoAxeViolations(page);

    await page
      .getByLabel('Your comment')
      .fill('Thank you, Fran. I have told Ruby’s social worker. Please keep the discharge letter.');
    await press('Add the comment');
    await expectFlash('Your comment is added.');
    await press('Acknowledge this notifiable incident');
    await expectFlash('Acknowledged: the carers can see you have read it.');
    await expect(mainText()).resolves.toContain('Acknowledged by Hannah Kowalski');
    await expectNoAxeViolations(page);

    await follow('Reports to read');
    await expect(page.getByRole('row').filter({ hasText: 'Ruby Hart' }).count()).resolves.toBe(0);
    await signOut(page);
  }, 60_000);

  it('Fran sees Hannah’s comment on what she wrote', async () => {
    await useViewport(page, 'phone');
    await signInAs(page, people.fran);
    await follow('Daily records');
    await follow('Everything you have written');
    await expectHeading('What you have written');
    const incident = page.locator('article').filter({ hasText: 'Notifiable incident' });
    await expect(incident.textContent()).resolves.toContain('I have told Ruby’s social worker.');
    await expectFitsPhone();
    await Promise.all([page.waitForEvent('load'), incident.getByRole('link').first().click()]);
    expectNoPageProblems(page);
    expect(pathOf(page.url())).toBe(incidentPath);
    const comments = page.getByRole('list', { name: 'Comments' });
    await expect(comments.textContent()).resolves.toContain('Hannah Kowalski');
    await expect(comments.textContent()).resolves.toContain('I have told Ruby’s social worker.');
    await expect(mainText()).resolves.toContain('Acknowledged by Hannah Kowalski');
    await expectFitsPhone();
  }, 60_000);
});
