import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { actorFor, buildUser, ctxFor, TEST_PASSWORD } from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { auditEvents } from '../../core/db/tables.ts';
import { withdraw } from './changes-service.ts';
import { enquire } from './test-helpers.ts';

// Three people enquired. One typed a spreadsheet formula as her name on the public form; one has
// withdrawn. Rita downloads the list as CSV.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let rita: Visitor;

beforeAll(async () => {
  database = await openTestDatabase();
  const officer = await buildUser(database.db, { role: 'recruitment_officer' });
  const asOfficer = ctxFor(database.db, await actorFor(database.db, officer));
  await enquire(database.db, new Date('2026-03-02T10:00:00Z'), {
    firstName: '=HYPERLINK("http://evil.example","click")',
    lastName: 'Smith, Jr',
  });
  await enquire(database.db, new Date('2026-05-04T10:00:00Z'), {
    firstName: 'Mia',
    lastName: 'Jones',
  });
  const gone = await enquire(database.db, new Date('2026-05-05T10:00:00Z'), { firstName: 'Gus' });
  await withdraw(asOfficer, gone, 'Moved away.');
  testApp = await startTestApp(database);
  rita = new Visitor(testApp);
  await rita.signIn(officer.email, TEST_PASSWORD);
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const linesOf = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('the recruitment export', () => {
  it('is a CSV file to download, with a heading row and one line per person on their way', async () => {
    const response = await rita.get('/recruitment/export.csv');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="recruitment-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = linesOf(response.body);
    expect(lines[0]).toMatch(/^Reference,Name,Email,Phone,Postcode,Stage,/);
    expect(lines).toHaveLength(3);
    expect(response.body).not.toContain('Gus');
  });

  it('turns a formula typed on a public form into plain text, and quotes commas and quotes', async () => {
    const body = (await rita.get('/recruitment/export.csv')).body;
    expect(body).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") Smith, Jr"`);
    expect(body).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('keeps to the filters: every stage, and enquiries in a period', async () => {
    const everyone = linesOf((await rita.get('/recruitment/export.csv?stage=all')).body);
    expect(everyone).toHaveLength(4);
    expect(everyone.join('\n')).toContain('Moved away.');
    const may = linesOf(
      (await rita.get('/recruitment/export.csv?stage=all&from=2026-05-01&to=2026-05-04')).body,
    );
    expect(may.slice(1).map((line) => line.split(',')[1])).toEqual(['Mia Jones']);
  });

  it('is written to the audit trail each time', async () => {
    const before = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'recruitment.export'));
    await rita.get('/recruitment/export.csv');
    const after = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'recruitment.export'));
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ recordType: 'prospective_carer', outcome: 'done' });
  });
});

describe('the recruitment dashboard', () => {
  it('draws each chart as a labelled image, with its numbers in a table', async () => {
    const page = await rita.get('/recruitment/dashboard');
    expect(page.statusCode).toBe(200);
    const charts = page.body.match(/<svg[^>]*role="img"[^>]*>/g) ?? [];
    expect(charts).toHaveLength(2);
    expect(charts[0]).toContain(
      'aria-label="How many people reached each stage, every enquiry: Enquiry 3',
    );
    expect(page.body).toContain('<caption class="table__caption">Each stage: who reached it');
    expect(page.body).toContain('3 people (every enquiry). 1 withdrew');
  });

  it('counts only those who enquired in the period asked for', async () => {
    const page = await rita.get('/recruitment/dashboard?from=2026-05-01&to=2026-05-31');
    expect(page.body).toContain('2 people (enquired 1 May 2026 to 31 May 2026)');
    expect(page.body).toContain(
      'href="/recruitment/export.csv?stage=all&amp;from=2026-05-01&amp;to=2026-05-31"',
    );
  });
});
