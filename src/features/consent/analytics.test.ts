import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { buildUser, TEST_PASSWORD } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { analyticsEvents } from '../../core/db/tables.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
// A fixed moment, so the report's period is known: Saturday 14 March 2026, midday in London.
const NOW = new Date('2026-03-14T12:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, () => NOW);
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const events = () => database.db.select().from(analyticsEvents);

/** Sends an event as the analytics script does: JSON, with the page's form token in a header. */
function sendEvent(visitor: Visitor, event: unknown, token = visitor.csrf()) {
  return visitor.send({
    method: 'POST',
    url: '/analytics/events',
    payload: JSON.stringify(event),
    headers: { 'content-type': 'application/json', 'x-csrf-token': token },
  });
}

async function visitorWhoAccepted(ip: string): Promise<Visitor> {
  const visitor = new Visitor(testApp, ip);
  await visitor.get('/');
  await visitor.post('/consent', { analytics: 'accept', returnTo: '/' });
  return visitor;
}

describe('the analytics endpoint', () => {
  it('refuses events from a visitor who has not said yes, and records nothing', async () => {
    const undecided = new Visitor(testApp, '198.51.100.31');
    await undecided.get('/');
    const refused = await sendEvent(undecided, { kind: 'page_view', path: '/' });
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ title: 'No consent to analytics' });

    const rejecting = new Visitor(testApp, '198.51.100.32');
    await rejecting.get('/');
    await rejecting.post('/consent', { analytics: 'reject' });
    expect((await sendEvent(rejecting, { kind: 'page_view', path: '/' })).statusCode).toBe(403);
    expect(await events()).toEqual([]);
  });

  it('refuses an event without the page’s form token, even with consent', async () => {
    const visitor = await visitorWhoAccepted('198.51.100.33');
    const refused = await sendEvent(visitor, { kind: 'page_view', path: '/' }, 'not-the-token');
    expect(refused.statusCode).toBe(403);
    expect(await events()).toEqual([]);
  });

  it('records a page view with its path only and where the visitor came from as a host name', async () => {
    const visitor = await visitorWhoAccepted('198.51.100.34');
    const recorded = await sendEvent(visitor, {
      kind: 'page_view',
      path: '/news?tag=kinship%20care&email=jo@example.org#top',
      referrer: 'https://search.example.com/results?q=fostering+near+me',
    });
    expect(recorded.statusCode).toBe(204);
    const [event] = await events();
    expect(event).toMatchObject({
      kind: 'page_view',
      path: '/news',
      referrerHost: 'search.example.com',
      funnelStep: null,
      at: NOW,
    });
    expect(event?.analyticsId).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('records a step towards getting in touch', async () => {
    const visitor = await visitorWhoAccepted('198.51.100.35');
    const recorded = await sendEvent(visitor, {
      kind: 'funnel_step',
      path: '/our-approach',
      step: 'get-in-touch:call-back',
    });
    expect(recorded.statusCode).toBe(204);
    const steps = (await events()).filter((event) => event.kind === 'funnel_step');
    expect(steps).toMatchObject([{ path: '/our-approach', funnelStep: 'get-in-touch:call-back' }]);
  });

  it.each([
    ['an unknown kind', { kind: 'click', path: '/' }, 'kind'],
    ['a page on another site', { kind: 'page_view', path: '//evil.example/' }, 'path'],
    ['a step with odd characters', { kind: 'funnel_step', path: '/', step: '<script>' }, 'step'],
    ['a field nobody asked for', { kind: 'page_view', path: '/', email: 'jo@example.org' }, ''],
  ])('answers %s with a problem naming the field', async (_story, event, field) => {
    const visitor = await visitorWhoAccepted('198.51.100.36');
    const before = (await events()).length;
    const refused = await sendEvent(visitor, event);
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    const fields = (refused.json() as { errors: Array<{ field: string }> }).errors.map(
      (error) => error.field,
    );
    if (field) expect(fields).toContain(field);
    expect(await events()).toHaveLength(before);
  });

  it('stops one browser flooding it: after 60 events in a minute it answers 429', async () => {
    const visitor = await visitorWhoAccepted('198.51.100.37');
    const statuses: number[] = [];
    for (let sent = 0; sent < 61; sent += 1) {
      statuses.push((await sendEvent(visitor, { kind: 'page_view', path: '/' })).statusCode);
    }
    expect(statuses.slice(0, 60).every((status) => status === 204)).toBe(true);
    expect(statuses[60]).toBe(429);
  });

  it('refuses events once the visitor has opted out', async () => {
    const visitor = await visitorWhoAccepted('198.51.100.38');
    expect((await sendEvent(visitor, { kind: 'page_view', path: '/cookies' })).statusCode).toBe(
      204,
    );
    await visitor.post('/opt-out', {});
    expect((await sendEvent(visitor, { kind: 'page_view', path: '/cookies' })).statusCode).toBe(
      403,
    );
  });
});

describe('the analytics report', () => {
  it('shows the recruitment officer page views and steps for the period, in tables', async () => {
    await database.db.delete(analyticsEvents);
    const visitor = await visitorWhoAccepted('198.51.100.41');
    await sendEvent(visitor, { kind: 'page_view', path: '/fostering' });
    await sendEvent(visitor, { kind: 'page_view', path: '/fostering' });
    await sendEvent(visitor, {
      kind: 'funnel_step',
      path: '/fostering',
      step: 'get-in-touch:events',
    });
    // Long before the period: left out of the report.
    await database.db.insert(analyticsEvents).values({
      at: new Date('2025-01-01T10:00:00Z'),
      kind: 'page_view',
      path: '/kinship-care',
      analyticsId: 'an-old-visitor-id-000000',
    });

    const officer = new Visitor(testApp, '198.51.100.42');
    const user = await buildUser(database.db, { role: 'recruitment_officer' });
    await officer.signIn(user.email, TEST_PASSWORD);
    const page = await officer.get('/analytics');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('13 February 2026 to 14 March 2026');
    expect(page.body).toContain('1 visitor who accepted analytics cookies');
    expect(page.body).toMatch(
      /<td>\/fostering<\/td><td class="numeric">2<\/td><td class="numeric">1<\/td>/,
    );
    expect(page.body).toContain('<td>get-in-touch:events</td>');
    expect(page.body).not.toContain('/kinship-care</td>');

    const longAgo = await officer.get('/analytics?from=2024-12-01&to=2025-01-31');
    expect(longAgo.body).toContain('<td>/kinship-care</td>');
    expect(longAgo.body).not.toContain('<td>/fostering</td>');
  });

  it('says what is wrong with the dates and keeps what was typed', async () => {
    const manager = new Visitor(testApp, '198.51.100.43');
    const user = await buildUser(database.db, { role: 'registered_manager' });
    await manager.signIn(user.email, TEST_PASSWORD);
    const page = await manager.get('/analytics?from=2026-02-30&to=2026-01-01');
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('Enter the first day as a real date');
    expect(page.body).toContain('value="2026-02-30"');
  });

  it('is not for carers or the administrator, and asks visitors to sign in', async () => {
    const carer = new Visitor(testApp, '198.51.100.44');
    const user = await buildUser(database.db, { role: 'foster_carer' });
    await carer.signIn(user.email, TEST_PASSWORD);
    expect((await carer.get('/analytics')).statusCode).toBe(403);
    const administrator = new Visitor(testApp, '198.51.100.46');
    const admin = await buildUser(database.db, { role: 'administrator' });
    await administrator.signIn(admin.email, TEST_PASSWORD);
    expect((await administrator.get('/analytics')).statusCode).toBe(403);
    const stranger = await new Visitor(testApp, '198.51.100.45').get('/analytics');
    expect(stranger.statusCode).toBe(303);
    expect(stranger.headers.location).toBe('/sign-in?next=%2Fanalytics');
  });
});
