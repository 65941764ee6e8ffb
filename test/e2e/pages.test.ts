import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Role } from '../../src/core/access/roles.ts';
import type { Db } from '../../src/core/db/connect.ts';
import { passwordResets, users } from '../../src/core/db/tables.ts';
import { hashToken, newToken } from '../../src/core/http/tokens.ts';
import {
  becomeSignedInAs,
  expectNoAxeViolations,
  expectNoPageProblems,
  expectNoSidewaysScroll,
  expectTouchTargets,
  expectVisibleFocus,
  screenshot,
  seedEveryRole,
  startBrowserWorld,
  useViewport,
  visit,
  type BrowserWorld,
  type EveryRoleWorld,
} from '../support/browser.ts';
import { buildUser, type TestUser } from '../support/factories.ts';

type Visitor = Role | 'staff-awaiting-code' | null;

type PageVisit = {
  /** Names the screenshot and the test. */
  name: string;
  path: (world: TourWorld) => string;
  /** Who looks at it: a role, a manager halfway through two-factor sign-in, or no one signed in. */
  as: Visitor;
  status?: number;
  /** Something to do on the page before it is checked, such as sending a form empty. */
  prepare?: (page: Page) => Promise<void>;
  /** Saved as screenshots at both widths, to look at by eye. */
  isPictured?: boolean;
};

type TourWorld = EveryRoleWorld & { resetToken: string; awaitingCode: TestUser };

/** Sends the page's main form as it is, and waits for the answer with its problems listed. */
function sendEmpty(button: string) {
  return async (page: Page) => {
    await page.getByRole('button', { name: button }).click();
    await page.waitForSelector('.error-summary');
    expectNoPageProblems(page, [400]);
  };
}

// Every page Kinfold has, seen by someone who uses it; a new page belongs here. Some are checked
// elsewhere instead: each role's home page in the sign-in journey (sign-in.test.ts), right after
// signing in, and the public site's pages, news and analytics in public-site.test.ts. The public
// home page stays here for the focus check on the public header and the cookie banner.
const PAGES: PageVisit[] = [
  { name: 'public-home', path: () => '/', as: null, isPictured: true },
  { name: 'enquiry', path: () => '/get-in-touch/enquiry', as: null },
  {
    name: 'enquiry-errors',
    path: () => '/get-in-touch/enquiry',
    as: null,
    prepare: sendEmpty('Send message'),
    isPictured: true,
  },
  { name: 'call-back', path: () => '/get-in-touch/call-back', as: null },
  { name: 'eligibility', path: () => '/get-in-touch/eligibility', as: null },
  { name: 'information-pack', path: () => '/get-in-touch/information-pack', as: null },
  { name: 'events', path: () => '/get-in-touch/events', as: null },
  { name: 'sign-in', path: () => '/sign-in', as: null, isPictured: true },
  {
    name: 'sign-in-errors',
    path: () => '/sign-in',
    as: null,
    prepare: sendEmpty('Sign in'),
    isPictured: true,
  },
  { name: 'password-reset', path: () => '/password-reset', as: null },
  {
    name: 'password-reset-errors',
    path: () => '/password-reset',
    as: null,
    prepare: sendEmpty('Send me a link'),
  },
  {
    name: 'password-reset-choose',
    path: (world) => `/password-reset/${world.resetToken}`,
    as: null,
  },
  {
    name: 'password-reset-link-problem',
    path: () => '/password-reset/not-a-link-anyone-was-sent',
    as: null,
    status: 410,
  },
  { name: 'not-found', path: () => '/no-such-page', as: null, status: 404, isPictured: true },
  { name: 'sign-in-two-factor', path: () => '/sign-in/two-factor', as: 'staff-awaiting-code' },
  { name: 'admin-people', path: () => '/admin/users', as: 'administrator', isPictured: true },
  { name: 'admin-add-person', path: () => '/admin/users/new', as: 'administrator' },
  {
    name: 'admin-add-person-errors',
    path: () => '/admin/users/new',
    as: 'administrator',
    prepare: sendEmpty('Add this person'),
  },
  {
    name: 'admin-person',
    path: (world) => `/admin/users/${world.users.foster_carer.id}`,
    as: 'administrator',
  },
  { name: 'admin-settings', path: () => '/admin/settings', as: 'administrator' },
  {
    name: 'households-manager',
    path: () => '/households',
    as: 'registered_manager',
    isPictured: true,
  },
  {
    name: 'household-manager',
    path: (world) => `/households/${world.householdId}`,
    as: 'registered_manager',
  },
  { name: 'children-manager', path: () => '/children', as: 'registered_manager', isPictured: true },
  {
    name: 'child-manager',
    path: (world) => `/children/${world.childId}`,
    as: 'registered_manager',
    isPictured: true,
  },
  { name: 'audit-trail', path: () => '/audit', as: 'registered_manager', isPictured: true },
  { name: 'account-two-factor', path: () => '/account/two-factor', as: 'registered_manager' },
  { name: 'households-social-worker', path: () => '/households', as: 'supervising_social_worker' },
  { name: 'children-social-worker', path: () => '/children', as: 'supervising_social_worker' },
  { name: 'households-recruitment', path: () => '/households', as: 'recruitment_officer' },
  { name: 'recruitment-events', path: () => '/recruitment/events', as: 'recruitment_officer' },
  {
    name: 'recruitment-event-new',
    path: () => '/recruitment/events/new',
    as: 'recruitment_officer',
  },
  {
    name: 'household-carer',
    path: (world) => `/households/${world.householdId}`,
    as: 'foster_carer',
    isPictured: true,
  },
  {
    name: 'child-carer',
    path: (world) => `/children/${world.childId}`,
    as: 'foster_carer',
    isPictured: true,
  },
  { name: 'account-carer', path: () => '/account', as: 'foster_carer', isPictured: true },
  {
    name: 'forbidden-parent',
    path: (world) => `/children/${world.childId}`,
    as: 'birth_parent',
    status: 403,
    isPictured: true,
  },
  { name: 'not-found-signed-in', path: () => '/no-such-page', as: 'birth_parent', status: 404 },
  { name: 'account-young-person', path: () => '/account', as: 'young_person' },
  { name: 'training-catalogue-carer', path: () => '/training', as: 'foster_carer' },
  { name: 'training-sessions', path: () => '/training/sessions', as: 'training_coordinator' },
  {
    name: 'training-session-new',
    path: () => '/training/sessions/new',
    as: 'training_coordinator',
  },
  { name: 'training-terms', path: () => '/training/terms', as: 'training_coordinator' },
];

let world: BrowserWorld;
let tour: TourWorld;
let page: Page;
let signedInAs: Visitor | undefined;

beforeAll(async () => {
  world = await startBrowserWorld(async (database) => {
    const family = await seedEveryRole(database.db);
    tour = {
      ...family,
      resetToken: await seedResetLink(database.db, family.users.young_person),
      awaitingCode: await seedTwoFactorUser(database.db),
    };
  });
  page = await world.newPage();
});

afterAll(async () => {
  await world?.close();
});

async function becomeVisitor(visitor: Visitor): Promise<void> {
  if (visitor === 'staff-awaiting-code') {
    await becomeSignedInAs(world, tour.awaitingCode, { isTwoFactorPassed: false });
  } else {
    await becomeSignedInAs(world, visitor ? tour.users[visitor] : null);
  }
}

// A link to choose a new password, as the email would carry it.
async function seedResetLink(db: Db, user: TestUser): Promise<string> {
  const token = newToken();
  const now = new Date();
  await db.insert(passwordResets).values({
    tokenHash: hashToken(token),
    userId: user.id,
    createdAt: now,
    expiresAt: new Date(now.getTime() + 60 * 60 * 1000),
  });
  return token;
}

// A manager who has turned on two-factor sign-in, so a session waits for their code.
async function seedTwoFactorUser(db: Db): Promise<TestUser> {
  const user = await buildUser(db, { role: 'registered_manager', name: 'Tess Twofactor' });
  await db
    .update(users)
    .set({ totpSecret: 'JBSWY3DPEHPK3PXP', totpEnabledAt: new Date() })
    .where(eq(users.id, user.id));
  return user;
}

describe('Every page, on a 320 px phone and a 1280 px screen', () => {
  it.each(PAGES.map((pageVisit) => [pageVisit.name, pageVisit] as const))(
    '%s is accessible, fits the screen and shows where focus is',
    async (name, pageVisit) => {
      if (signedInAs !== pageVisit.as) {
        await becomeVisitor(pageVisit.as);
        signedInAs = pageVisit.as;
      }
      await useViewport(page, 'smallPhone');
      await visit(page, pageVisit.path(tour), pageVisit.status ?? 200);
      if (pageVisit.prepare) await pageVisit.prepare(page);
      await expectNoAxeViolations(page);
      for (const screen of ['smallPhone', 'desktop'] as const) {
        await useViewport(page, screen);
        if (pageVisit.isPictured) await screenshot(page, `${name}-${screen}`);
        await expectNoSidewaysScroll(page);
        await expectTouchTargets(page);
      }
      await expectVisibleFocus(page);
    },
  );
});
