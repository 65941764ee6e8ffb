import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import type { Database } from '../../core/db/connect.ts';
import { agencySettings } from '../../core/db/tables.ts';
import { forgetAgencySettings } from '../../core/settings.ts';
import { SITE_PAGES } from './site-pages.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
const PUBLIC_URL = 'https://fostering.example.org';

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db
    .update(agencySettings)
    .set({
      name: 'Brightwater Family Fostering',
      phone: '01632 960 555',
      email: 'hello@brightwater.example.org',
      address: '4 Quay Street\nBrightwater',
    })
    .where(eq(agencySettings.id, 1));
  forgetAgencySettings();
  testApp = await startTestApp(database, { publicUrl: PUBLIC_URL, isTls: true });
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const metaContent = (html: string, attribute: 'name' | 'property', key: string) =>
  new RegExp(`<meta ${attribute}="${key}" content="([^"]+)"`).exec(html)?.[1];

const setCookieNames = (header: string | string[] | undefined) =>
  [header ?? []].flat().map((cookie) => cookie.split('=')[0]);

describe('the public website, for someone who has never been here', () => {
  it.each(SITE_PAGES)(
    '%s opens without signing in and tells search engines what it is',
    async (path) => {
      const response = await new Visitor(testApp).get(path);
      expect(response.statusCode).toBe(200);
      const html = response.body;
      expect(metaContent(html, 'name', 'description')?.length).toBeGreaterThan(40);
      expect(metaContent(html, 'property', 'og:title')).toBeTruthy();
      expect(metaContent(html, 'property', 'og:description')).toBeTruthy();
      expect(metaContent(html, 'property', 'og:type')).toBe('website');
      expect(metaContent(html, 'property', 'og:url')).toBe(`${PUBLIC_URL}${path}`);
      expect(html).toContain(`<link rel="canonical" href="${PUBLIC_URL}${path}"/>`);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    },
  );

  it.each(SITE_PAGES.filter((path) => path !== '/get-in-touch'))(
    '%s ends with the five ways to get in touch',
    async (path) => {
      const html = (await new Visitor(testApp).get(path)).body;
      expect(html).toContain('Thinking about fostering?');
      expect(html).toContain('Choose the option that suits you best.');
      for (const option of ['call-back', 'information-pack', 'enquiry', 'events', 'eligibility']) {
        expect(html).toContain(
          `href="/get-in-touch/${option}" data-funnel="get-in-touch:${option}"`,
        );
      }
    },
  );

  it('sets no cookie but the form-protection one, and loads no analytics, before any choice', async () => {
    for (const path of SITE_PAGES) {
      const response = await new Visitor(testApp).get(path);
      expect(setCookieNames(response.headers['set-cookie'])).toEqual(['kf_anon']);
      expect(response.body).not.toContain('analytics.');
      expect(response.body).not.toContain('name="csrf-token"');
    }
  });

  it('asks about cookies with two answers of equal weight, and a link to the cookie policy', async () => {
    const html = (await new Visitor(testApp).get('/fostering')).body;
    const banner = /<div class="cookie-banner"[\s\S]*?<\/div><\/div>/.exec(html)?.[0] ?? '';
    expect(banner).toContain('aria-label="Cookies on Brightwater Family Fostering"');
    expect(banner).toContain(
      '<button class="button button--primary" type="submit">Accept analytics cookies</button>',
    );
    expect(banner).toContain(
      '<button class="button button--primary" type="submit">Reject analytics cookies</button>',
    );
    expect(banner).toContain('name="returnTo" value="/fostering"');
    expect(banner).toContain('href="/cookies"');
  });

  it('shows visitors the public sections and the footer links to cookies and opting out', async () => {
    const html = (await new Visitor(testApp).get('/')).body;
    for (const href of [
      '/fostering',
      '/our-approach',
      '/training-and-support',
      '/kinship-care',
      '/news',
      '/questions',
      '/contact',
    ]) {
      expect(html).toContain(`class="nav__link" href="${href}"`);
    }
    expect(html).toContain('<a href="/cookies">Cookies</a>');
    expect(html).toContain('<a href="/opt-out">Opt out of analytics</a>');
    expect(html).toContain('href="/sign-in"');
  });

  it('explains attachment and the training times the agency keeps to', async () => {
    const approach = (await new Visitor(testApp).get('/our-approach')).body;
    expect(approach).toContain('What attachment means');
    expect(approach).toContain('trauma or neglect');
    const training = (await new Visitor(testApp).get('/training-and-support')).body;
    expect(training).toContain('In school term only.');
    expect(training).toContain('From 10am to 2pm.');
    expect(training).toContain('Catch-up sessions.');
    expect(training).toContain('E-learning');
  });

  it('gives the phone number, email and address from the agency’s settings', async () => {
    const html = (await new Visitor(testApp).get('/contact')).body;
    expect(html).toContain('<a href="tel:01632960555">01632 960 555</a>');
    expect(html).toContain('<a href="mailto:hello@brightwater.example.org">');
    expect(html).toContain('4 Quay Street\nBrightwater');
  });

  it('says which cookies are essential, naming the form-protection cookie', async () => {
    const html = (await new Visitor(testApp).get('/cookies')).body;
    expect(html).toContain('<code>kf_anon</code>');
    expect(html).toContain('<code>kf_consent</code>');
    expect(html).toContain('<code>kf_aid</code>');
    // The cookie page holds the choice itself, so the banner does not repeat it.
    expect(html).not.toContain('class="cookie-banner"');
    expect(html).toContain('Accept analytics cookies');
  });

  it('tells search engines where the sitemap is and keeps them out of staff pages', async () => {
    const response = await new Visitor(testApp).get('/robots.txt');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain(`Sitemap: ${PUBLIC_URL}/sitemap.xml`);
    expect(response.body).toContain('Disallow: /news/manage');
  });

  it('lists every public page in the sitemap', async () => {
    const response = await new Visitor(testApp).get('/sitemap.xml');
    expect(response.statusCode).toBe(200);
    for (const path of SITE_PAGES) {
      expect(response.body).toContain(`<loc>${PUBLIC_URL}${path}</loc>`);
    }
  });
});
