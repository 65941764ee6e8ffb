import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { MIA_SECRETS, type PartnershipScene } from '../../../test/support/partnership-scene.ts';
import {
  auditedBy,
  decisionsPath,
  openDecisionsWorld,
  requestIdOf,
  type DecisionsWorld,
} from './decisions-test-kit.ts';

// Mia's plan says her carers decide haircuts, her parents her faith, her social worker medical
// treatment. Sam asks about a haircut; Dani gives her views and Sam answers. Sam asks about a
// vaccination, which is not his to answer: Hannah answers it. Dani answers a question about
// her faith. Sam cannot write Dani's views for her; Hannah can, and the page says so.
let world: DecisionsWorld;
let scene: PartnershipScene;
const danis = () => decisionsPath('family', scene.miaId);
const sams = () => decisionsPath('record', scene.miaId);
let haircutId: string;
let vaccineId: string;

beforeAll(async () => {
  world = await openDecisionsWorld();
  scene = world.scene;
});
afterAll(async () => world.close());

describe('who decides what, in plain words', () => {
  it('tells Dani she decides about faith and Mia’s carers about haircuts, by first name only', async () => {
    const dani = await world.visitorFor(scene.dani);
    const page = await dani.get(danis());
    expect(page.statusCode).toBe(200);
    const text = pageText(page.body);
    expect(text).toContain('Decisions about Mia');
    expect(text).toContain('Faith and religious practice You decide Dani takes Mia to Mass');
    expect(text).toContain('Haircuts Mia’s carers decide Alex, foster carer Sam, foster carer');
    expect(text).toContain('Medical treatment Mia’s social worker decides Jordan Ellis');
    expect(text).toContain('Holidays abroad Decided together');
    expect(text).toContain('School trips Not agreed yet: ask Hannah');
    expect(text).not.toContain('Something else');
    expect(text).not.toContain('Change who decides');
    expect(page.body).not.toContain('class="sub-nav"');
    for (const secret of Object.values(MIA_SECRETS)) expect(page.body).not.toContain(secret);
    expect(await auditedBy(world.database.db, scene.dani.id, 'partnership.read')).toEqual([
      { outcome: 'done', recordType: 'child', recordId: scene.miaId, fields: ['decisions'] },
    ]);
  });

  it('names the carers in full to Sam, says "Mia’s parents decide", and shows the record’s tabs', async () => {
    const sam = await world.visitorFor(scene.sam);
    const page = await sam.get(sams());
    const text = pageText(page.body);
    expect(text).toContain(
      `Haircuts Mia’s carers decide Alex ${MIA_SECRETS.surname}, foster carer`,
    );
    expect(text).toContain('Faith and religious practice Mia’s parents decide');
    expect(page.body).toContain('class="sub-nav"');
    expect(text).not.toContain('Change who decides');
  });

  it('gives Hannah the link to change who decides', async () => {
    const hannah = await world.visitorFor(scene.hannah);
    const page = await hannah.get(sams());
    expect(page.body).toContain(`href="/children/${scene.miaId}/delegated-authority"`);
    expect(pageText(page.body)).toContain('Change who decides');
  });

  it('sends each side to its own address', async () => {
    const dani = await world.visitorFor(scene.dani);
    expect((await dani.get(sams())).headers.location).toBe(danis());
    const sam = await world.visitorFor(scene.sam);
    expect((await sam.get(`${danis()}/new`)).headers.location).toBe(`${sams()}/new`);
  });
});

describe('a haircut: asked by Sam, Dani’s views, answered by Sam', () => {
  it('is asked by Sam, audited, and waits for an answer', async () => {
    const sam = await world.visitorFor(scene.sam);
    expect((await sam.get(`${sams()}/new`)).statusCode).toBe(200);
    const asked = await sam.post(`${sams()}/new`, {
      topic: 'haircuts',
      question: 'Mia would like a short bob for the summer. Is that all right?',
      needed_by: '2026-11-20',
    });
    expect(asked.statusCode).toBe(303);
    haircutId = requestIdOf(asked.headers.location);
    expect(asked.headers.location).toBe(`${sams()}/${haircutId}`);
    expect(await auditedBy(world.database.db, scene.sam.id, 'decision.requested')).toEqual([
      {
        outcome: 'done',
        recordType: 'decision_request',
        recordId: haircutId,
        fields: ['topic', 'question', 'needed_by'],
      },
    ]);
    const text = pageText((await sam.get(asked.headers.location!)).body);
    expect(text).toContain('Your question is asked.');
    expect(text).toContain('Asked by You, 10 November 2026');
    expect(text).toContain('Needed by 20 November 2026');
    expect(text).toContain('Parents’ views Not given yet.');
    expect(text).toContain('What is the answer?');
  });

  it('shows Dani the question with Sam by first name, and takes her views', async () => {
    const dani = await world.visitorFor(scene.dani);
    const list = pageText((await dani.get(danis())).body);
    expect(list).toMatch(
      /Waiting for an answer Ask for a decision Haircuts Mia would like a short bob/,
    );
    expect(list).toContain('Asked by Sam, foster carer, 10 November 2026');
    const page = await dani.get(`${danis()}/${haircutId}`);
    const text = pageText(page.body);
    expect(text).toContain('Who decides Mia’s carers decide');
    expect(text).toContain(
      'Mia’s carers decide this. They, or Hannah, will record the answer here.',
    );
    expect(text).not.toContain('What is the answer?');
    for (const secret of Object.values(MIA_SECRETS)) expect(page.body).not.toContain(secret);

    const views = await dani.post(`${danis()}/${haircutId}/views`, {
      views: 'Yes, a bob would suit her. Could you send me a photo?',
    });
    expect(views.statusCode).toBe(303);
    expect(views.headers.location).toBe(`${danis()}/${haircutId}`);
    const after = pageText((await dani.get(views.headers.location!)).body);
    expect(after).toContain(
      'Yes, a bob would suit her. Could you send me a photo? From you, 10 November 2026',
    );
    expect(await auditedBy(world.database.db, scene.dani.id, 'decision.views_given')).toEqual([
      {
        outcome: 'done',
        recordType: 'decision_request',
        recordId: haircutId,
        fields: ['parent_views'],
      },
    ]);
  });

  it('is answered by Sam, whose carers’ topic it is, and then cannot be answered again', async () => {
    const sam = await world.visitorFor(scene.sam);
    const before = pageText((await sam.get(`${sams()}/${haircutId}`)).body);
    expect(before).toContain('From Dani Price, parent');
    const answered = await sam.post(`${sams()}/${haircutId}/decide`, {
      outcome: 'agreed',
      notes: 'Booked for Saturday.',
    });
    expect(answered.statusCode).toBe(303);
    expect(await auditedBy(world.database.db, scene.sam.id, 'decision.made')).toEqual([
      {
        outcome: 'done',
        recordType: 'decision_request',
        recordId: haircutId,
        fields: ['outcome', 'outcome_notes'],
      },
    ]);
    const again = await sam.post(`${sams()}/${haircutId}/decide`, {
      outcome: 'not_agreed',
      notes: 'No',
    });
    expect(again.statusCode).toBe(409);
    expect(pageText(again.body)).toContain(
      'The answer was already recorded by you, so it cannot be changed here.',
    );
    const dani = await world.visitorFor(scene.dani);
    const late = await dani.post(`${danis()}/${haircutId}/views`, { views: 'One more thing' });
    expect(late.statusCode).toBe(409);
    expect(pageText(late.body)).toContain(
      'The answer was already recorded by Sam, foster carer, so it cannot be changed here.',
    );
    const text = pageText((await dani.get(danis())).body);
    expect(text).toMatch(/Answered Haircuts Mia would like a short bob.*Answer Agreed/);
    expect(text).toContain('Nothing is waiting for an answer.');
    const page = pageText((await dani.get(`${danis()}/${haircutId}`)).body);
    expect(page).toContain('Booked for Saturday. Recorded by Sam, foster carer, 10 November 2026');
    expect(page).not.toContain('Your views');
  });
});

describe('a vaccination: not Sam’s to answer', () => {
  it('refuses Sam with the reason, audited, and Hannah answers it', async () => {
    const sam = await world.visitorFor(scene.sam);
    const asked = await sam.post(`${sams()}/new`, {
      topic: 'medical_treatment',
      question: 'The nurse is offering the flu spray. Can Mia have it?',
      needed_by: '',
    });
    vaccineId = requestIdOf(asked.headers.location);
    const refused = await sam.post(`${sams()}/${vaccineId}/decide`, {
      outcome: 'agreed',
      notes: '',
    });
    expect(refused.statusCode).toBe(403);
    expect(pageText(refused.body)).toContain(
      'Mia’s social worker decides this. Hannah will record the answer here once it is made.',
    );
    expect((await auditedBy(world.database.db, scene.sam.id, 'decision.made'))[0]).toEqual({
      outcome: 'refused',
      recordType: 'decision_request',
      recordId: vaccineId,
      fields: [],
    });
    // Even with nothing chosen, the refusal comes first.
    expect((await sam.post(`${sams()}/${vaccineId}/decide`, {})).statusCode).toBe(403);

    const hannah = await world.visitorFor(scene.hannah);
    const answered = await hannah.post(`${sams()}/${vaccineId}/decide`, {
      outcome: 'agreed_with_conditions',
      notes: 'Agreed, after Jordan checked with the GP.',
    });
    expect(answered.statusCode).toBe(303);
    const text = pageText((await sam.get(`${sams()}/${vaccineId}`)).body);
    expect(text).toContain('Agreed, with conditions');
    expect(text).toContain('Recorded by Hannah Kowalski, supervising social worker');
  });

  it('cannot take Sam’s writing of Dani’s views, but takes Hannah’s, said to be told to her', async () => {
    const sam = await world.visitorFor(scene.sam);
    const asked = await sam.post(`${sams()}/new`, {
      topic: 'sleepovers',
      question: 'Can Mia sleep over at Ava’s on Friday?',
    });
    const id = requestIdOf(asked.headers.location);
    const bySam = await sam.post(`${sams()}/${id}/views`, { views: 'Dani said yes on the phone' });
    expect(bySam.statusCode).toBe(403);
    expect(pageText(bySam.body)).toContain('Only Mia’s parents give their views here');
    expect((await sam.get(`${sams()}/${id}`)).body).not.toContain('name="views"');

    const hannah = await world.visitorFor(scene.hannah);
    const byHannah = await hannah.post(`${sams()}/${id}/views`, {
      views: 'Dani is happy for Mia to go.',
    });
    expect(byHannah.statusCode).toBe(303);
    const dani = await world.visitorFor(scene.dani);
    expect(pageText((await dani.get(`${danis()}/${id}`)).body)).toContain(
      'Dani is happy for Mia to go. As told to Hannah Kowalski, 10 November 2026',
    );
    expect(pageText((await hannah.get(`${sams()}/${id}`)).body)).toContain('As told to you');
  });

  it('takes Lee’s views at once, though his messages are read first: views answer a question', async () => {
    const lee = await world.visitorFor(scene.lee);
    const views = await lee.post(`${danis()}/${vaccineId}/views`, { views: 'Fine by me.' });
    // Answered already: Lee hears so, and nothing changes.
    expect(views.statusCode).toBe(409);
    const sam = await world.visitorFor(scene.sam);
    const asked = await sam.post(`${sams()}/new`, {
      topic: 'holidays_abroad',
      question: 'We would like to take Mia to France at Easter.',
    });
    const id = requestIdOf(asked.headers.location);
    const given = await lee.post(`${danis()}/${id}/views`, {
      views: 'I would like to talk about it first.',
    });
    expect(given.statusCode).toBe(303);
    expect(pageText((await sam.get(`${sams()}/${id}`)).body)).toContain(
      'I would like to talk about it first. From Lee Price, parent',
    );
  });
});

describe('a question about faith: Dani’s to answer', () => {
  it('is answered by Dani, and not by Sam or by Dani for a carers’ topic', async () => {
    const dani = await world.visitorFor(scene.dani);
    const asked = await dani.post(`${danis()}/new`, {
      topic: 'religious_observance',
      question: 'Can Mia start going to Sunday school again?',
    });
    expect(asked.statusCode).toBe(303);
    const id = requestIdOf(asked.headers.location);
    expect(asked.headers.location).toBe(`${danis()}/${id}`);
    const sam = await world.visitorFor(scene.sam);
    expect((await sam.post(`${sams()}/${id}/decide`, { outcome: 'agreed' })).statusCode).toBe(403);
    const answered = await dani.post(`${danis()}/${id}/decide`, { outcome: 'agreed', notes: '' });
    expect(answered.statusCode).toBe(303);
    expect(pageText((await sam.get(`${sams()}/${id}`)).body)).toContain(
      'Recorded by Dani Price, parent',
    );

    const haircut = await sam.post(`${sams()}/new`, { topic: 'haircuts', question: 'A fringe?' });
    const haircutAgain = requestIdOf(haircut.headers.location);
    const byDani = await dani.post(`${danis()}/${haircutAgain}/decide`, { outcome: 'agreed' });
    expect(byDani.statusCode).toBe(403);
    expect(pageText(byDani.body)).toContain('Mia’s carers decide this.');
  });
});
