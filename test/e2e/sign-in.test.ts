import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../src/core/access/roles.ts';
import { sessions } from '../../src/core/db/tables.ts';
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

// What tells each person, at a glance, that this home page is theirs: the role named in the
// header, and something only their role's home shows.
const HOME_FOR: Record<Role, { roleLabel: string; shows: string }> = {
  administrator: { roleLabel: 'Administrator', shows: 'Active accounts by role' },
  registered_manager: { roleLabel: 'Registered manager', shows: 'The agency today.' },
  supervising_social_worker: {
    roleLabel: 'Supervising social worker',
    shows: 'You support 1 household',
  },
  training_coordinator: { roleLabel: 'Training coordinator', shows: 'Foster carers by area' },
  recruitment_officer: { roleLabel: 'Recruitment officer', shows: 'applying to foster' },
  foster_carer: { roleLabel: 'Foster carer', shows: 'Children at home now' },
  kinship_carer: { roleLabel: 'Kinship carer', shows: 'No children are living with you' },
  birth_parent: { roleLabel: 'Parent', shows: 'Together for Mia' },
  young_person: { roleLabel: 'Young person', shows: 'You live with Fran' },
};

const PICTURED_HOMES: Role[] = [
  'registered_manager',
  'foster_carer',
  'birth_parent',
  'young_person',
];

let world: BrowserWorld;
let family: EveryRoleWorld;
let page: Page;

beforeAll(async () => {
  world = await startBrowserWorld(async (database) => {
    family = await seedEveryRole(database.db);
  });
  page = await world.newPage();
});

afterAll(async () => {
  await world?.close();
});

describe('Each person signs in through the form and finds their own home page', () => {
  it.each(ROLES)('%s signs in, sees their home, and signs out', async (role) => {
    const user = family.users[role];
    await useViewport(page, 'smallPhone');
    await signInAs(page, user);

    expect(new URL(page.url()).pathname).toBe('/home');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe(`Hello, ${user.name.split(' ')[0]}`);
    await expect(page.locator('.header__role').textContent()).resolves.toBe(
      HOME_FOR[role].roleLabel,
    );
    await expect(page.locator('main').textContent()).resolves.toContain(HOME_FOR[role].shows);
    await expectNoAxeViolations(page);
    for (const screen of ['smallPhone', 'desktop'] as const) {
      await useViewport(page, screen);
      if (PICTURED_HOMES.includes(role)) await screenshot(page, `home-${role}-${screen}`);
      await expectNoSidewaysScroll(page);
      await expectTouchTargets(page);
    }
    await expectVisibleFocus(page);

    await signOut(page);
    await expect(page.getByRole('status').textContent()).resolves.toContain('You have signed out.');
    await visit(page, '/home');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });
});

describe('A family sees only what is theirs', () => {
  it('a birth parent is refused their child’s full record, and never learns of another child', async () => {
    await signInAs(page, family.users.birth_parent);

    await visit(page, `/children/${family.childId}`, 403);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'You cannot do that',
    );
    await expectNoAxeViolations(page);

    await visit(page, `/children/${family.otherChildId}`, 404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Page not found',
    );
    await signOut(page);
  });

  it('a carer sees the child who lives with them, but not another household or its child', async () => {
    await signInAs(page, family.users.foster_carer);

    await visit(page, `/children/${family.childId}`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Mia');

    await visit(page, `/children/${family.otherChildId}`, 404);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Page not found',
    );
    await visit(page, `/households/${family.otherHouseholdId}`, 404);
    await expect(page.locator('main').textContent()).resolves.not.toContain('Other household');
    await signOut(page);
  });
});

describe('The sign-in form helps when something is wrong', () => {
  it('with nothing filled in, lists both problems at the top and moves focus there', async () => {
    await useViewport(page, 'phone');
    await visit(page, '/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/sign-in');
    expectNoPageProblems(page, [400]);

    const summary = page.locator('.error-summary');
    await expect(summary.getByRole('heading').textContent()).resolves.toBe('There is a problem');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe(
      'error-summary',
    );
    const links = await summary
      .getByRole('link')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => [anchor.textContent, anchor.getAttribute('href')]),
      );
    expect(links).toEqual([
      ['Enter your email address', '#field-email'],
      ['Enter your password', '#field-password'],
    ]);
    await expect(page.title()).resolves.toMatch(/^Error: Sign in/);
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);

    await summary.getByRole('link', { name: 'Enter your password' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-password');
  });

  it('keeps the typed email address when only the password is missing', async () => {
    await visit(page, '/sign-in');
    await page.getByLabel('Email address').fill('someone@example.org');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/sign-in');
    expectNoPageProblems(page, [400]);

    await expect(page.locator('.error-summary li').allTextContents()).resolves.toEqual([
      'Enter your password',
    ]);
    await expect(page.getByLabel('Email address').inputValue()).resolves.toBe(
      'someone@example.org',
    );
    await expect(page.getByLabel('Password').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(page);
  });

  it('says the details are not right after a wrong password, without clearing the email', async () => {
    await visit(page, '/sign-in');
    await page.getByLabel('Email address').fill(family.users.foster_carer.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/sign-in');
    expectNoPageProblems(page, [400]);

    await expect(page.locator('.error-summary').textContent()).resolves.toContain(
      'The email address or password is not right',
    );
    await expect(page.getByLabel('Email address').inputValue()).resolves.toBe(
      family.users.foster_carer.email,
    );
    await expect(page.getByLabel('Password').inputValue()).resolves.toBe('');
    await expectNoAxeViolations(page);
  });
});

describe('Nothing typed is lost when the session times out', () => {
  it('a form sent after timing out is offered back, to send or not, once signed in again', async () => {
    const carer = family.users.foster_carer;
    await useViewport(page, 'smallPhone');
    await signInAs(page, carer);
    await visit(page, '/account');
    await page.getByLabel('Current password').fill(carer.password);
    await page.getByLabel('New password', { exact: true }).fill('a brand new long password');
    await page.getByLabel('New password again').fill('a brand new long password');
    await world.database.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.userId, carer.id));

    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForURL('**/sign-in?**');
    expectNoPageProblems(page);
    await expect(page.locator('main').textContent()).resolves.toContain('You were signed out');
    await expectNoAxeViolations(page);

    await page.getByLabel('Email address').fill(carer.email);
    await page.getByLabel('Password').fill(carer.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/resume/**');
    expectNoPageProblems(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Send what you were working on?',
    );
    await expect(page.locator('main').textContent()).resolves.not.toContain(carer.password);
    await expectNoAxeViolations(page);
    await screenshot(page, 'resume-smallPhone');

    await page.getByRole('link', { name: 'Do not send it' }).click();
    await page.waitForURL('**/home');
    await signOut(page);
  });
});

describe('Using the keyboard', () => {
  it('reaches the skip link first, and the skip link moves focus to the main content', async () => {
    await visit(page, '/sign-in');
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skipLink.evaluate((link) => link === document.activeElement)).resolves.toBe(true);
    const box = await skipLink.boundingBox();
    expect(box, 'the focused skip link is on screen').not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeGreaterThanOrEqual(0);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('field-email');
  });
});
