import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  expectNoPageProblems,
  expectNoSidewaysScroll,
  expectTouchTargets,
  expectVisibleFocus,
  startBrowserWorld,
  useViewport,
  visit,
  type BrowserWorld,
} from '../support/browser.ts';

// The journeys trust these checks to fail when a page is wrong; each is shown one broken page.

let world: BrowserWorld;
let page: Page;

beforeAll(async () => {
  world = await startBrowserWorld();
  page = await world.newPage();
});

afterAll(async () => {
  await world?.close();
});

/** Serves the real sign-in page, with its real headers, but with `change` applied to its HTML. */
async function breakSignInPage(change: (html: string) => string): Promise<void> {
  await page.unrouteAll();
  await page.route('**/sign-in', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: change(await response.text()) });
  });
}

describe('The browser checks catch broken pages', () => {
  it('visit() fails on an inline script, which the Content-Security-Policy refuses', async () => {
    await breakSignInPage((html) =>
      html.replace('</main>', '<script>document.title = "changed";</script></main>'),
    );
    await expect(visit(page, '/sign-in')).rejects.toThrow(/Content Security Policy/);
    await expect(page.title()).resolves.not.toBe('changed');
  });

  it('a script error on the page is reported', async () => {
    await page.unrouteAll();
    await visit(page, '/sign-in');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('broken on purpose');
      });
    });
    await page.waitForTimeout(100);
    expect(() => expectNoPageProblems(page)).toThrow(/broken on purpose/);
  });

  it('visit() fails when the page answers with another status than expected', async () => {
    await page.unrouteAll();
    await expect(visit(page, '/no-such-page')).rejects.toThrow(/status of \/no-such-page/);
    await expect(visit(page, '/no-such-page', 404)).resolves.toBeTruthy();
  });

  it('the axe check fails on an image without a text alternative, naming the rule', async () => {
    await breakSignInPage((html) => html.replace('</main>', '<img src="/favicon.svg"></main>'));
    await visit(page, '/sign-in', 200).catch(() => undefined);
    await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
  });

  it('the layout checks fail on a page wider than a small phone and on a small button', async () => {
    await breakSignInPage((html) =>
      html.replace(
        '</main>',
        '<table><tr><td>AVeryLongWordThatCannotWrapAnywhereAtAllOnASmallPhoneScreenReally</td></tr></table>' +
          '<button type="button">Tiny</button></main>',
      ),
    );
    await useViewport(page, 'smallPhone');
    await visit(page, '/sign-in').catch(() => undefined);
    await expect(expectNoSidewaysScroll(page)).rejects.toThrow(/page width at 320 px/);
    await expect(expectTouchTargets(page)).rejects.toThrow(/button "Tiny" is \d+ px high/);
    await useViewport(page, 'desktop');
  });

  it('the focus check fails on a focused link that cannot be read and a button with no focus style', async () => {
    await page.unrouteAll();
    await page.route('**/assets/kinfold.*.css', async (route) => {
      const response = await route.fetch();
      const css = await response.text();
      await route.fulfill({
        response,
        body:
          css +
          'main a:focus-visible { color: #ffbf47 !important; }' +
          'main .button:focus-visible { outline: none !important; box-shadow: none !important; }',
      });
    });
    await visit(page, '/sign-in');
    const failure = await expectVisibleFocus(page).then(
      () => 'no failure',
      (error: Error) => error.message,
    );
    expect(failure).toMatch(/a "I have forgotten my password" has text contrast 1\.\d+:1/);
    expect(failure).toMatch(/button "Sign in" shows no focus indicator/);
    await page.unrouteAll();
  });
});
