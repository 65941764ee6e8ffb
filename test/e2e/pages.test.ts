import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { Role } from '../../src/core/access/roles.ts';
import type { Ctx } from '../../src/core/context.ts';
import type { Db } from '../../src/core/db/connect.ts';
import {
  areas,
  elearningModules,
  elearningPages,
  elearningQuestions,
  households,
  passwordResets,
  trainingCourses,
  trainingSessions,
  users,
} from '../../src/core/db/tables.ts';
import { hashToken, newToken } from '../../src/core/http/tokens.ts';
import { bookPlace } from '../../src/features/training/bookings.ts';
import { insertCompletion } from '../../src/features/training/completions.ts';
import { seedDemoTraining } from '../../src/features/training/demo-training.ts';
import { seedDemoElearning } from '../../src/features/training/elearning/demo-elearning.ts';
import {
  ELEARNING_PATH,
  MANAGE_ELEARNING_PATH,
  NEW_MODULE_PATH,
  checkPath,
  manageModulePath,
  modulePath,
  pagePath,
  resultPath,
} from '../../src/features/training/elearning/paths.ts';
import { answerField } from '../../src/features/training/elearning/schemas.ts';
import {
  markPageRead,
  submitKnowledgeCheck,
} from '../../src/features/training/elearning/service.ts';
import { markAttendance } from '../../src/features/training/register.ts';
import { findTraineeByUser } from '../../src/features/training/trainees.ts';
import {
  CARERS_PATH,
  CATCH_UPS_PATH,
  COMPLIANCE_PATH,
  MY_TRAINING_PATH,
  NEW_COURSE_PATH,
  NEW_VENUE_PATH,
  TERMS_IMPORT_PATH,
  VENUES_PATH,
  cancelBookingPath,
  carerRecordPath,
  courseSessionsPath,
  editCoursePath,
  editVenuePath,
  newClosurePath,
  newTermPath,
  registerPath,
  sessionPath,
  workbookPath,
} from '../../src/features/training/views/paths.ts';
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
import { actorFor, buildUser, ctxFor, type TestUser } from '../support/factories.ts';

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

type TourWorld = EveryRoleWorld & {
  resetToken: string;
  awaitingCode: TestUser;
  training: TrainingTour;
};

/** The training programme as the tour sees it: Fran Carer's places, record and e-learning. */
type TrainingTour = {
  /** Fran Carer as a trainee (her household member id). */
  carerId: string;
  areaId: string;
  venueId: string;
  /** The course of Fran's upcoming place. */
  courseId: string;
  /** A session still to come, on which Fran has a place. */
  upcomingSessionId: string;
  upcomingBookingId: string;
  /** A session under way today whose register has Fran marked absent. */
  registerSessionId: string;
  /** A module Fran has not started. */
  moduleId: string;
  firstPosition: number;
  /** A module Fran has read and answered the questions of, not quite well enough to pass. */
  triedModuleId: string;
};

/** Pastes a term-dates file with one line that cannot be read, and waits for the preview. */
async function pasteTermDatesWithOneBadLine(page: Page): Promise<void> {
  await page.getByLabel('Area').selectOption({ label: 'Northfield' });
  await page
    .getByLabel('The file’s contents')
    .fill(
      [
        'kind,name,starts_on,ends_on',
        'term,Autumn term 2029,2029-09-03,2029-12-14',
        'half_term,Autumn half-term,2029-10-22,2029-10-26',
        'inset_day,Inset day,the first day back,2029-09-03',
      ].join('\n'),
    );
  await page.getByRole('button', { name: 'Check the dates' }).click();
  await page.waitForSelector('.error-summary');
  expectNoPageProblems(page, [400]);
}

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
  {
    name: 'training-session',
    path: (world) => sessionPath(world.training.upcomingSessionId),
    as: 'training_coordinator',
  },
  {
    name: 'training-register',
    path: (world) => registerPath(world.training.registerSessionId),
    as: 'training_coordinator',
    isPictured: true,
  },
  {
    name: 'training-register-not-yet',
    path: (world) => registerPath(world.training.upcomingSessionId),
    as: 'training_coordinator',
  },
  {
    name: 'training-catch-ups',
    path: () => CATCH_UPS_PATH,
    as: 'training_coordinator',
    isPictured: true,
  },
  { name: 'training-venues', path: () => VENUES_PATH, as: 'training_coordinator' },
  { name: 'training-venue-new', path: () => NEW_VENUE_PATH, as: 'training_coordinator' },
  {
    name: 'training-venue-new-errors',
    path: () => NEW_VENUE_PATH,
    as: 'training_coordinator',
    prepare: sendEmpty('Add the venue'),
  },
  {
    name: 'training-venue-edit',
    path: (world) => editVenuePath(world.training.venueId),
    as: 'training_coordinator',
  },
  { name: 'training-course-new', path: () => NEW_COURSE_PATH, as: 'training_coordinator' },
  {
    name: 'training-course-new-errors',
    path: () => NEW_COURSE_PATH,
    as: 'training_coordinator',
    prepare: sendEmpty('Add the course'),
    isPictured: true,
  },
  {
    name: 'training-course-edit',
    path: (world) => editCoursePath(world.training.courseId),
    as: 'training_coordinator',
  },
  { name: 'training-terms-import', path: () => TERMS_IMPORT_PATH, as: 'training_coordinator' },
  {
    name: 'training-terms-import-preview',
    path: () => TERMS_IMPORT_PATH,
    as: 'training_coordinator',
    prepare: pasteTermDatesWithOneBadLine,
    isPictured: true,
  },
  {
    name: 'training-term-new',
    path: (world) => newTermPath(world.training.areaId),
    as: 'training_coordinator',
  },
  {
    name: 'training-term-new-errors',
    path: (world) => newTermPath(world.training.areaId),
    as: 'training_coordinator',
    prepare: sendEmpty('Add the term'),
  },
  {
    name: 'training-closure-new',
    path: (world) => newClosurePath(world.training.areaId),
    as: 'training_coordinator',
  },
  {
    name: 'training-compliance',
    path: () => COMPLIANCE_PATH,
    as: 'training_coordinator',
    isPictured: true,
  },
  { name: 'training-carers-coordinator', path: () => CARERS_PATH, as: 'training_coordinator' },
  {
    name: 'training-elearning-manage',
    path: () => MANAGE_ELEARNING_PATH,
    as: 'training_coordinator',
  },
  { name: 'training-module-new', path: () => NEW_MODULE_PATH, as: 'training_coordinator' },
  {
    name: 'training-module-new-errors',
    path: () => NEW_MODULE_PATH,
    as: 'training_coordinator',
    prepare: sendEmpty('Save and add pages'),
  },
  {
    name: 'training-module-authoring',
    path: (world) => manageModulePath(world.training.moduleId),
    as: 'training_coordinator',
  },
  {
    name: 'training-mine',
    path: () => MY_TRAINING_PATH,
    as: 'foster_carer',
    isPictured: true,
  },
  {
    name: 'training-course-sessions',
    path: (world) => courseSessionsPath(world.training.courseId),
    as: 'foster_carer',
  },
  {
    name: 'training-cancel-booking',
    path: (world) => cancelBookingPath(world.training.upcomingBookingId),
    as: 'foster_carer',
  },
  { name: 'training-elearning', path: () => ELEARNING_PATH, as: 'foster_carer' },
  {
    name: 'training-module-overview',
    path: (world) => modulePath(world.training.moduleId),
    as: 'foster_carer',
  },
  {
    name: 'training-module-page',
    path: (world) => pagePath(world.training.moduleId, world.training.firstPosition),
    as: 'foster_carer',
    isPictured: true,
  },
  {
    name: 'training-knowledge-check',
    path: (world) => checkPath(world.training.triedModuleId),
    as: 'foster_carer',
  },
  {
    name: 'training-knowledge-check-errors',
    path: (world) => checkPath(world.training.triedModuleId),
    as: 'foster_carer',
    prepare: sendEmpty('Check my answers'),
  },
  {
    name: 'training-knowledge-check-result',
    path: (world) => resultPath(world.training.triedModuleId),
    as: 'foster_carer',
  },
  {
    name: 'training-record-carer',
    path: (world) => carerRecordPath(world.training.carerId),
    as: 'foster_carer',
  },
  {
    name: 'training-carers-social-worker',
    path: () => CARERS_PATH,
    as: 'supervising_social_worker',
  },
  {
    name: 'training-record-social-worker',
    path: (world) => carerRecordPath(world.training.carerId),
    as: 'supervising_social_worker',
    isPictured: true,
  },
  {
    name: 'training-sign-off-errors',
    path: (world) => carerRecordPath(world.training.carerId),
    as: 'supervising_social_worker',
    prepare: sendEmpty('Sign off standard'),
  },
  {
    name: 'training-record-completion-errors',
    path: (world) => carerRecordPath(world.training.carerId),
    as: 'supervising_social_worker',
    prepare: sendEmpty('Record course'),
  },
  {
    name: 'training-workbook',
    path: (world) => workbookPath(world.householdId),
    as: 'supervising_social_worker',
  },
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
      training: await seedTraining(database.db, family),
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

/**
 * The demo training programme, with Fran Carer living near Northfield's venues: a place on a
 * session still to come; absent from two under way today, so she is offered a catch-up session
 * for one and waits for one to be arranged for the other; a course recorded from elsewhere, so
 * her record has a certificate; and a knowledge check not yet passed.
 */
async function seedTraining(db: Db, family: EveryRoleWorld): Promise<TrainingTour> {
  await seedDemoTraining(ctxFor(db, null));
  await seedDemoElearning(db);
  await db
    .update(households)
    .set({ latitude: 52.41, longitude: -1.89 })
    .where(eq(households.id, family.householdId));
  const fran = await findTraineeByUser(db, family.users.foster_carer.id);
  const [area] = await db.select({ id: areas.id }).from(areas).where(eq(areas.name, 'Northfield'));
  const sessions = await db.select().from(trainingSessions).orderBy(asc(trainingSessions.startsAt));
  const classes = sessions.filter((session) => !session.isCatchUp);
  const countOf = (courseId: string) =>
    sessions.filter((session) => session.courseId === courseId).length;
  const upcoming = classes[0]!;
  const others = classes.filter((session) => session.courseId !== upcoming.courseId);
  // One missed course has a catch-up session to offer; the other has none, so it waits for one.
  const withCatchUp = others.find((session) => countOf(session.courseId) > 1)!;
  const withNone = others.find((session) => countOf(session.courseId) === 1)!;
  const coordinator = ctxFor(db, await actorFor(db, family.users.training_coordinator));
  const place = await bookPlace(coordinator, upcoming.id, fran!.id);
  for (const missed of [withCatchUp, withNone]) await markAbsent(db, coordinator, missed, fran!.id);
  const [recorded] = await db
    .select({ id: trainingCourses.id })
    .from(trainingCourses)
    .where(eq(trainingCourses.title, 'Safeguarding children'));
  await insertCompletion(db, {
    carerId: fran!.id,
    courseId: recorded!.id,
    completedOn: '2026-03-12',
    source: 'recorded',
    recordedBy: family.users.supervising_social_worker.id,
  });
  return {
    carerId: fran!.id,
    areaId: area!.id,
    venueId: upcoming.venueId,
    courseId: upcoming.courseId,
    upcomingSessionId: upcoming.id,
    upcomingBookingId: place.bookingId,
    registerSessionId: withCatchUp.id,
    ...(await seedModuleProgress(db, family.users.foster_carer)),
  };
}

// Fran books a place, the session's day comes, and she is not there.
async function markAbsent(
  db: Db,
  coordinator: Ctx,
  session: { id: string },
  carerId: string,
): Promise<void> {
  const missed = await bookPlace(coordinator, session.id, carerId);
  // Time passes: the session is under way today, so its register can be taken.
  const now = DateTime.now();
  await db
    .update(trainingSessions)
    .set({
      startsAt: now.minus({ hours: 1 }).toJSDate(),
      endsAt: now.plus({ hours: 2 }).toJSDate(),
    })
    .where(eq(trainingSessions.id, session.id));
  await markAttendance(ctxFor(db, coordinator.actor), session.id, {
    [missed.bookingId]: 'absent',
  });
}

// One module left untouched, and another read to the end and answered wrongly once.
async function seedModuleProgress(db: Db, carer: TestUser) {
  const modules = await db
    .select({ id: elearningModules.id })
    .from(elearningModules)
    .orderBy(asc(elearningModules.title));
  const [untouched, tried] = [modules[0]!.id, modules[1]!.id];
  const pagesOf = (moduleId: string) =>
    db
      .select({ position: elearningPages.position })
      .from(elearningPages)
      .where(eq(elearningPages.moduleId, moduleId))
      .orderBy(asc(elearningPages.position));
  const ctx = ctxFor(db, await actorFor(db, carer));
  const triedPages = await pagesOf(tried);
  await markPageRead(ctx, tried, triedPages.at(-1)!.position);
  const questions = await db
    .select()
    .from(elearningQuestions)
    .where(eq(elearningQuestions.moduleId, tried))
    .orderBy(asc(elearningQuestions.position));
  const wrongAnswers = Object.fromEntries(
    questions.map((question) => [
      answerField(question.position),
      String((question.correctOption + 1) % question.options.length),
    ]),
  );
  await submitKnowledgeCheck(ctx, tried, wrongAnswers);
  return {
    moduleId: untouched,
    firstPosition: (await pagesOf(untouched))[0]!.position,
    triedModuleId: tried,
  };
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
