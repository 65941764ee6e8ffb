import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type Visitor } from '../../../test/support/app.ts';
import { buildUser } from '../../../test/support/factories.ts';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import {
  auditedBy,
  openReunificationWorld,
  PLAN,
  staffPath,
  type ReunificationWorld,
} from './reunification-test-kit.ts';

// Hannah gets things wrong in every form. Each time the form comes back naming the field, with
// what she typed, and never a server error. Mia's home is confidential, so words that would tell
// Dani where Mia lives are caught before they reach her.
let world: ReunificationWorld;
let hannah: Visitor;
let miaId: string;

beforeAll(async () => {
  world = await openReunificationWorld();
  miaId = world.scene.miaId;
  hannah = await world.visitorFor(world.scene.hannah);
});
afterAll(async () => world.close());

/** Posts a form that should come back: 400, the field's message, and the typed words kept. */
async function expectRefused(
  form: string,
  fields: Record<string, string>,
  field: string,
  message: string,
  kept?: string,
): Promise<string> {
  const response = await hannah.post(staffPath(miaId, form), fields);
  expect(response.statusCode, `${form} ${field}`).toBe(400);
  expect(response.body).toContain(`href="#field-${field}"`);
  expect(response.body).toContain(`id="field-${field}-error"`);
  expect(pageText(response.body)).toContain(message);
  if (kept) expect(response.body).toContain(kept);
  return response.body;
}

const goodPlan = {
  aim: 'Mia goes home to Dani.',
  support_offered: '',
  target_on: '',
  next_review_on: '',
};

describe('the plan form', () => {
  it('needs an aim, and keeps what was typed', async () => {
    await expectRefused(
      'plan',
      { ...goodPlan, aim: '  ', support_offered: 'Help with housing' },
      'aim',
      'Write the aim of the plan',
      'Help with housing',
    );
  });

  it('refuses words over 2,000 characters, dates that are not dates, and new dates in the past', async () => {
    await expectRefused(
      'plan',
      { ...goodPlan, aim: 'a'.repeat(2001) },
      'aim',
      'The aim must be 2,000 characters or fewer',
    );
    await expectRefused(
      'plan',
      { ...goodPlan, support_offered: 'b'.repeat(2001) },
      'support_offered',
      'The support offered must be 2,000 characters or fewer',
    );
    await expectRefused(
      'plan',
      { ...goodPlan, target_on: '2027-02-30' },
      'target_on',
      'as a real date',
      '2027-02-30',
    );
    await expectRefused(
      'plan',
      { ...goodPlan, next_review_on: 'next week' },
      'next_review_on',
      'like 2026-11-23',
      'next week',
    );
    await expectRefused(
      'plan',
      { ...goodPlan, next_review_on: '2026-11-16' },
      'next_review_on',
      'The date of the next review must be today or later',
      'Mia goes home to Dani.',
    );
  });

  it('warns before an aim that names the town where Mia lives, and saves it only when told to', async () => {
    const aim = `Mia moves home from ${MIA_SECRETS.town} to live with Dani.`;
    const body = await expectRefused(
      'plan',
      { ...goodPlan, aim },
      'aim',
      'This could tell Mia’s family where Mia lives: the town where the child lives (“Todmorden”)',
      aim,
    );
    expect(body).toContain('name="send_anyway"');
    expect(body).toContain('Send it anyway');
    const sent = await hannah.post(staffPath(miaId, 'plan'), {
      ...goodPlan,
      aim,
      send_anyway: 'yes',
    });
    expect(sent.statusCode).toBe(303);
    const [audit] = await auditedBy(
      world.database.db,
      world.scene.hannah.id,
      'reunification.plan_saved',
    );
    expect(audit!.fields).toContain('send_anyway');
  });

  it('warns about the support offered on its own field', async () => {
    await expectRefused(
      'plan',
      { ...goodPlan, support_offered: `Call the carers on ${MIA_SECRETS.phone}` },
      'support_offered',
      'the carers’ phone number',
    );
  });
});

describe('the goal and step form', () => {
  beforeAll(async () => {
    await hannah.post(staffPath(miaId, 'plan'), { ...goodPlan, aim: PLAN.aim });
  });

  const goodStep = {
    kind: 'step',
    title: 'Finish the course',
    detail: '',
    who: 'family',
    due_on: '',
    status: 'going',
    progress: '',
    position: '',
  };

  it.each([
    [{ title: '' }, 'title', 'Write the goal or step in a few words'],
    [{ title: 't'.repeat(201) }, 'title', 'The title must be 200 characters or fewer'],
    [{ detail: 'd'.repeat(1001) }, 'detail', 'The detail must be 1,000 characters or fewer'],
    [{ progress: 'p'.repeat(1001) }, 'progress', 'The progress must be 1,000 characters or fewer'],
    [{ kind: 'wish' }, 'kind', 'Choose whether this is a goal or a step'],
    [{ who: 'neighbours' }, 'who', 'Choose who does this'],
    [{ status: 'finished' }, 'status', 'Choose how far it has got'],
    [{ due_on: '31/12/2026' }, 'due_on', 'Enter the date it is due like 2026-11-23'],
    [{ position: 'first' }, 'position', 'Enter the position as a whole number'],
    [{ position: '10000' }, 'position', 'Enter the position as a whole number'],
  ])('refuses %o naming %s', async (change, field, message) => {
    await expectRefused(
      'steps/new',
      { ...goodStep, ...change },
      field,
      message,
      field === 'title' ? undefined : 'Finish the course',
    );
  });

  it('warns before a step that gives the carers’ postcode', async () => {
    await expectRefused(
      'steps/new',
      { ...goodStep, progress: `Dani dropped the bag at ${MIA_SECRETS.postcode}` },
      'progress',
      'the carers’ postcode',
      'Dani dropped the bag at',
    );
  });

  it('answers "not found" for a step that is not in Mia’s plan', async () => {
    const missing = '3f1c1d55-8f43-4a7e-9d0e-2f3f3b6c1a11';
    expect((await hannah.get(staffPath(miaId, `steps/${missing}`))).statusCode).toBe(404);
    expect((await hannah.post(staffPath(miaId, `steps/${missing}`), goodStep)).statusCode).toBe(
      404,
    );
    expect((await hannah.get(staffPath(miaId, 'steps/not-an-id'))).statusCode).toBe(404);
  });
});

describe('the review form', () => {
  const goodReview = {
    held_on: '2026-11-10',
    how_it_is: 'going_well',
    for_family: 'Well done.',
    staff_notes: 'Notes.',
    next_on: '2026-12-08',
  };

  it.each([
    [{ held_on: '2026-11-18' }, 'held_on', 'The date of the review must be today or earlier'],
    [{ held_on: '' }, 'held_on', 'Enter the date of the review'],
    [{ how_it_is: '' }, 'how_it_is', 'Choose how things are going'],
    [{ next_on: '2026-11-10' }, 'next_on', 'The date of the next review must be after this one'],
    [{ next_on: '' }, 'next_on', 'Enter the date of the next review'],
    [{ for_family: 'f'.repeat(2001) }, 'for_family', 'must be 2,000 characters or fewer'],
    [{ staff_notes: 's'.repeat(2001) }, 'staff_notes', 'must be 2,000 characters or fewer'],
  ])('refuses %o naming %s', async (change, field, message) => {
    await expectRefused('reviews/new', { ...goodReview, ...change }, field, message);
  });

  it('warns before words for the family that name Mia’s school, but not the notes for staff', async () => {
    await expectRefused(
      'reviews/new',
      { ...goodReview, for_family: `Mia is happy at ${MIA_SECRETS.school}.` },
      'for_family',
      'the child’s school',
      'Mia is happy at',
    );
    const notes = await hannah.post(staffPath(miaId, 'reviews/new'), {
      ...goodReview,
      staff_notes: `School: ${MIA_SECRETS.school}.`,
    });
    expect(notes.statusCode).toBe(303);
  });

  it('is not for check-ins while Mia is still in care', async () => {
    expect((await hannah.get(staffPath(miaId, 'check-ins/new'))).statusCode).toBe(409);
    expect((await hannah.post(staffPath(miaId, 'close'), {})).statusCode).toBe(409);
  });
});

describe('the went-home form', () => {
  it('refuses a date in the future, and a worker who is not a supervising social worker', async () => {
    await expectRefused(
      'went-home',
      { went_home_on: '2026-11-18', support_worker_id: world.scene.hannah.id },
      'went_home_on',
      'The date Mia went home must be today or earlier',
      '2026-11-18',
    );
    const trainer = await buildUser(world.database.db, { role: 'training_coordinator' });
    await expectRefused(
      'went-home',
      { went_home_on: '2026-11-16', support_worker_id: trainer.id },
      'support_worker_id',
      'Choose the worker who supports the family from the list',
      '2026-11-16',
    );
    await expectRefused(
      'went-home',
      { went_home_on: '2026-11-16', support_worker_id: '' },
      'support_worker_id',
      'Choose the worker who supports the family',
    );
  });
});

describe('after Mia went home', () => {
  beforeAll(async () => {
    const response = await hannah.post(staffPath(miaId, 'went-home'), {
      went_home_on: '2026-11-02',
      support_worker_id: world.scene.hannah.id,
    });
    expect(response.statusCode).toBe(303);
  });

  const goodCheckIn = {
    held_on: '2026-11-17',
    how_it_is: 'some_worries',
    for_family: '',
    staff_notes: '',
    next_on: '2026-12-01',
  };

  it.each([
    [{ held_on: '2026-11-01' }, 'held_on', 'A check-in is after Mia went home on 2 November 2026'],
    [
      { next_on: '2026-12-16' },
      'next_on',
      'The date of the next check-in must be no more than 4 weeks after this one (by 15 December 2026): after a child goes home, the family has a check-in at least every 4 weeks',
    ],
    [{ next_on: '' }, 'next_on', 'Enter the date of the next check-in'],
  ])('refuses a check-in with %o naming %s', async (change, field, message) => {
    await expectRefused('check-ins/new', { ...goodCheckIn, ...change }, field, message);
  });

  it('refuses closing early without a reason, and a second "went home"', async () => {
    await expectRefused(
      'close',
      { how_it_is: 'going_well', for_family: 'Bye for now', staff_notes: '' },
      'staff_notes',
      'Say why the support is closing before 2 May 2027',
      'Bye for now',
    );
    await expectRefused('close', { how_it_is: '' }, 'how_it_is', 'Choose how things are going');
    expect((await hannah.get(staffPath(miaId, 'went-home'))).statusCode).toBe(409);
  });
});
