import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInVisitor, startTestApp, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  addCarer,
  buildArea,
  buildHousehold,
  buildUser,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { agencySettings, auditEvents } from '../../core/db/tables.ts';
import { forgetAgencySettings } from '../../core/settings.ts';
import { certificateFileName, renderCertificate, toWinAnsi } from './certificate.ts';
import { insertCompletion } from './completions.ts';
import * as store from './store.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
const clock = new Date('2026-11-22T10:00:00Z');
let zoe: TestUser;
let kit: TestUser;
let ruth: TestUser;
let zoeCarerId: string;
let completionId: string;
const COURSE = 'Keeping children “safe” online – the basics';

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database, {}, () => clock);
  const db = database.db;
  await db.update(agencySettings).set({ name: 'Brightwater Family Fostering' });
  forgetAgencySettings();
  const area = await buildArea(db, 'Northfield');
  // Zoë O’Neil and Kit share a home; Ruth lives elsewhere.
  zoe = await buildUser(db, { role: 'foster_carer', name: 'Zoë O’Neil' });
  kit = await buildUser(db, { role: 'foster_carer', name: 'Kit Łukasiewicz' });
  ruth = await buildUser(db, { role: 'foster_carer', name: 'Ruth Bennett' });
  const home = await buildHousehold(db, { areaId: area });
  zoeCarerId = await addCarer(db, home, zoe);
  await addCarer(db, home, kit);
  await addCarer(db, await buildHousehold(db, { areaId: area }), ruth);
  const courseId = await store.insertCourse(db, {
    title: COURSE,
    learningOutcomes: ['Know the signs of grooming', 'Set up parental controls – together'],
    durationMinutes: 180,
    deliveryMode: 'classroom',
    isMandatory: true,
    audience: 'all_carers',
    refresherMonths: 36,
    tsdsStandards: [3, 6],
  });
  const venueId = await store.insertVenue(db, {
    areaId: area,
    name: 'Eastbrook Children’s Centre',
    address: '40 Station Road',
    postcode: 'EB1 5JK',
    capacity: 20,
  });
  const sessionId = await store.insertSession(db, {
    courseId,
    venueId,
    startsAt: new Date('2026-11-03T10:00:00Z'),
    endsAt: new Date('2026-11-03T13:00:00Z'),
    capacity: 16,
  });
  completionId = (await insertCompletion(db, {
    carerId: zoeCarerId,
    courseId,
    completedOn: '2026-11-03',
    source: 'classroom',
    sessionId,
  }))!;
});
afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const certificateUrl = () => `/training/completions/${completionId}/certificate.pdf`;

describe('a certificate of completion', () => {
  it('is an A4 landscape PDF naming the carer, the course and the date, and is audited', async () => {
    const response = await (await signedInVisitor(testApp, zoe)).get(certificateUrl());

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="certificate-keeping-children-safe-online-the-basics-zoe-oneil.pdf"',
    );
    const bytes = response.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1').trimEnd().endsWith('%%EOF')).toBe(true);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(1);
    const { width, height } = pdf.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
    expect(pdf.getTitle()).toBe(`Certificate of completion: ${COURSE}, Zoë O’Neil`);
    expect(pdf.getSubject()).toBe(`${COURSE} completed by Zoë O’Neil on 3 November 2026`);
    expect(pdf.getAuthor()).toBe('Brightwater Family Fostering');
    const audits = await database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'training.certificate_issued'));
    expect(audits.map((audit) => [audit.recordType, audit.recordId])).toEqual([
      ['carer', zoeCarerId],
    ]);
  });

  it('is there for her co-carer too, and "not found" for a carer in another home', async () => {
    expect((await (await signedInVisitor(testApp, kit)).get(certificateUrl())).statusCode).toBe(
      200,
    );
    const stranger = await signedInVisitor(testApp, ruth);
    expect((await stranger.get(certificateUrl())).statusCode).toBe(404);
    expect((await stranger.get('/training/completions/not-an-id/certificate.pdf')).statusCode).toBe(
      404,
    );
  });
});

describe('text for the standard fonts', () => {
  it.each([
    ['keeps letters the fonts have', 'Zoë Brontë-Müller', 'Zoë Brontë-Müller'],
    ['makes curly quotes straight', 'O’Neil’s “safe” space', `O'Neil's "safe" space`],
    ['turns dashes and ellipses plain', 'Care – and more…', 'Care - and more...'],
    ['reduces letters the fonts lack to their base', 'Łucja Wiśniewska', 'Lucja Wisniewska'],
    ['marks what has no base letter', 'Ada 🌟 Obi', 'Ada ? Obi'],
    ['turns line breaks into spaces', 'line one\nline two', 'line one line two'],
  ])('%s', async (_story, text, expected) => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    expect(toWinAnsi(text, font)).toBe(expected);
  });

  it('never gives the font a character it cannot encode, whatever a name holds', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        expect(() => font.encodeText(toWinAnsi(text, font))).not.toThrow();
      }),
    );
  });

  it('renders a certificate for any carer’s name without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 60 }), async (name) => {
        const pdf = await renderCertificate({
          agencyName: 'Brightwater Family Fostering',
          carerName: name,
          courseTitle: 'Safeguarding children',
          completedOn: '3 November 2026',
          how: 'E-learning',
          learningOutcomes: [name],
          tsdsStandards: [6],
          reference: '00000000-0000-4000-8000-000000000000',
          issuedAt: clock,
        });
        expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
      }),
      { numRuns: 25 },
    );
  });

  it('gives a file name safe in any header', () => {
    expect(
      certificateFileName({ courseTitle: 'Children’s “rights”', carerName: 'Łucja Wiśniewska' }),
    ).toBe('certificate-childrens-rights-lucja-wisniewska.pdf');
  });
});
