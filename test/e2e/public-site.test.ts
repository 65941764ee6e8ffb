import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAgency } from '../../src/features/demo/index.ts';
import { SITE_PAGES } from '../../src/features/public-pages/index.ts';
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
import { buildUser, ctxFor, type TestUser } from '../support/factories.ts';

// Two people find the agency's website. Ola reads an article and says no to analytics; Sol says
// yes, takes a step towards getting in touch, then changes her mind on the opt-out page. The test
// watches every request the browser makes to the analytics endpoint.

let world: BrowserWorld;
let manager: TestUser;
let page: Page;
const analyticsRequests: Array<{ at: string; body: unknown }> = [];

const isAnalytics = (request: Request) => new URL(request.url()).pathname === '/analytics/events';

beforeAll(async () => {
  world = await startBrowserWorld(async (database) => {
    await seedDemoAgency(ctxFor(database.db, null));
    manager = await buildUser(database.db, { role: 'registered_manager' });
  });
});

afterAll(async () => {
  await world?.close();
});

/** A new visitor: no cookies, a fresh tab, and every analytics request noted. */
async function newVisitor(): Promise<Page> {
  await world.browser.clearCookies();
  analyticsRequests.length = 0;
  const tab = await world.newPage();
  tab.on('request', (request) => {
    if (isAnalytics(request)) {
      analyticsRequests.push({ at: tab.url(), body: request.postDataJSON() as unknown });
    }
  });
  return tab;
}

/** Gives any request the page started time to go out, so "none was sent" means something. */
async function settle(tab: Page): Promise<void> {
  await tab.waitForLoadState('networkidle');
}

describe('Ola reads an article and rejects analytics cookies', () => {
  beforeAll(async () => {
    page = await newVisitor();
  });

  it('finds an article from the home page, and nothing is counted', async () => {
    await visit(page, '/');
    await expect(page.getByRole('region', { name: /Cookies on/ }).isVisible()).resolves.toBe(true);
    await Promise.all([
      page.waitForURL('**/news'),
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'News and blogs' })
        .click(),
    ]);
    await Promise.all([
      page.waitForURL('**/news/caring-for-a-grandchild'),
      page
        .getByRole('link', { name: 'Caring for a grandchild: what kinship carers tell us' })
        .click(),
    ]);
    expectNoPageProblems(page);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Caring for a grandchild: what kinship carers tell us',
    );
    await expect(
      page.getByRole('link', { name: 'Return to news and blogs' }).first().getAttribute('href'),
    ).resolves.toBe('/news');
    await settle(page);
    expect(analyticsRequests).toEqual([]);
    await expect(page.locator('script[src*="analytics"]').count()).resolves.toBe(0);
  });

  it('rejects analytics cookies, comes back to the article, and is still not counted', async () => {
    await Promise.all([
      page.waitForURL('**/news/caring-for-a-grandchild'),
      page.getByRole('button', { name: 'Reject analytics cookies' }).click(),
    ]);
    expectNoPageProblems(page);
    await expect(page.getByText('You have rejected analytics cookies').isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('region', { name: /Cookies on/ }).count()).resolves.toBe(0);
    await visit(page, '/our-approach');
    await settle(page);
    expect(analyticsRequests).toEqual([]);
    const cookies = await world.browser.cookies();
    expect(cookies.map((cookie) => cookie.name).sort()).toEqual(['kf_anon', 'kf_consent']);
  });
});

describe('Sol accepts analytics, then opts out', () => {
  beforeAll(async () => {
    page = await newVisitor();
  });

  it('is not counted before she chooses', async () => {
    await visit(page, '/fostering');
    await settle(page);
    expect(analyticsRequests).toEqual([]);
  });

  it('accepts: the page she comes back to is counted, with its path only', async () => {
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => isAnalytics(candidate.request())),
      page.getByRole('button', { name: 'Accept analytics cookies' }).click(),
    ]);
    expect(response.status()).toBe(204);
    expect(analyticsRequests).toEqual([
      {
        at: expect.stringContaining('/fostering') as unknown,
        body: expect.objectContaining({ kind: 'page_view', path: '/fostering' }) as unknown,
      },
    ]);
    expectNoPageProblems(page);
  });

  it('chooses a way to get in touch, and that step is counted', async () => {
    const [stepRequest] = await Promise.all([
      page.waitForRequest(
        (request) =>
          isAnalytics(request) &&
          (request.postDataJSON() as { kind?: string }).kind === 'funnel_step',
      ),
      page.getByRole('link', { name: 'Ask us to call you back' }).click(),
    ]);
    expect(stepRequest.postDataJSON()).toEqual({
      kind: 'funnel_step',
      path: '/fostering',
      step: 'get-in-touch:call-back',
    });
    await settle(page);
    // The call-back form belongs to the enquiries part of the site, which may not exist yet here.
    expectNoPageProblems(page, [404]);
  });

  it('opts out: nothing more is counted, and the analytics cookie is gone', async () => {
    await visit(page, '/opt-out');
    await settle(page);
    await Promise.all([
      page.waitForURL('**/opt-out'),
      page.getByRole('button', { name: 'Opt out of analytics' }).click(),
    ]);
    await expect(page.getByText('Analytics cookies are off.').first().isVisible()).resolves.toBe(
      true,
    );
    await settle(page);
    const countAfterOptOut = analyticsRequests.length;
    for (const path of ['/news', '/kinship-care', '/']) {
      await visit(page, path);
      await settle(page);
    }
    expect(analyticsRequests).toHaveLength(countAfterOptOut);
    expect(analyticsRequests.some((request) => request.at.endsWith('/kinship-care'))).toBe(false);
    const cookies = await world.browser.cookies();
    expect(cookies.map((cookie) => cookie.name)).not.toContain('kf_aid');
  });
});

describe('Every public page, on a 320 px phone, before anyone has chosen about cookies', () => {
  const paths = [...SITE_PAGES, '/news/why-feeling-safe-comes-first', '/news?tag=kinship%20care'];

  beforeAll(async () => {
    page = await newVisitor();
    await useViewport(page, 'smallPhone');
  });

  it.each(paths)('%s is accessible and fits the screen', async (path) => {
    await world.browser.clearCookies();
    await visit(page, path);
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await expectTouchTargets(page);
    if (path === '/' || path.startsWith('/news/')) {
      const name = path === '/' ? 'public-site-home' : `public-site${path.replace(/\//g, '-')}`;
      await screenshot(page, `${name}-smallPhone`);
      await useViewport(page, 'desktop');
      await screenshot(page, `${name}-desktop`);
      await useViewport(page, 'smallPhone');
    }
  });
});

describe('The staff pages for news and analytics, on a 320 px phone', () => {
  beforeAll(async () => {
    page = await newVisitor();
    await becomeSignedInAs(world, manager);
    await useViewport(page, 'smallPhone');
  });

  it.each([
    ['the list of articles', '/news/manage', null],
    ['a new article', '/news/manage/new', null],
    ['a new article with its problems', '/news/manage/new', 'Save article'],
    ['a preview', '/news/manage/new', 'Preview'],
    ['the analytics report', '/analytics', null],
  ])('%s is accessible and fits the screen', async (_name, path, button) => {
    await visit(page, path);
    if (button) {
      await page
        .getByLabel('Article', { exact: true })
        .fill('## A heading\n\nSome **bold** words.');
      await Promise.all([
        page.waitForLoadState('load'),
        page.getByRole('button', { name: button }).click(),
      ]);
      await page.waitForSelector(button === 'Preview' ? '.article-preview' : '.error-summary');
      expectNoPageProblems(page, [400]);
    }
    await expectNoAxeViolations(page);
    await expectNoSidewaysScroll(page);
    await expectTouchTargets(page);
  });
});
