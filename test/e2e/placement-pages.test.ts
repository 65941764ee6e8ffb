import { and, eq, isNull } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/core/access/roles.ts';
import type { Db } from '../../src/core/db/connect.ts';
import { todayIn } from '../../src/core/time/dates.ts';
import { areas, householdMembers, households, placements } from '../../src/core/db/tables.ts';
import { writeRecord } from '../../src/features/daily-records/write-service.ts';
import { commentOnRecord } from '../../src/features/daily-records/record-service.ts';
import { answerOffer, shareWithHousehold } from '../../src/features/matching/offer-service.ts';
import { buildAuthority, buildReferral } from '../../src/features/referrals/test-kit.ts';
import {
  becomeSignedInAs,
  expectNoAxeViolations,
  expectNoPageProblems,
  expectNoSidewaysScroll,
  expectTouchTargets,
  expectVisibleFocus,
  screenshot,
  seedEveryRole,
  sendBadValue,
  sendEmpty,
  startBrowserWorld,
  useViewport,
  visit,
  type BrowserWorld,
  type EveryRoleWorld,
} from '../support/browser.ts';
import { actorFor, buildChild, buildHousehold, ctxFor, placeChild } from '../support/factories.ts';

type PageVisit = {
  /** Names the screenshot and the test. */
  name: string;
  path: (world: TourWorld) => string;
  /** Who looks at it: the role that uses the page. */
  as: Role;
  status?: number;
  /** Something to do on the page before it is checked, such as sending a form empty. */
  prepare?: (page: Page) => Promise<void>;
  /** Saved as screenshots at both widths, to look at by eye. */
  isPictured?: boolean;
};

/**
 * The agency as the tour sees it: Mia lives with Fran Carer (supervised by Sam Worker), with a
 * daily log and an incident Sam has commented on; two referrals, one Fran's household has said
 * yes to and one waiting for her answer; and a local authority to refer them.
 */
type TourWorld = EveryRoleWorld & {
  authorityId: string;
  /** Ruby's referral: shared with Fran's household, who said yes. */
  answeredReferralId: string;
  answeredOfferId: string;
  /** Ellie's referral: shared with Fran's household, not answered yet. */
  waitingOfferId: string;
  /** Two households that fit Ruby, to compare. */
  comparedHouseholdIds: [string, string];
  miaPlacementId: string;
  carerMemberId: string;
  incidentId: string;
};

/**
 * Opens every "Why" and every folded list, as someone reading the ranking would, so what is inside
 * them (tables that scroll, and so take focus) is checked too.
 */
async function openEveryDetails(page: Page): Promise<void> {
  await page.locator('details').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });
}

/** Makes an API key for the authority, so the page that shows it once can be checked. */
async function makeKey(page: Page): Promise<void> {
  await page.getByLabel('Label', { exact: true }).fill('Children’s services system');
  await Promise.all([
    page.waitForEvent('load'),
    page.getByRole('button', { name: 'Make a key' }).click(),
  ]);
  expectNoPageProblems(page);
  await expect(page.getByText('The key is shown only this once').count()).resolves.toBe(1);
}

/** A carer reads a child's record without any way to change it. */
async function expectNoChangeLinks(page: Page): Promise<void> {
  const hrefs = await page
    .locator('main a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(
    // The People tab is the child's map, which carers read (and suggest people for).
    hrefs.filter((href) => /\/(edit|siblings|delegated-authority|exclusions)$/.test(href)),
  ).toEqual([]);
}

const child = (world: TourWorld) => `/children/${world.childId}`;
const referral = (world: TourWorld) => `/referrals/${world.answeredReferralId}`;
const household = (world: TourWorld) => `/households/${world.householdId}`;
const compare = (world: TourWorld) =>
  `${referral(world)}/compare?${world.comparedHouseholdIds.map((id) => `household=${id}`).join('&')}`;

// Every page of children's records, referrals, matching, placements and daily records, seen by
// the role that uses it, with the error state of each main form.
const PAGES: PageVisit[] = [
  // The administrator: local authorities and their keys.
  { name: 'authorities', path: () => '/admin/authorities', as: 'administrator' },
  { name: 'authority-new', path: () => '/admin/authorities/new', as: 'administrator' },
  {
    name: 'authority-new-errors',
    path: () => '/admin/authorities/new',
    as: 'administrator',
    prepare: sendEmpty('Add the local authority'),
  },
  {
    name: 'authority',
    path: (world) => `/admin/authorities/${world.authorityId}`,
    as: 'administrator',
  },
  {
    name: 'authority-key-errors',
    path: (world) => `/admin/authorities/${world.authorityId}`,
    as: 'administrator',
    prepare: sendEmpty('Make a key'),
  },
  {
    name: 'authority-key-created',
    path: (world) => `/admin/authorities/${world.authorityId}`,
    as: 'administrator',
    prepare: makeKey,
    isPictured: true,
  },

  // The registered manager: the agency's view, new children, the weights.
  { name: 'stability', path: () => '/stability', as: 'registered_manager', isPictured: true },
  { name: 'matching-weights', path: () => '/matching/weights', as: 'registered_manager' },
  {
    name: 'matching-weights-errors',
    path: () => '/matching/weights',
    as: 'registered_manager',
    prepare: sendBadValue('Needs and skills', 'lots', 'Save the weights'),
  },
  { name: 'child-new', path: () => '/children/new', as: 'registered_manager' },
  {
    name: 'child-new-errors',
    path: () => '/children/new',
    as: 'registered_manager',
    prepare: sendEmpty('Add the child'),
    isPictured: true,
  },
  {
    name: 'household-worker',
    path: (world) => `${household(world)}/worker`,
    as: 'registered_manager',
  },
  {
    name: 'child-placements-manager',
    path: (world) => `${child(world)}/placements`,
    as: 'registered_manager',
  },
  {
    name: 'child-daily-records-manager',
    path: (world) => `${child(world)}/daily-records`,
    as: 'registered_manager',
  },

  // The supervising social worker: referrals, matching, the decision.
  { name: 'referrals', path: () => '/referrals', as: 'supervising_social_worker' },
  { name: 'referral-new', path: () => '/referrals/new', as: 'supervising_social_worker' },
  {
    name: 'referral-new-errors',
    path: () => '/referrals/new',
    as: 'supervising_social_worker',
    prepare: sendEmpty('Save the referral'),
    isPictured: true,
  },
  { name: 'referral', path: referral, as: 'supervising_social_worker', isPictured: true },
  {
    name: 'referral-edit',
    path: (world) => `${referral(world)}/edit`,
    as: 'supervising_social_worker',
  },
  {
    name: 'referral-edit-errors',
    path: (world) => `${referral(world)}/edit`,
    as: 'supervising_social_worker',
    prepare: sendBadValue('First name', '', 'Save the changes'),
  },
  {
    name: 'referral-respond',
    path: (world) => `${referral(world)}/respond`,
    as: 'supervising_social_worker',
  },
  {
    name: 'referral-respond-errors',
    path: (world) => `${referral(world)}/respond`,
    as: 'supervising_social_worker',
    prepare: sendEmpty('Send the reply'),
  },
  {
    name: 'referral-matches',
    path: (world) => `${referral(world)}/matches`,
    as: 'supervising_social_worker',
    prepare: openEveryDetails,
    isPictured: true,
  },
  {
    name: 'referral-compare',
    path: compare,
    as: 'supervising_social_worker',
    isPictured: true,
  },
  {
    name: 'referral-compare-errors',
    path: (world) => `${referral(world)}/compare?household=${world.comparedHouseholdIds[0]}`,
    as: 'supervising_social_worker',
    status: 400,
    prepare: openEveryDetails,
  },
  {
    name: 'referral-decide',
    path: (world) => `${referral(world)}/decide`,
    as: 'supervising_social_worker',
  },
  {
    name: 'referral-decide-errors',
    path: (world) => `${referral(world)}/decide`,
    as: 'supervising_social_worker',
    prepare: sendBadValue('The day Ruby moves in', '', 'Record the decision and place Ruby'),
    isPictured: true,
  },
  { name: 'offers-staff', path: () => '/offers', as: 'supervising_social_worker' },

  // The supervising social worker: a household's profile and people, a child's record.
  { name: 'household-social-worker', path: household, as: 'supervising_social_worker' },
  {
    name: 'household-edit',
    path: (world) => `${household(world)}/edit`,
    as: 'supervising_social_worker',
  },
  {
    name: 'household-edit-errors',
    path: (world) => `${household(world)}/edit`,
    as: 'supervising_social_worker',
    prepare: sendBadValue('How many children they are approved for', 'lots', 'Save the profile'),
  },
  {
    name: 'household-member-new',
    path: (world) => `${household(world)}/members/new`,
    as: 'supervising_social_worker',
  },
  {
    name: 'household-member-new-errors',
    path: (world) => `${household(world)}/members/new`,
    as: 'supervising_social_worker',
    prepare: sendEmpty('Add them'),
  },
  {
    name: 'household-check-new',
    path: (world) => `${household(world)}/members/${world.carerMemberId}/checks/new`,
    as: 'supervising_social_worker',
  },
  {
    name: 'household-check-new-errors',
    path: (world) => `${household(world)}/members/${world.carerMemberId}/checks/new`,
    as: 'supervising_social_worker',
    prepare: sendEmpty('Record the check'),
  },
  {
    name: 'household-placements',
    path: (world) => `${household(world)}/placements`,
    as: 'supervising_social_worker',
  },
  { name: 'child-social-worker', path: child, as: 'supervising_social_worker' },
  {
    name: 'child-edit',
    path: (world) => `${child(world)}/edit`,
    as: 'supervising_social_worker',
  },
  {
    name: 'child-edit-errors',
    path: (world) => `${child(world)}/edit`,
    as: 'supervising_social_worker',
    prepare: sendBadValue('First name', '', 'Save the changes'),
  },
  {
    name: 'child-siblings',
    path: (world) => `${child(world)}/siblings`,
    as: 'supervising_social_worker',
  },
  {
    name: 'child-siblings-errors',
    path: (world) => `${child(world)}/siblings`,
    as: 'supervising_social_worker',
    prepare: sendEmpty('Link them'),
  },
  {
    name: 'child-people',
    path: (world) => `${child(world)}/people`,
    as: 'supervising_social_worker',
  },
  {
    name: 'child-delegated-authority',
    path: (world) => `${child(world)}/delegated-authority`,
    as: 'supervising_social_worker',
  },
  {
    name: 'child-exclusions',
    path: (world) => `${child(world)}/exclusions`,
    as: 'supervising_social_worker',
  },
  {
    name: 'child-exclusions-errors',
    path: (world) => `${child(world)}/exclusions`,
    as: 'supervising_social_worker',
    prepare: sendEmpty('Add the household'),
  },
  {
    name: 'child-photo',
    path: (world) => `${child(world)}/photo/edit`,
    as: 'supervising_social_worker',
  },
  {
    name: 'child-photo-errors',
    path: (world) => `${child(world)}/photo/edit`,
    as: 'supervising_social_worker',
    prepare: sendEmpty('Upload the photo'),
  },

  // The supervising social worker: placements and the carers' records.
  {
    name: 'child-placements-social-worker',
    path: (world) => `${child(world)}/placements`,
    as: 'supervising_social_worker',
  },
  {
    name: 'placement-plan',
    path: (world) => `/placements/${world.miaPlacementId}/plan`,
    as: 'supervising_social_worker',
  },
  {
    name: 'placement-plan-errors',
    path: (world) => `/placements/${world.miaPlacementId}/plan`,
    as: 'supervising_social_worker',
    prepare: sendEmpty('Save the placement plan'),
    isPictured: true,
  },
  {
    name: 'placement-end',
    path: (world) => `/placements/${world.miaPlacementId}/end`,
    as: 'supervising_social_worker',
  },
  {
    name: 'placement-end-errors',
    path: (world) => `/placements/${world.miaPlacementId}/end`,
    as: 'supervising_social_worker',
    prepare: sendEmpty('End the placement'),
  },
  {
    name: 'daily-records-reports',
    path: () => '/daily-records/reports',
    as: 'supervising_social_worker',
    isPictured: true,
  },
  {
    name: 'daily-record-social-worker',
    path: (world) => `/daily-records/${world.incidentId}`,
    as: 'supervising_social_worker',
  },
  {
    name: 'daily-record-comment-errors',
    path: (world) => `/daily-records/${world.incidentId}`,
    as: 'supervising_social_worker',
    prepare: sendEmpty('Add the comment'),
  },

  // The foster carer: the children asked about, the child living with them, the daily record.
  { name: 'offers-carer', path: () => '/offers', as: 'foster_carer' },
  {
    name: 'offer-carer',
    path: (world) => `/offers/${world.waitingOfferId}`,
    as: 'foster_carer',
    isPictured: true,
  },
  {
    name: 'offer-carer-errors',
    path: (world) => `/offers/${world.waitingOfferId}`,
    as: 'foster_carer',
    prepare: sendEmpty('Send our answer'),
  },
  {
    name: 'offer-carer-answered',
    path: (world) => `/offers/${world.answeredOfferId}`,
    as: 'foster_carer',
  },
  {
    name: 'child-carer-no-changes',
    path: child,
    as: 'foster_carer',
    prepare: expectNoChangeLinks,
  },
  {
    name: 'child-placements-carer',
    path: (world) => `${child(world)}/placements`,
    as: 'foster_carer',
    prepare: expectNoChangeLinks,
  },
  { name: 'daily-records-today', path: () => '/daily-records', as: 'foster_carer' },
  {
    name: 'daily-record-new',
    path: (world) => `${child(world)}/daily-records/new`,
    as: 'foster_carer',
  },
  {
    name: 'daily-record-new-errors',
    path: (world) => `${child(world)}/daily-records/new`,
    as: 'foster_carer',
    prepare: sendEmpty('Save the record'),
    isPictured: true,
  },
  {
    name: 'daily-records-timeline',
    path: (world) => `${child(world)}/daily-records`,
    as: 'foster_carer',
    isPictured: true,
  },
  {
    name: 'daily-records-timeline-errors',
    path: (world) => `${child(world)}/daily-records?kind=everything`,
    as: 'foster_carer',
    status: 400,
  },
  {
    name: 'daily-record-carer',
    path: (world) => `/daily-records/${world.incidentId}`,
    as: 'foster_carer',
  },
  { name: 'daily-records-mine', path: () => '/daily-records/mine', as: 'foster_carer' },
];

let world: BrowserWorld;
let tour: TourWorld;
let page: Page;
let signedInAs: Role | undefined;

beforeAll(async () => {
  world = await startBrowserWorld(async (database) => {
    tour = await seedTour(database.db);
  });
  page = await world.newPage();
}, 120_000);

afterAll(async () => {
  await world?.close();
});

/**
 * The every-role family, with households that have profiles to match on, a child who has moved
 * three times this year, two referrals shared with Fran Carer's household (one answered), and
 * Mia's first records, one of them commented on.
 */
async function seedTour(db: Db): Promise<TourWorld> {
  const family = await seedEveryRole(db);
  const publicUrl = 'http://127.0.0.1';
  await db
    .update(areas)
    .set({ latitude: 52.41, longitude: -1.89 })
    .where(eq(areas.name, 'Northfield'));
  const profile = {
    careTypes: ['long_term' as const, 'short_term' as const],
    skills: ['attachment'],
    languages: ['English'],
  };
  for (const id of [family.householdId, family.otherHouseholdId]) {
    await db
      .update(households)
      .set({ ...profile, latitude: 52.42, longitude: -1.9 })
      .where(eq(households.id, id));
  }
  const ashby = await buildHousehold(db, {
    ...profile,
    name: 'The Ashby household',
    supervisingWorkerId: family.users.supervising_social_worker.id,
    latitude: 52.47,
    longitude: -1.95,
  });
  // Leo has moved three times this year, so the stability report has a child to name.
  const leo = await buildChild(db, {
    firstName: 'Leo',
    lastName: 'Moss',
    dateOfBirth: '2014-09-09',
  });
  await placeChild(db, leo, family.otherHouseholdId, {
    startedOn: '2026-01-05',
    endedOn: '2026-04-01',
    endReasonKind: 'disruption',
    endReason: 'Leo and another child could not settle together.',
  });
  await placeChild(db, leo, family.householdId, {
    careType: 'short_term',
    startedOn: '2026-04-01',
    endedOn: '2026-08-01',
    endReasonKind: 'planned',
  });
  await placeChild(db, leo, ashby, { startedOn: '2026-08-01' });
  const authorityId = await buildAuthority(db, 'Northshire County Council');
  const answeredReferralId = await buildReferral(db, authorityId, {
    childFirstName: 'Ruby',
    childLastName: 'Hart',
    childDateOfBirth: '2017-06-15',
    needsSummary: 'Ruby has moved three times this year and needs a calm home.',
    schoolName: 'Northfield Primary School',
  });
  const waitingReferralId = await buildReferral(db, authorityId, {
    childFirstName: 'Ellie',
    childLastName: 'Shaw',
    childDateOfBirth: '2015-02-01',
    careType: 'short_term',
    needs: [],
  });
  const worker = ctxFor(db, await actorFor(db, family.users.supervising_social_worker));
  const carer = ctxFor(db, await actorFor(db, family.users.foster_carer));
  const answered = await shareWithHousehold(
    worker,
    answeredReferralId,
    family.householdId,
    publicUrl,
  );
  await answerOffer(carer, answered.offerId, {
    response: 'accepted',
    note: 'We would love to meet her.',
  });
  const waiting = await shareWithHousehold(
    worker,
    waitingReferralId,
    family.householdId,
    publicUrl,
  );
  const [placement] = await db
    .select({ id: placements.id })
    .from(placements)
    .where(and(eq(placements.childId, family.childId), isNull(placements.endedOn)));
  const [member] = await db
    .select({ id: householdMembers.id })
    .from(householdMembers)
    .where(eq(householdMembers.userId, family.users.foster_carer.id));
  const today = todayIn('Europe/London', new Date());
  await writeRecord(
    carer,
    family.childId,
    {
      kind: 'daily_log',
      occurredOn: today,
      mood: 'good',
      topics: ['school', 'food'],
      body: 'Mia read to me after school and ate all her tea.',
    },
    publicUrl,
  );
  const incident = await writeRecord(
    carer,
    family.childId,
    {
      kind: 'notifiable_incident',
      occurredOn: today,
      mood: 'hard',
      topics: ['health'],
      body: 'Mia fell in the playground and hurt her wrist. We went to A&E: it is a sprain.',
    },
    publicUrl,
  );
  await commentOnRecord(worker, incident.id, {
    body: 'Thank you. I have told Mia’s social worker.',
  });
  return {
    ...family,
    authorityId,
    answeredReferralId,
    answeredOfferId: answered.offerId,
    waitingOfferId: waiting.offerId,
    comparedHouseholdIds: [family.householdId, ashby],
    miaPlacementId: placement!.id,
    carerMemberId: member!.id,
    incidentId: incident.id,
  };
}

describe('Every page of children, referrals, matching, placements and daily records', () => {
  it.each(PAGES.map((pageVisit) => [pageVisit.name, pageVisit] as const))(
    '%s is accessible, fits the screen and shows where focus is',
    async (name, pageVisit) => {
      if (signedInAs !== pageVisit.as) {
        await becomeSignedInAs(world, tour.users[pageVisit.as]);
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
