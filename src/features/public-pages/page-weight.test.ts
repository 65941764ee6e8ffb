import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { ctxFor } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { seedDemoAgency } from '../demo/index.ts';
import { SITE_PAGES } from './site-pages.ts';

// Every public page, with its stylesheets and scripts, must arrive in under 100 KB: many people
// read these pages on an old phone with little data left.
const BUDGET_BYTES = 100 * 1024;

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoAgency(ctxFor(database.db, null));
  testApp = await startTestApp(database);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

/** The bytes of a page's HTML and of every stylesheet and script it links to (uncompressed). */
async function pageWeight(visitor: Visitor, path: string) {
  const page = await visitor.get(path);
  expect(page.statusCode, path).toBe(200);
  const linked = [
    ...page.body.matchAll(/<link rel="stylesheet" href="([^"]+)"/g),
    ...page.body.matchAll(/<script src="([^"]+)"/g),
  ].map((match) => match[1]!);
  let bytes = Buffer.byteLength(page.body);
  for (const url of linked) {
    const asset = await visitor.get(url);
    expect(asset.statusCode, url).toBe(200);
    bytes += asset.rawPayload.length;
  }
  return { bytes, linked };
}

const ARTICLE_PAGES = ['/news/why-feeling-safe-comes-first', '/news/caring-for-a-grandchild'];

describe('the weight of each public page', () => {
  it.each([...SITE_PAGES, ...ARTICLE_PAGES])(
    '%s is under 100 KB before and after accepting analytics',
    async (path) => {
      const visitor = new Visitor(testApp);
      const before = await pageWeight(visitor, path);
      expect(before.linked.some((url) => url.endsWith('.css'))).toBe(true);
      expect(before.bytes).toBeLessThan(BUDGET_BYTES);

      await visitor.post('/consent', { analytics: 'accept', returnTo: path });
      const after = await pageWeight(visitor, path);
      expect(after.linked.some((url) => url.includes('/analytics.'))).toBe(true);
      expect(after.bytes).toBeLessThan(BUDGET_BYTES);
    },
  );
});
