import { and, asc, eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import pino from 'pino';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/core/db/connect.ts';
import {
  elearningModules,
  elearningQuestions,
  households,
  trainingBookings,
  trainingCatchUpOffers,
  trainingCourses,
  trainingSessions,
} from '../../src/core/db/tables.ts';
import { deliverPendingMail } from '../../src/core/mail/delivery.ts';
import { seedDemoTraining } from '../../src/features/training/demo-training.ts';
import { seedDemoElearning } from '../../src/features/training/elearning/demo-elearning.ts';
import { checkClassroomSession } from '../../src/features/training/session-rules.ts';
import { findAreaCalendars, insertSession } from '../../src/features/training/store.ts';
import { findTraineeByUser } from '../../src/features/training/trainees.ts';
import { sessionTimeWords } from '../../src/features/training/views/words.ts';
import {
  expectNoAxeViolations,
  expectNoPageProblems,
  expectNoSidewaysScroll,
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
import { ctxFor } from '../support/factories.ts';
import { startTestMailServer, type TestMailServer } from '../support/smtp.ts';

// Fran, a foster carer, books a place on Attachment and therapeutic care and adds her training to
// her calendar. On the day she cannot come: Tara, the training coordinator, marks her absent. Fran
// is emailed a catch-up session, books it, then completes an e-learning module and sees her record
// update. Tara looks at the agency's compliance. Every page on the way is checked with axe-core.
const COURSE = 'Attachment and therapeutic care';
const MODULE = 'Health and wellbeing at home';
const TIME_ZONE = 'Europe/London';

type Session = typeof trainingSessions.$inferSelect;

let world: BrowserWorld;
let family: EveryRoleWorld;
let page: Page;
let mail: TestMailServer;
let carerId: string;
let booked: Session;
/** The day Fran's place was first booked for, as her confirmation email names it. */
let bookedDay: string;

beforeAll(async () => {
  mail = await startTestMailServer();
  world = await startBrowserWorld(async (database) => {
    const db = database.db;
    family = await seedEveryRole(db);
    await seedDemoTraining(ctxFor(db, null));
    await seedDemoElearning(db);
    // Fran's household lives in Northfield, a kilometre or so from its community centre.
    await db
      .update(households)
      .set({ latitude: 52.41, longitude: -1.89 })
      .where(eq(households.id, family.householdId));
    carerId = (await findTraineeByUser(db, family.users.foster_carer.id))!.id;
    const [course] = await db
      .select({ id: trainingCourses.id })
      .from(trainingCourses)
      .where(eq(trainingCourses.title, COURSE));
    const [first] = await db
      .select()
      .from(trainingSessions)
      .where(and(eq(trainingSessions.courseId, course!.id), eq(trainingSessions.isCatchUp, false)))
      .orderBy(asc(trainingSessions.startsAt))
      .limit(1);
    booked = first!;
    bookedDay = DateTime.fromJSDate(booked.startsAt, { zone: TIME_ZONE }).toFormat('cccc d LLLL');
    await arrangeCatchUp(db, booked);
  });
  page = await world.newPage();
  await useViewport(page, 'desktop');
});

afterAll(async () => {
  await world?.close();
  await mail?.close();
});

// A catch-up session of the same course at the same venue, on the first school day, at least two
// weeks on, that keeps to the session rule.
async function arrangeCatchUp(db: Db, like: Session): Promise<void> {
  const [area] = await findAreaCalendars(db);
  const today = DateTime.now().setZone(TIME_ZONE).startOf('day');
  for (let days = 14; days < 120; days += 1) {
    const start = today.plus({ days }).set({ hour: 10, minute: 30 });
    const startsAt = start.toJSDate();
    const endsAt = start.plus({ hours: 3 }).toJSDate();
    if (!checkClassroomSession({ startsAt, endsAt, timeZone: TIME_ZONE, area: area! }).ok) continue;
    await insertSession(db, {
      courseId: like.courseId,
      venueId: like.venueId,
      startsAt,
      endsAt,
      trainerId: family.users.training_coordinator.id,
      capacity: 12,
      isCatchUp: true,
      createdBy: null,
    });
    return;
  }
  throw new Error('No school day for a catch-up session in the next four months');
}

const whenWords = (session: Pick<Session, 'startsAt' | 'endsAt'>) =>
  sessionTimeWords(session.startsAt, session.endsAt, TIME_ZONE);

/** Sends the form whose button this is, and waits for the page it leads to. */
async function press(button: string): Promise<void> {
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: button }).click(),
  ]);
  expectNoPageProblems(page);
}

/** Follows a link by its name, and waits for the page it leads to. */
async function follow(link: string): Promise<void> {
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('link', { name: link, exact: true }).click(),
  ]);
  expectNoPageProblems(page);
}

async function expectHeading(text: string): Promise<void> {
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(text);
}

async function expectFlash(text: string): Promise<void> {
  await expect(page.getByRole('status').textContent()).resolves.toContain(text);
}

async function mainText(): Promise<string> {
  return (await page.locator('main').textContent()) ?? '';
}

describe('A carer’s training, from booking to the compliance view', () => {
  it('Fran books a place and adds her training calendar, which has the right local times', async () => {
    await signInAs(page, family.users.foster_carer);
    await follow('Training');
    await expectHeading('Your training');
    await expectNoAxeViolations(page);

    await follow(`Every session of ${COURSE}`);
    await expectHeading(`${COURSE}: sessions`);
    await expect(mainText()).resolves.toContain('The sessions nearest your home come first.');
    await expectNoAxeViolations(page);
    await press(`Book a place on ${whenWords(booked)}`);
    await expectHeading('Your training');
    await expectFlash('You have a place. A confirmation email is on its way.');
    const bookings = page.getByRole('table', { name: 'Sessions you are booked on or waiting for' });
    await expect(bookings.textContent()).resolves.toContain(whenWords(booked));

    await press('Make my calendar address');
    await expectFlash('Your calendar address is ready.');
    await expectNoAxeViolations(page);
    const address = (await page.locator('#calendar-address').textContent())!.trim();
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/training\/calendar\/[\w-]{43}\.ics$/);
    const feed = await page.request.get(address);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toContain('text/calendar');

    const calendar = new ICAL.Component(ICAL.parse(await feed.text()) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((each) => new ICAL.Event(each));
    expect(events.map((event) => event.summary)).toEqual([COURSE]);
    const [event] = events;
    for (const [time, expected] of [
      [event!.startDate, booked.startsAt],
      [event!.endDate, booked.endsAt],
    ] as const) {
      const local = DateTime.fromJSDate(expected, { zone: TIME_ZONE });
      expect(time.zone?.tzid).toBe(TIME_ZONE);
      expect(time.toString()).toBe(local.toFormat("yyyy-MM-dd'T'HH:mm:ss"));
      expect(time.toJSDate().getTime()).toBe(expected.getTime());
    }
    expect(event!.location).toContain('Northfield Community Centre');
    await signOut(page);
  }, 60_000);

  it('on the day, the training coordinator marks Fran absent', async () => {
    // Time passes: the session's day has come and it is under way. Its times are moved to now
    // directly, as no form may put a session in the past.
    const now = DateTime.now();
    const [moved] = await world.database.db
      .update(trainingSessions)
      .set({
        startsAt: now.minus({ minutes: 30 }).toJSDate(),
        endsAt: now.plus({ hours: 2, minutes: 30 }).toJSDate(),
      })
      .where(eq(trainingSessions.id, booked.id))
      .returning();
    booked = moved!;

    await signInAs(page, family.users.training_coordinator);
    await follow('Sessions');
    await expectHeading('Training sessions');
    await expectNoAxeViolations(page);
    await Promise.all([
      page.waitForEvent('load'),
      page
        .getByRole('row')
        .filter({ hasText: whenWords(booked) })
        .getByRole('link', { name: COURSE })
        .click(),
    ]);
    await expectHeading(COURSE);
    const places = page.getByRole('table', { name: 'Carers with a place' });
    await expect(places.textContent()).resolves.toContain('Fran Carer');
    await expectNoAxeViolations(page);

    await follow('Take the register');
    await expectHeading(`Register: ${COURSE}`);
    await expectNoAxeViolations(page);
    await page.getByRole('group', { name: 'Fran Carer' }).getByLabel('Absent').check();
    await press('Save the register');
    await expectFlash('The register is saved.');
    await expect(
      page.getByRole('group', { name: 'Fran Carer' }).getByLabel('Absent').isChecked(),
    ).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await signOut(page);
  }, 60_000);

  it('Fran is emailed a catch-up session, follows the link and books it', async () => {
    await deliverPendingMail(
      world.database,
      mail.transport(),
      'Kinfold Fostering <training@kinfold.example>',
      pino({ level: 'silent' }),
    );
    const toFran = mail.received.filter((each) =>
      each.to.includes(family.users.foster_carer.email),
    );
    expect(toFran.map((each) => each.subject)).toContain(`Your place on ${COURSE}, ${bookedDay}`);
    const offer = toFran.find((each) => each.subject === `Catching up on ${COURSE}`);
    expect(offer, 'the catch-up email').toBeDefined();
    const [offered] = await world.database.db
      .select({ session: trainingSessions })
      .from(trainingCatchUpOffers)
      .innerJoin(trainingSessions, eq(trainingSessions.id, trainingCatchUpOffers.offeredSessionId))
      .where(eq(trainingCatchUpOffers.carerId, carerId));
    expect(offered!.session.isCatchUp).toBe(true);
    expect(offered!.session.courseId).toBe(booked.courseId);
    expect(offer!.text).toContain(`You missed ${COURSE}, and it is still a course you need.`);
    expect(offer!.text).toContain(`When: ${whenWords(offered!.session)} (${TIME_ZONE} time)`);

    // The link names the configured public address; this Kinfold listens at its own test address.
    const link = new URL(/https?:\/\/\S+\/training\/mine/.exec(offer!.text)![0]);
    await visit(page, `${world.baseUrl}${link.pathname}`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await page.getByLabel('Email address').fill(family.users.foster_carer.email);
    await page.getByLabel('Password').fill(family.users.foster_carer.password);
    await press('Sign in');
    await expectHeading('Your training');
    const catchUps = page
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Catch-up sessions for you' }) });
    await expect(catchUps.textContent()).resolves.toContain(whenWords(offered!.session));
    await expectNoAxeViolations(page);

    await Promise.all([
      page.waitForEvent('load'),
      catchUps.getByRole('button', { name: /^Book a place/ }).click(),
    ]);
    expectNoPageProblems(page);
    await expectFlash('You have a place.');
    const bookings = page.getByRole('table', { name: 'Sessions you are booked on or waiting for' });
    await expect(bookings.textContent()).resolves.toContain(whenWords(offered!.session));
    const past = page.getByRole('table', { name: 'Sessions you had a place on' });
    await expect(past.textContent()).resolves.toContain('You were not there');
    await expect(
      page.getByRole('heading', { name: 'Catch-up sessions for you' }).count(),
    ).resolves.toBe(0);
    await expectNoAxeViolations(page);
    const places = await world.database.db
      .select({ status: trainingBookings.status })
      .from(trainingBookings)
      .where(
        and(
          eq(trainingBookings.carerId, carerId),
          eq(trainingBookings.sessionId, offered!.session.id),
        ),
      );
    expect(places).toEqual([{ status: 'booked' }]);
  }, 60_000);

  it('Fran completes an e-learning module and sees it on her training record', async () => {
    await follow('E-learning');
    await expectHeading('E-learning');
    await expectNoAxeViolations(page);
    await follow(MODULE);
    await expectHeading(MODULE);
    await expectNoAxeViolations(page);
    await follow('Start');
    while ((await page.getByRole('button', { name: 'Next page' }).count()) > 0) {
      await expectNoAxeViolations(page);
      await press('Next page');
    }
    await expectNoAxeViolations(page);
    await press('Go to the knowledge check');
    await expectHeading('Knowledge check');
    await expectNoAxeViolations(page);

    // Fran knows her stuff: the right answers, as the module's author wrote them.
    const [module] = await world.database.db
      .select({ id: elearningModules.id })
      .from(elearningModules)
      .where(eq(elearningModules.title, MODULE));
    const questions = await world.database.db
      .select()
      .from(elearningQuestions)
      .where(eq(elearningQuestions.moduleId, module!.id))
      .orderBy(asc(elearningQuestions.position));
    for (const [index, question] of questions.entries()) {
      await page
        .getByRole('group', { name: `${index + 1}. ${question.prompt}` })
        .getByLabel(question.options[question.correctOption]!, { exact: true })
        .check();
    }
    await press('Check my answers');
    await expectHeading('Well done: you passed');
    await expect(mainText()).resolves.toContain(
      'Health and wellbeing is now on your training record as done today.',
    );
    await expectNoAxeViolations(page);

    await follow('Training');
    await follow('your training record');
    await expectHeading('Fran Carer: training record');
    const completed = page.getByRole('table', {
      name: 'Courses completed, newest first, each with its certificate',
    });
    const row = completed.getByRole('row').filter({ hasText: 'Health and wellbeing' });
    await expect(row.textContent()).resolves.toContain('E-learning');
    await expect(
      row.getByRole('link', { name: 'Certificate (PDF) for Health and wellbeing' }).count(),
    ).resolves.toBe(1);
    const courses = page.getByRole('table', { name: 'Each course, what is due first' });
    await expect(
      courses.getByRole('row').filter({ hasText: 'Health and wellbeing' }).textContent(),
    ).resolves.toContain('Done');
    await expectNoAxeViolations(page);
    await signOut(page);
  }, 60_000);

  it('the training coordinator sees the agency’s compliance, in charts and tables', async () => {
    await signInAs(page, family.users.training_coordinator);
    await follow('Compliance');
    await expectHeading('Training compliance');
    const charts = page.locator('svg[role="img"]');
    await expect(charts.count()).resolves.toBe(3);
    await expect(charts.nth(0).getAttribute('aria-label')).resolves.toContain(
      'Share of carers fully up to date by area: Northfield',
    );
    await expect(charts.nth(1).getAttribute('aria-label')).resolves.toContain(
      `Share of carers with each mandatory course done and current: ${COURSE}`,
    );
    const byCourse = page.getByRole('table', {
      name: 'Each mandatory course: carers it is required of, done and current, and overdue',
    });
    await expect(byCourse.getByRole('row').filter({ hasText: COURSE }).count()).resolves.toBe(1);
    await expect(page.getByRole('table').count()).resolves.toBe(3);
    await expectNoAxeViolations(page);
    await expectVisibleFocus(page);
    await screenshot(page, 'training-compliance-journey-desktop');
    await useViewport(page, 'smallPhone');
    await expectNoSidewaysScroll(page);
    await useViewport(page, 'desktop');
    await signOut(page);
  }, 60_000);
});
