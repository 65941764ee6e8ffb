import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { informationEvents } from '../../src/core/db/tables.ts';
import {
  becomeSignedInAs,
  expectNoAxeViolations,
  expectNoPageProblems,
  expectNoSidewaysScroll,
  expectTouchTargets,
  screenshot,
  startBrowserWorld,
  useViewport,
  visit,
  type BrowserWorld,
} from '../support/browser.ts';
import { buildArea, buildUser, type TestUser } from '../support/factories.ts';

// Five people on their phones (375 px wide) each take a first step towards fostering, one way
// each. Every page they see, and every problem they are shown, is checked with axe-core. They all
// use one browser, so they share one address: five forms is as many as it may send in ten minutes.

let world: BrowserWorld;
let page: Page;
let officer: TestUser;
let eventId: string;

// The form was sent faster than a person could fill it in; a person waits this long anyway.
const A_PERSONS_PAUSE_MS = 3200;

beforeAll(async () => {
  world = await startBrowserWorld(async (database) => {
    const areaId = await buildArea(database.db, 'Northfield');
    officer = await buildUser(database.db, { role: 'recruitment_officer', name: 'Rory Recruiter' });
    const startsAt = new Date(Date.now() + 9 * 24 * 60 * 60 * 1000);
    const [event] = await database.db
      .insert(informationEvents)
      .values({
        title: 'Fostering information evening',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 90 * 60 * 1000),
        isOnline: false,
        venue: 'Northfield Community Centre, 14 Mill Lane',
        areaId,
        capacity: 4,
        description: 'Meet two of our carers and ask anything you like.',
      })
      .returning({ id: informationEvents.id });
    eventId = event!.id;
  });
  page = await world.newPage();
  await useViewport(page, 'phone');
});

afterAll(async () => {
  await world?.close();
});

/** The page as it is now: no accessibility problems, nothing sideways, controls big enough. */
async function expectWellMade(name?: string): Promise<void> {
  await expectNoAxeViolations(page);
  await expectNoSidewaysScroll(page);
  await expectTouchTargets(page);
  if (name) await screenshot(page, `get-in-touch-${name}-phone`);
}

/** Sends the form with its main button and waits for the page that answers. */
async function send(button: string, answerStatus: number): Promise<void> {
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: button }).click(),
  ]);
  expectNoPageProblems(page, answerStatus >= 400 ? [answerStatus] : []);
}

/** Sends a form at once (too fast), then empty after a pause, checking both problem pages. */
async function showProblems(button: string, name: string): Promise<void> {
  await send(button, 400);
  await expect(page.locator('.error-summary').textContent()).resolves.toContain(
    'This form was sent faster than a person could fill it in.',
  );
  await expectWellMade(`${name}-too-fast`);
  await page.waitForTimeout(A_PERSONS_PAUSE_MS);
  await send(button, 400);
  await expect(page.locator('.error-summary').textContent()).resolves.toContain(
    'There is a problem',
  );
  await expectWellMade(`${name}-errors`);
}

async function fill(fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    await page.getByLabel(label, { exact: true }).fill(value);
  }
}

/** Waits as a person would, sends the form, and checks the confirmation page it leads to. */
async function sendForReal(button: string, heading: string, name: string): Promise<void> {
  await page.waitForTimeout(A_PERSONS_PAUSE_MS);
  await send(button, 200);
  expect(new URL(page.url()).pathname).toBe('/get-in-touch/sent');
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(heading);
  await expect(page.locator('main').textContent()).resolves.toMatch(/ENQ-\d{5}/);
  await expectWellMade(name);
}

describe('Five people get in touch on their phones', () => {
  it('Sam asks to be called back on a Saturday morning', async () => {
    await visit(page, '/get-in-touch/call-back');
    await expectWellMade('call-back');
    await showProblems('Ask for a call back', 'call-back');
    await fill({
      'First name': 'Sam',
      'Last name': 'Rivers',
      'Email address': 'sam@example.org',
      'Phone number': '07700 900123',
    });
    await page.getByLabel('Saturday').check();
    await page.getByLabel('Morning (9am to 12 noon)').check();
    await sendForReal('Ask for a call back', 'We will call you back', 'call-back-sent');
  });

  it('Priya asks for the information pack by post, and fixes her postcode', async () => {
    await visit(page, '/get-in-touch/information-pack');
    await expectWellMade();
    await showProblems('Send me a pack', 'information-pack');
    await fill({
      'First name': 'Priya',
      'Last name': 'Shah',
      'Email address': 'priya@example.org',
    });
    await page.getByLabel('By post').check();
    await fill({
      'Address line 1': '7 Orchard Row',
      'Town or city': 'Northfield',
      Postcode: '12345',
    });
    await page.waitForTimeout(A_PERSONS_PAUSE_MS);
    await send('Send me a pack', 400);
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(
      'Enter a UK postcode, like BW1 2AF',
    );
    await expectWellMade();
    await fill({ Postcode: 'bw1 2af' });
    await sendForReal(
      'Send me a pack',
      'Your information pack is on its way',
      'information-pack-sent',
    );
  });

  it('Jo sends a message, with a script tag that stays just text', async () => {
    await visit(page, '/get-in-touch/enquiry');
    await expectWellMade();
    await showProblems('Send message', 'enquiry');
    await fill({
      'First name': 'Jo',
      'Last name': 'Malik',
      'Email address': 'jo@example.org',
      Postcode: 'M1 1AE',
      'Your message': 'We rent a flat. <script>alert(1)</script> Could we still foster?',
    });
    await page.getByLabel('How did you hear about us? (optional)').selectOption('social_media');
    await sendForReal('Send message', 'Your message has been sent', 'enquiry-sent');
  });

  it('Lee books two places at an information evening, which then has two left', async () => {
    await visit(page, '/get-in-touch/events');
    await expectWellMade('events');
    await expect(page.locator('main').textContent()).resolves.toContain('Only 4 places left');
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('link', { name: 'Fostering information evening' }).click(),
    ]);
    expect(new URL(page.url()).pathname).toBe(`/get-in-touch/events/${eventId}`);
    await expectWellMade('event');
    await showProblems('Book my place', 'event');
    await fill({ 'First name': 'Lee', 'Last name': 'Okoro', 'Email address': 'lee@example.org' });
    await page.getByLabel('How many places do you need?').selectOption('2');
    await sendForReal('Book my place', 'Your place is booked', 'event-sent');
    await visit(page, '/get-in-touch/events');
    await expect(page.locator('main').textContent()).resolves.toContain('Only 2 places left');
  });

  it('Kai does the quick check, reads the advice, and leaves details', async () => {
    await visit(page, '/get-in-touch/eligibility');
    await expectWellMade('eligibility');
    await send('See what my answers mean', 400);
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(
      'Choose whether you are 21 or over',
    );
    await expectWellMade('eligibility-errors');
    const answer = async (question: string, option: string) =>
      page.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
    await answer('Are you 21 or over?', 'Yes');
    await answer('Do you have a spare bedroom?', 'No');
    await answer('Do you have the right to live in the UK long term?', 'Yes');
    await answer(
      'Is your health good enough to look after a child, day and night?',
      'I am not sure',
    );
    await answer('Who lives with you?', 'Just me');
    await send('See what my answers mean', 200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'You may not be able to foster just yet',
    );
    await expect(page.locator('main').textContent()).resolves.toContain(
      'needs a spare bedroom of their own',
    );
    await expectWellMade('eligibility-advice');
    await fill({
      'First name': 'Kai',
      'Last name': 'Evans',
      'Email address': 'kai@example.org',
      Postcode: 'EC1A 1BB',
    });
    await sendForReal('Send my details', 'Thank you for leaving your details', 'eligibility-sent');
  });

  it('a sixth form from the same address in ten minutes is paused, kindly, with what was typed kept', async () => {
    await visit(page, '/get-in-touch/call-back');
    await fill({
      'First name': 'Ash',
      'Last name': 'Green',
      'Email address': 'ash@example.org',
      'Phone number': '07700 900789',
    });
    await page.getByLabel('Monday').check();
    await page.getByLabel('Evening (5pm to 8pm)').check();
    await page.waitForTimeout(A_PERSONS_PAUSE_MS);
    await send('Ask for a call back', 429);
    await expect(page.locator('.error-summary').textContent()).resolves.toContain(
      'Several forms have been sent from your connection',
    );
    await expect(page.getByLabel('Email address').inputValue()).resolves.toBe('ash@example.org');
    await expectWellMade('rate-limited');
  });
});

describe('Rory runs the information events', () => {
  it('sees the events, who has booked, and the form to add one', async () => {
    await becomeSignedInAs(world, officer);
    await visit(page, '/recruitment/events');
    await expect(page.locator('main').textContent()).resolves.toContain('2 of 4');
    await expectWellMade('staff-events');
    await visit(page, `/recruitment/events/${eventId}`);
    await expect(page.locator('main').textContent()).resolves.toContain('Lee Okoro');
    await expectWellMade('staff-event');
    await visit(page, '/recruitment/events/new');
    await send('Add event', 400);
    await expectWellMade('staff-event-errors');
  });
});
