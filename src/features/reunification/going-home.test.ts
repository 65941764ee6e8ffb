import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type Visitor } from '../../../test/support/app.ts';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import { reunificationPlans } from '../../core/db/tables.ts';
import {
  auditedBy,
  endMiasPlacement,
  familyPath,
  openReunificationWorld,
  PLAN,
  staffPath,
  writeMiasPlan,
  type ReunificationWorld,
} from './reunification-test-kit.ts';

// Hannah, Mia's supervising social worker, writes the plan for Mia going home to her mum Dani.
// Dani reads it on her phone in plain words; Sam, Mia's foster carer, reads it but cannot change
// it; people with nothing to do with Mia find nothing. Then Mia goes home, her time with Sam ends,
// and Hannah goes on supporting the family.
let world: ReunificationWorld;
let hannah: Visitor;
let dani: Visitor;
let sam: Visitor;
let miaId: string;

beforeAll(async () => {
  world = await openReunificationWorld();
  miaId = world.scene.miaId;
  hannah = await world.visitorFor(world.scene.hannah);
  dani = await world.visitorFor(world.scene.dani);
  sam = await world.visitorFor(world.scene.sam);
});
afterAll(async () => world.close());

const FORMS = ['plan', 'steps/new', 'reviews/new', 'went-home'];

describe('before there is a plan', () => {
  it('offers Hannah "Start a plan", and tells Dani kindly that her worker will talk with her', async () => {
    const staff = await hannah.get(staffPath(miaId));
    expect(staff.statusCode).toBe(200);
    expect(pageText(staff.body)).toContain('Start a plan');
    expect(staff.body).toContain('aria-current="page"');

    const family = await dani.get(familyPath(miaId));
    expect(family.statusCode).toBe(200);
    const text = pageText(family.body);
    expect(text).toContain('The plan for Mia coming home');
    expect(text).toContain('Your worker will talk with you about it');

    const carer = await sam.get(staffPath(miaId));
    expect(pageText(carer.body)).not.toContain('Start a plan');
  });
});

describe('Hannah writes the plan', () => {
  it('saves the plan, a goal, steps and a review, and audits each', async () => {
    await writeMiasPlan(hannah, miaId);
    const page = await hannah.get(staffPath(miaId));
    const text = pageText(page.body);
    for (const words of [
      PLAN.aim,
      PLAN.support,
      `Goal: ${PLAN.goal}`,
      PLAN.familyStep,
      PLAN.agencyStep,
      '8 of 12 sessions done',
      PLAN.forFamily,
      PLAN.staffNotes,
      'Notes for staff only',
      'Record a review',
    ]) {
      expect(text).toContain(words);
    }
    // The review moved the plan's next review to the date it set.
    expect(text).toContain('Next review 1 December 2026');

    const { db } = world.database;
    const id = world.scene.hannah.id;
    expect(await auditedBy(db, id, 'reunification.plan_saved')).toHaveLength(1);
    expect(await auditedBy(db, id, 'reunification.step_saved')).toHaveLength(5);
    expect(await auditedBy(db, id, 'reunification.checkin_recorded')).toHaveLength(1);
    const reads = await auditedBy(db, id, 'partnership.read');
    expect(reads[0]).toMatchObject({ outcome: 'done', recordType: 'child', recordId: miaId });
    expect(reads[0]!.fields).toContain('reunification_checkins.staff_notes');
  });

  it('tags the next review as overdue once its day has passed', async () => {
    await hannah.post(staffPath(miaId, 'plan'), {
      aim: PLAN.aim,
      support_offered: PLAN.support,
      target_on: '2027-03-01',
      // Unchanged: a date already on the plan may have passed.
      next_review_on: '2026-12-01',
    });
    const { db } = world.database;
    const mias = eq(reunificationPlans.childId, miaId);
    await db.update(reunificationPlans).set({ nextReviewOn: '2026-11-16' }).where(mias);
    const text = pageText((await hannah.get(staffPath(miaId))).body);
    expect(text).toContain('Next review Overdue 16 November 2026');
    await db.update(reunificationPlans).set({ nextReviewOn: '2026-12-01' }).where(mias);
  });
});

describe('Dani reads the plan', () => {
  it('in plain words: what she is working on, how we will help, what is done, the next review', async () => {
    const page = await dani.get(familyPath(miaId));
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    const order = [
      'The plan for Mia coming home',
      PLAN.aim,
      'What you are working on',
      PLAN.familyStep,
      PLAN.togetherStep,
      'How we will help',
      PLAN.support,
      PLAN.agencyStep,
      'What’s done',
      PLAN.doneStep,
      'Next review',
      '1 December 2026',
      PLAN.forFamily,
    ];
    let from = 0;
    for (const words of order) {
      const at = text.indexOf(words, from);
      expect(at, words).toBeGreaterThanOrEqual(from);
      from = at;
    }
    expect(text).toContain('From Hannah Kowalski, supervising social worker');
  });

  it('never shows the notes for staff, a carer’s surname or anything about Mia’s home', async () => {
    const page = await dani.get(familyPath(miaId));
    expect(page.body).not.toContain(PLAN.staffNotes);
    expect(page.body).not.toContain('Notes for staff');
    for (const secret of Object.values(MIA_SECRETS)) expect(page.body).not.toContain(secret);
    const { db } = world.database;
    const reads = await auditedBy(db, world.scene.dani.id, 'partnership.read');
    expect(reads[0]!.fields).not.toContain('reunification_checkins.staff_notes');
  });

  it('sends Dani from the staff address to her own page', async () => {
    const response = await dani.get(staffPath(miaId));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(familyPath(miaId));
  });

  it('refuses Dani every form, shown or sent', async () => {
    for (const form of FORMS) {
      expect((await dani.get(staffPath(miaId, form))).statusCode, form).toBe(403);
      expect((await dani.post(staffPath(miaId, form), { aim: 'x' })).statusCode, form).toBe(403);
    }
  });
});

describe('Sam, Mia’s foster carer', () => {
  it('reads the plan without the notes for staff and without ways to change it', async () => {
    const page = await sam.get(staffPath(miaId));
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain(PLAN.aim);
    expect(text).toContain(PLAN.forFamily);
    expect(text).not.toContain(PLAN.staffNotes);
    expect(text).not.toContain('Change the plan');
    expect(text).not.toContain('Record a review');
  });

  it('is refused every form, even with bad input', async () => {
    for (const form of FORMS) {
      expect((await sam.get(staffPath(miaId, form))).statusCode, form).toBe(403);
      expect((await sam.post(staffPath(miaId, form), {})).statusCode, form).toBe(403);
    }
  });
});

describe('people with nothing to do with Mia', () => {
  it('find nothing: Ruth, Olu and Kim get "not found" at every address', async () => {
    for (const user of [world.scene.ruth, world.scene.olu, world.scene.kim]) {
      const visitor = await world.visitorFor(user);
      expect((await visitor.get(familyPath(miaId))).statusCode, user.name).toBe(404);
      expect((await visitor.get(staffPath(miaId))).statusCode, user.name).toBe(404);
      for (const form of FORMS) {
        expect((await visitor.post(staffPath(miaId, form), {})).statusCode, form).toBe(404);
      }
    }
  });
});

describe('Mia goes home', () => {
  it('starts six months of support, and the page says where her time in the foster home ends', async () => {
    const form = await hannah.get(staffPath(miaId, 'went-home'));
    expect(form.body).toContain('href="/children/' + miaId + '/placements"');
    // Hannah supervises Mia's home, so she is offered first.
    expect(form.body).toMatch(new RegExp(`value="${world.scene.hannah.id}"[^>]*selected`));
    const response = await hannah.post(staffPath(miaId, 'went-home'), {
      went_home_on: '2026-11-16',
      support_worker_id: world.scene.hannah.id,
    });
    expect(response.statusCode).toBe(303);
    const text = pageText((await hannah.get(staffPath(miaId))).body);
    expect(text).toContain('Support ends on 16 May 2027');
    expect(text).toContain('Next check-in due 14 December 2026');
    expect(text).toContain('time in the foster home is not ended yet');
    expect(text).toContain('Record a check-in');
    const { db } = world.database;
    expect(await auditedBy(db, world.scene.hannah.id, 'reunification.went_home')).toHaveLength(1);
  });

  it('keeps Hannah with the family after the placement ends, and Sam no longer reaches it', async () => {
    await endMiasPlacement(world.database.db, world.scene.placementId, '2026-11-16');
    const page = await hannah.get(staffPath(miaId));
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('Support after going home');
    expect(text).toContain('Why is this due?');
    expect(text).toContain('with a check-in at least every 4 weeks');
    expect(text).not.toContain('time in the foster home is not ended yet');
    expect((await sam.get(staffPath(miaId))).statusCode).toBe(404);
  });

  it('shows Dani that Mia is home, the support and the plan', async () => {
    const text = pageText((await dani.get(familyPath(miaId))).body);
    expect(text).toContain('Mia is home');
    expect(text).toContain('Mia came home on 16 November 2026');
    expect(text).toContain('Hannah Kowalski, supervising social worker keeps in touch');
    expect(text).toContain('by 14 December 2026');
    expect(text).toContain(PLAN.aim);
    expect(text).not.toContain('Next review');
  });

  it('records a check-in that moves the next one, and refuses one more than 4 weeks away', async () => {
    const late = await hannah.post(staffPath(miaId, 'check-ins/new'), {
      held_on: '2026-11-17',
      how_it_is: 'going_well',
      for_family: 'Mia loves her new room.',
      staff_notes: '',
      next_on: '2026-12-16',
    });
    expect(late.statusCode).toBe(400);
    expect(pageText(late.body)).toContain(
      'The date of the next check-in must be no more than 4 weeks after this one (by 15 December 2026)',
    );
    const saved = await hannah.post(staffPath(miaId, 'check-ins/new'), {
      held_on: '2026-11-17',
      how_it_is: 'going_well',
      for_family: 'Mia loves her new room.',
      staff_notes: '',
      next_on: '2026-12-08',
    });
    expect(saved.statusCode).toBe(303);
    const text = pageText((await hannah.get(staffPath(miaId))).body);
    expect(text).toContain('Next check-in due 8 December 2026');
    expect(text).toContain('the last check-in was on 17 November 2026');
    // Reviews belong to the time before going home.
    expect((await hannah.get(staffPath(miaId, 'reviews/new'))).statusCode).toBe(409);
  });

  it('closes the support early only with a reason, and then Hannah’s part in it ends', async () => {
    const noReason = await hannah.post(staffPath(miaId, 'close'), {
      how_it_is: 'going_well',
      for_family: 'Thank you for everything.',
      staff_notes: '',
    });
    expect(noReason.statusCode).toBe(400);
    expect(pageText(noReason.body)).toContain(
      'Say why the support is closing before 16 May 2027, when its 6 months end',
    );
    expect(noReason.body).toContain('Thank you for everything.');
    const closed = await hannah.post(staffPath(miaId, 'close'), {
      how_it_is: 'going_well',
      for_family: 'Thank you for everything.',
      staff_notes: 'The family are moving out of the area; the new council takes over.',
    });
    expect(closed.statusCode).toBe(303);
    expect(closed.headers.location).toBe('/');
    expect((await hannah.get(staffPath(miaId))).statusCode).toBe(404);
    const priya = await world.visitorFor(world.scene.priya);
    const text = pageText((await priya.get(staffPath(miaId))).body);
    expect(text).toContain('The support after going home is closed');
    expect(text).toContain('The family are moving out of the area');
    const family = pageText((await dani.get(familyPath(miaId))).body);
    expect(family).toContain('The support after coming home has ended');
    expect(family).not.toContain('moving out of the area');
  });
});
