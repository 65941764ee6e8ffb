import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { chromium, type BrowserContext, type Page, type Response } from 'playwright-core';
import { expect, inject } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { ROLES, type Role } from '../../src/core/access/roles.ts';
import type { Database, Db } from '../../src/core/db/connect.ts';
import { loadSecrets } from '../../src/core/http/secrets.ts';
import { SESSION_COOKIE, startSession } from '../../src/core/http/sessions.ts';
import { openTestDatabase } from './database.ts';
import {
  addCarer,
  buildArea,
  buildChild,
  buildHousehold,
  buildUser,
  linkBirthParent,
  placeChild,
  type TestUser,
} from './factories.ts';

/** The real application listening on 127.0.0.1, and a Chromium to drive it. */
export type BrowserWorld = {
  app: FastifyInstance;
  database: Database;
  baseUrl: string;
  browser: BrowserContext;
  /** A new tab, watched for console errors and Content-Security-Policy violations. */
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
};

export const VIEWPORTS = {
  smallPhone: { width: 320, height: 640 },
  phone: { width: 375, height: 740 },
  desktop: { width: 1280, height: 800 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

const SCREENSHOTS_DIR = path.resolve('.test-data', 'screenshots');
const AXE_SOURCE = fs.readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

// Chromium's own background traffic is switched off so a journey's timing depends only on Kinfold.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const problemsByPage = new WeakMap<Page, string[]>();

/**
 * Starts Kinfold on a fresh test database and a free port, and launches Chromium with a profile of
 * its own. `seed` runs before the first request, on the same database.
 */
export async function startBrowserWorld(
  seed?: (database: Database) => Promise<void>,
): Promise<BrowserWorld> {
  const database = await openTestDatabase();
  if (seed) await seed(database);
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const config = {
    ...loadConfig({ DATA_DIR: '.test-data', LOG_LEVEL: 'silent', PUBLIC_URL: baseUrl }),
    host: '127.0.0.1',
    port,
  };
  const app = await buildApp({
    config,
    database,
    secrets: await loadSecrets(database.db),
    logger: pino({ level: 'silent' }),
  });
  await app.listen({ host: '127.0.0.1', port });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'kinfold-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromiumPath'),
    headless: true,
    args: CHROMIUM_ARGS,
    baseURL: baseUrl,
    viewport: VIEWPORTS.desktop,
    locale: 'en-GB',
  });
  return {
    app,
    database,
    baseUrl,
    browser,
    newPage: async () => watchPage(await browser.newPage()),
    close: async () => {
      await browser.close();
      await app.close();
      await database.drop();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** Records every console error and uncaught exception on a page, so visit() can fail on them. */
export function watchPage(page: Page): Page {
  const problems: string[] = [];
  problemsByPage.set(page, problems);
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return page;
}

/**
 * Opens a page and checks it arrived whole: the expected status, and no console errors or
 * Content-Security-Policy violations (Chromium reports those as console errors). A page that is
 * meant to answer 403 or 404 is allowed the one "failed to load resource" message for itself.
 */
export async function visit(page: Page, url: string, expectedStatus = 200): Promise<Response> {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response) throw new Error(`No response for ${url}`);
  expect(response.status(), `status of ${url}`).toBe(expectedStatus);
  expectNoPageProblems(page, expectedStatus >= 400 ? [expectedStatus] : []);
  return response;
}

/** Fails when the page has logged errors since the last check; then starts afresh. */
export function expectNoPageProblems(page: Page, allowedStatuses: number[] = []): void {
  const problems = problemsByPage.get(page);
  if (!problems) throw new Error('This page is not watched: open it with world.newPage()');
  const unexpected = problems.filter(
    (problem) =>
      !allowedStatuses.some((status) =>
        problem.startsWith(
          `console: Failed to load resource: the server responded with a status of ${status}`,
        ),
      ),
  );
  problems.length = 0;
  failWhenAny(`Console errors or CSP violations on ${page.url()}`, unexpected);
}

// Throws with every problem written out in full, so a failing journey says exactly what to fix.
function failWhenAny(title: string, problems: string[]): void {
  if (problems.length > 0) throw new Error(`${title}:\n  ${problems.join('\n  ')}`);
}

/** Signs in through the real sign-in form and waits for the page it leads to. */
export async function signInAs(
  page: Page,
  user: Pick<TestUser, 'email' | 'password'>,
): Promise<void> {
  await visit(page, '/sign-in');
  await page.getByLabel('Email address').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== '/sign-in'),
    page.getByRole('button', { name: 'Sign in' }).click(),
  ]);
  expectNoPageProblems(page);
}

/**
 * Makes the browser someone's, without the sign-in form: starts a session for them directly and
 * sets its cookie (or just clears the cookies, for null). For tours of many pages, where signing in
 * through the form each time would only repeat what the sign-in journey already proves.
 */
export async function becomeSignedInAs(
  world: BrowserWorld,
  user: TestUser | null,
  options = { isTwoFactorPassed: true },
): Promise<void> {
  await world.browser.clearCookies();
  if (!user) return;
  const token = await startSession(world.database.db, user.id, new Date(), options);
  await world.browser.addCookies([
    { name: SESSION_COOKIE, value: token, url: world.baseUrl, httpOnly: true, sameSite: 'Lax' },
  ]);
}

/** Signs out with the header's button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/sign-in'),
    page.getByRole('button', { name: 'Sign out' }).click(),
  ]);
  expectNoPageProblems(page);
}

/** Sends the form with the first button of this name as it is, and waits for its problems listed. */
export function sendEmpty(button: string): (page: Page) => Promise<void> {
  return async (page) => {
    await page.getByRole('button', { name: button, exact: true }).first().click();
    await page.waitForSelector('.error-summary');
    expectNoPageProblems(page, [400]);
  };
}

/** Types a value the form refuses into one field, sends the form, and waits for its problems. */
export function sendBadValue(
  label: string,
  value: string,
  button: string,
): (page: Page) => Promise<void> {
  return async (page) => {
    await page.getByLabel(label, { exact: true }).fill(value);
    await sendEmpty(button)(page);
  };
}

type AxeViolation = {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: unknown[]; failureSummary?: string }>;
};

/**
 * Runs axe-core on the page as it is now (WCAG 2.2 A and AA and axe's best practices) and fails on
 * any violation, naming the rule, what it asks for and where on the page it failed. axe is put in
 * with evaluate() because Kinfold's Content-Security-Policy rightly refuses inline scripts.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const isLoaded = await page.evaluate(() => 'axe' in globalThis);
  if (!isLoaded) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: unknown, options: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations;
  }, AXE_TAGS);
  const report = (violations as AxeViolation[]).map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n` +
      violation.nodes
        .map((node) => `    at ${node.target.join(' ')}\n      ${node.failureSummary ?? ''}`)
        .join('\n'),
  );
  failWhenAny(`Accessibility problems on ${page.url()}`, report);
}

/** Resizes the page to a named screen width. */
export async function useViewport(page: Page, name: ViewportName): Promise<void> {
  await page.setViewportSize(VIEWPORTS[name]);
}

/** Saves a full-page screenshot to .test-data/screenshots/<name>.png, to look at by eye. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Fails when the page is wider than the screen, so nothing needs scrolling sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: document.documentElement.clientWidth,
  }));
  expect(widths.page, `page width at ${widths.screen} px on ${page.url()}`).toBeLessThanOrEqual(
    widths.screen,
  );
}

/**
 * Fails when a control is smaller than 44 px high (UI.md's touch target): buttons, fields and the
 * header's and navigation's links. Links inside running text are left out, as WCAG allows.
 */
export async function expectTouchTargets(page: Page): Promise<void> {
  const small = await page.evaluate(() => {
    const selector =
      'button, input:not([type=hidden]):not([type=checkbox]):not([type=radio]), select, textarea, .button, .header a, .nav a, .pagination a, .breadcrumbs a';
    return Array.from(document.querySelectorAll<HTMLElement>(selector))
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => !element.classList.contains('skip-link'))
      .map((element) => ({
        what: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim() || element.getAttribute('name')}"`,
        height: Math.round(element.getBoundingClientRect().height),
      }))
      .filter((control) => control.height < 44)
      .map((control) => `${control.what} is ${control.height} px high`);
  });
  failWhenAny(`Controls smaller than 44 px on ${page.url()}`, small);
}

/**
 * Focuses every link, button and field on the page in turn, as the keyboard would, and fails when
 * one shows no focus indicator or its text is hard to read against its focused background.
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  // A key press first, so the browser treats the focusing that follows as keyboard use.
  await page.keyboard.press('Shift');
  failWhenAny(`Focus problems on ${page.url()}`, await page.evaluate(findFocusProblems));
}

// Runs inside the page, so everything it needs is written inside it.
function findFocusProblems(): string[] {
  const parse = (colour: string) => {
    const parts = colour.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 1];
    return { rgb: parts.slice(0, 3), alpha: parts[3] ?? 1 };
  };
  const luminance = (rgb: number[]) => {
    const [r = 0, g = 0, b = 0] = rgb.map((value) => {
      const channel = value / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const backgroundOf = (element: HTMLElement) => {
    for (let node: HTMLElement | null = element; node; node = node.parentElement) {
      const colour = parse(getComputedStyle(node).backgroundColor);
      if (colour.alpha > 0.5) return colour.rgb;
    }
    return [255, 255, 255];
  };
  const selector =
    'a[href], button, input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex="-1"])';
  const problems: string[] = [];
  for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
    if (element.getClientRects().length === 0) continue;
    element.focus({ preventScroll: true, focusVisible: true } as FocusOptions);
    const style = getComputedStyle(element);
    const label = (element.textContent ?? '').trim() || element.getAttribute('name') || element.id;
    const what = `${element.tagName.toLowerCase()} "${label.slice(0, 40)}"`;
    const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    if (!hasOutline && style.boxShadow === 'none')
      problems.push(`${what} shows no focus indicator`);
    const text = luminance(parse(style.color).rgb);
    const behind = luminance(backgroundOf(element));
    const contrast = (Math.max(text, behind) + 0.05) / (Math.min(text, behind) + 0.05);
    if (contrast < 4.5) {
      problems.push(`${what} has text contrast ${contrast.toFixed(2)}:1 when focused`);
    }
  }
  (document.activeElement as HTMLElement | null)?.blur();
  return problems;
}

/** One account for each role, and the family around one child, as the journeys need them. */
export type EveryRoleWorld = {
  users: Record<Role, TestUser>;
  /** The foster carer's household, where Mia lives and the young person lives too. */
  householdId: string;
  otherHouseholdId: string;
  /** Mia: placed with the foster carer, the birth parent's child. */
  childId: string;
  /** A child in the other household, whom none of the family accounts are related to. */
  otherChildId: string;
  /** The young person's own record. */
  youngPersonChildId: string;
};

/**
 * Seeds an account of every role and a small family: a foster carer's household (supervised by
 * the supervising social worker) where Mia and a young person with an account live, Mia's birth
 * parent, a kinship carer's household, and another household with a child no family account knows.
 */
export async function seedEveryRole(db: Db): Promise<EveryRoleWorld> {
  const names: Record<Role, string> = {
    administrator: 'Ada Admin',
    registered_manager: 'Morgan Manager',
    supervising_social_worker: 'Sam Worker',
    training_coordinator: 'Tara Trainer',
    recruitment_officer: 'Rory Recruiter',
    foster_carer: 'Fran Carer',
    kinship_carer: 'Kit Kinship',
    birth_parent: 'Bea Parent',
    young_person: 'Jay Young',
  };
  const users = {} as Record<Role, TestUser>;
  for (const role of ROLES) users[role] = await buildUser(db, { role, name: names[role] });
  const areaId = await buildArea(db, 'Northfield');
  const householdId = await buildHousehold(db, {
    name: 'The Carer household',
    areaId,
    supervisingWorkerId: users.supervising_social_worker.id,
    maxChildren: 3,
  });
  await addCarer(db, householdId, users.foster_carer);
  const childId = await buildChild(db, { firstName: 'Mia', lastName: 'Parent' });
  await placeChild(db, childId, householdId);
  await linkBirthParent(db, childId, users.birth_parent);
  const youngPersonChildId = await buildChild(db, {
    firstName: 'Jay',
    lastName: 'Young',
    dateOfBirth: '2010-03-04',
    youngPersonUserId: users.young_person.id,
  });
  await placeChild(db, youngPersonChildId, householdId);
  const kinshipHouseholdId = await buildHousehold(db, {
    name: 'The Kinship household',
    careKind: 'kinship',
    areaId,
  });
  await addCarer(db, kinshipHouseholdId, users.kinship_carer);
  const otherHouseholdId = await buildHousehold(db, { name: 'The Other household', areaId });
  const otherChildId = await buildChild(db, { firstName: 'Noah', lastName: 'Other' });
  await placeChild(db, otherChildId, otherHouseholdId);
  return { users, householdId, otherHouseholdId, childId, otherChildId, youngPersonChildId };
}
