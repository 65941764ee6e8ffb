import { desc, eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailOutbox, users } from '../../src/core/db/tables.ts';
import { recordEnquiry } from '../../src/features/recruitment/index.ts';
import {
  expectNoAxeViolations,
  expectNoPageProblems,
  expectNoSidewaysScroll,
  expectTouchTargets,
  expectVisibleFocus,
  screenshot,
  seedEveryRole,
  signInAs,
  signOut,
  startBrowserWorld,
  useViewport,
  visit,
  type BrowserWorld,
  type EveryRoleWorld,
} from '../support/browser.ts';

// Rory, a recruitment officer, takes Olu Adebayo from the enquiry he sent on the website to the
// fostering panel; Morgan, the registered manager, approves him as the agency decision maker; Olu
// chooses his password from his welcome email and signs in as a foster carer. Every page on the
// way is checked with axe-core.
let world: BrowserWorld;
let family: EveryRoleWorld;
let page: Page;
let oluId: string;
const today = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  world = await startBrowserWorld(async (database) => {
    family = await seedEveryRole(database.db);
    const enquiry = await recordEnquiry(
      { actor: null, db: database.db, now: new Date(), request: { id: 'e2e', ip: '127.0.0.1' } },
      {
        kind: 'enquiry_form',
        firstName: 'Olu',
        lastName: 'Adebayo',
        email: 'olu.adebayo@example.com',
        phone: '07700 900456',
        postcode: 'NF1 2AB',
        answers: { message: 'We have a spare room and lots of love to give.' },
      },
    );
    oluId = enquiry.prospectiveCarerId;
  });
  page = await world.newPage();
});

afterAll(async () => {
  await world?.close();
});

/** Sends the form whose button this is, and waits for the page it leads to. */
async function press(button: string, expectedStatus = 200): Promise<void> {
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: button }).click(),
  ]);
  expectNoPageProblems(page, expectedStatus >= 400 ? [expectedStatus] : []);
}

async function expectHeading(text: string): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(text);
}

async function expectFlash(text: string): Promise<void> {
  await expect(page.getByRole('status').textContent()).resolves.toContain(text);
}

async function moveOn(to: string): Promise<void> {
  await press(`Move to ${to}`);
  await expectFlash(`Moved on to ${to}.`);
  await expectNoAxeViolations(page);
}

describe('From an enquiry to an approved foster carer', () => {
  it('the recruitment officer takes Olu to panel, step by step', async () => {
    await useViewport(page, 'desktop');
    await signInAs(page, family.users.recruitment_officer);
    await expect(page.locator('main').textContent()).resolves.toContain('Due today and overdue');
    await expect(page.locator('main').textContent()).resolves.toContain('Olu Adebayo');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Recruitment', exact: true }).click();
    await page.waitForURL('**/recruitment');
    await expectHeading('Recruitment');
    await expectNoAxeViolations(page);
    await expectTouchTargets(page);
    await expectVisibleFocus(page);
    await screenshot(page, 'recruitment-board-desktop');
    await page.getByRole('link', { name: 'table' }).click();
    await page.waitForURL('**/recruitment?view=table');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Olu Adebayo' }).click();
    await page.waitForURL(`**/recruitment/${oluId}`);
    await expectHeading('Olu Adebayo');
    await expect(page.locator('main').textContent()).resolves.toContain('Reply to the enquiry');
    await page.getByText('Why is this due?').first().click();
    await expect(page.locator('main').textContent()).resolves.toContain(
      'Reply within 1 working day',
    );
    await expectNoAxeViolations(page);

    // A note sent empty comes back with the problem, focus on the summary.
    await press('Add the note', 400);
    await expect(page.locator('.error-summary').textContent()).resolves.toContain('Enter the note');
    await expectNoAxeViolations(page);

    await page.getByLabel('Looked after by').selectOption({ label: 'Rory Recruiter' });
    await press('Save who looks after them');
    await expectFlash('Saved who looks after them.');
    await page.getByLabel('Next action').fill('Call back on Tuesday evening');
    await page.getByLabel('By when').fill(today);
    await press('Save the next action');
    await page.getByLabel('Add a note').fill('Lovely first call. Two teenagers at home.');
    await press('Add the note');
    await expectFlash('Added the note.');
    await expectNoAxeViolations(page);

    await moveOn('initial conversation');
    await moveOn('home visit');
    await page.getByLabel('Date of the application').fill(today);
    await moveOn('application');
    await moveOn('assessment stage 1');

    await page.getByRole('link', { name: 'Add an adult' }).click();
    await expectHeading('Add an adult');
    await expectNoAxeViolations(page);
    await page.getByLabel('First name').fill('Femi');
    await page.getByLabel('Last name').fill('Adebayo');
    await page.getByLabel('How they belong to the household').selectOption('joint_applicant');
    await press('Add the adult');
    await expectFlash('Added Femi Adebayo.');

    await page.getByRole('link', { name: 'Record a check' }).click();
    await expectHeading('Record a check');
    await expectNoAxeViolations(page);
    await page.getByLabel('Adult').selectOption({ label: 'Femi Adebayo' });
    await page.getByLabel('Check', { exact: true }).selectOption('dbs');
    await page.getByLabel('Came back on (leave empty while waiting)').fill(today);
    await page.getByLabel('Outcome').selectOption('satisfactory');
    await press('Record the check');
    await expectFlash('Recorded the check.');
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Update the report’s progress' }).click();
    await expectHeading('Assessment report progress');
    await expectNoAxeViolations(page);
    await page.getByLabel('Background and personal history').selectOption('complete');
    await press('Save the progress');
    await expectFlash('Saved the report’s progress.');
    await moveOn('assessment stage 2');
    await expectTouchTargets(page);
    await expectVisibleFocus(page);
    await screenshot(page, 'recruitment-record-desktop');
  }, 240_000);

  it('arranges a panel, which hears Olu and recommends approval', async () => {
    await page.getByRole('link', { name: 'panel meeting’s agenda' }).click();
    await page.waitForURL('**/recruitment/panels');
    await expectHeading('Panel meetings');
    await expectNoAxeViolations(page);
    await page.getByLabel('Date').fill(today);
    await page.getByLabel('Chair').fill('Dr Helen Marsh');
    await page
      .getByLabel('Members')
      .fill('Jo Patel, social work member\nAde Bello, foster carer member');
    await press('Arrange the meeting');
    await expectFlash('The meeting is arranged.');
    await expectNoAxeViolations(page);

    await page.getByLabel('Who the panel will hear').selectOption({ index: 0 });
    await press('Add to the agenda');
    await expectFlash('Added to the agenda.');
    await page.getByRole('link', { name: /Record the recommendation/ }).click();
    await expectHeading('Recommendation for Olu Adebayo');
    await expectNoAxeViolations(page);
    await page.getByLabel('Recommendation').selectOption('approve');
    await page.getByLabel('Reasons').fill('A warm, steady home with strong support from family.');
    await page.getByLabel('How many children, at most').fill('2');
    await page.getByLabel('Youngest age').fill('0');
    await page.getByLabel('Oldest age').fill('11');
    await page.getByLabel('Short-term care').check();
    await press('Record the recommendation');
    await expectFlash('Recorded the recommendation.');
    await expectNoAxeViolations(page);

    await visit(page, '/recruitment/dashboard');
    await expectHeading('Recruitment dashboard');
    await expect(
      page.locator('svg[role="img"]').first().getAttribute('aria-label'),
    ).resolves.toContain('How many people reached each stage');
    await expectNoAxeViolations(page);
    await screenshot(page, 'recruitment-dashboard-desktop');
    await useViewport(page, 'smallPhone');
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'recruitment-dashboard-smallPhone');
    await useViewport(page, 'desktop');
    await signOut(page);
  }, 120_000);

  it('the registered manager, as decision maker, approves Olu; he chooses a password and signs in', async () => {
    await signInAs(page, family.users.registered_manager);
    await visit(page, `/recruitment/${oluId}`);
    await expect(page.locator('main').textContent()).resolves.toContain('Make the agency decision');
    await page.getByRole('link', { name: 'Record the agency decision' }).click();
    await expectHeading('Agency decision for Olu Adebayo');
    await expectNoAxeViolations(page);
    await page.getByLabel('Decision', { exact: true }).selectOption('approve');
    await page.getByLabel('Reasons').fill('I agree with the panel’s recommendation.');
    await expect(page.getByLabel('How many children, at most').inputValue()).resolves.toBe('2');
    await page.getByLabel('Area').selectOption({ label: 'Northfield' });
    await page.getByLabel('Address').fill('4 Mill Lane');
    await page.getByLabel('Town').fill('Northfield');
    await press('Record the decision');
    await expectFlash('Approved. Their household is created');
    await expectNoAxeViolations(page);
    await signOut(page);

    const [welcome] = await world.database.db
      .select()
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, 'olu.adebayo@example.com'))
      .orderBy(desc(mailOutbox.createdAt));
    const link = /\/password-reset\/[A-Za-z0-9_-]{43}/.exec(welcome!.textBody)![0];
    await visit(page, link);
    await expectNoAxeViolations(page);
    await page.getByLabel('New password', { exact: true }).fill('our new family adventure');
    await page.getByLabel('New password again').fill('our new family adventure');
    await press('Change my password');

    await signInAs(page, {
      email: 'olu.adebayo@example.com',
      password: 'our new family adventure',
    });
    expect(new URL(page.url()).pathname).toBe('/home');
    await expect(page.locator('.header__role').textContent()).resolves.toBe('Foster carer');
    await expect(page.locator('main').textContent()).resolves.toContain('Adebayo household');
    await expectNoAxeViolations(page);
    const [account] = await world.database.db
      .select({ role: users.role })
      .from(users)
      .where(eq(users.email, 'olu.adebayo@example.com'));
    expect(account?.role).toBe('foster_carer');
    await signOut(page);
  }, 120_000);
});
