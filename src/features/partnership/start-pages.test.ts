import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { buildChild, buildHousehold, placeChild } from '../../../test/support/factories.ts';
import { partnershipStarts } from '../../core/db/tables.ts';
import {
  as,
  auditOf,
  buildWorld,
  closeWorld,
  expectNoSecrets,
  type World,
} from './hub-test-kit.ts';

// Mia came to Sam and Alex on Monday 5 October 2026; it is Thursday the 8th. The comfort call was
// due yesterday; the introductory meeting is due on Monday. Hannah arranges the meeting, Sam
// records the call, and Dani reads when and where she will meet them.
let world: World;
let staffPage: string;
let familyPage: string;
beforeAll(async () => {
  world = await buildWorld();
  staffPage = `/children/${world.scene.miaId}/family/getting-started`;
  familyPage = `/family/${world.scene.miaId}/getting-started`;
});
afterAll(async () => closeWorld(world));

const startRow = async () => {
  const [row] = await world.database.db
    .select()
    .from(partnershipStarts)
    .where(eq(partnershipStarts.placementId, world.scene.placementId));
  return row ?? null;
};

describe('getting started, for Hannah', () => {
  it('shows each deadline with a tag and why it is due, and the forms to arrange the meeting', async () => {
    const response = await (await as(world, world.scene.hannah)).get(staffPage);
    expect(response.statusCode).toBe(200);
    const text = pageText(response.body);
    expect(text).toContain('The introductory meeting Due Due by 12 October 2026');
    expect(text).toContain('The comfort call Overdue It was due by 7 October 2026');
    expect(text).toContain(
      'The child’s parents and carers meet within 5 working days of the child arriving: Mia arrived on 5 October 2026, so it is due by 12 October 2026. Weekends and bank holidays (England and Wales bank holidays) are not counted.',
    );
    expect(text).toContain('Agency practice: a carer speaks with the child’s parent by phone');
    expect(response.body.match(/<summary>Why is this due\?<\/summary>/g)).toHaveLength(2);
    expect(text).toContain('Arrange the meeting');
    expect(text).toContain('Record the meeting as held');
    expect(text).toContain('Mia’s parents have not written anything yet.');
    expect(await auditOf(world, world.scene.hannah, 'partnership.read')).toContainEqual(
      expect.objectContaining({ recordId: world.scene.miaId, fields: ['getting_started'] }),
    );
  });
});

describe('the comfort call', () => {
  it('is recorded by Sam, who cannot arrange the meeting', async () => {
    const { sam, miaId, placementId } = world.scene;
    const visitor = await as(world, sam);
    const page = pageText((await visitor.get(staffPage)).body);
    expect(page).toContain('Record the call');
    expect(page).not.toContain('Arrange the meeting');

    const future = await visitor.post(`${staffPage}/comfort-call`, {
      comfort_call_on: '2026-10-09',
      comfort_call_notes: 'Mia said goodnight to her mum',
    });
    expect(future.statusCode).toBe(400);
    expect(pageText(future.body)).toContain('The date of the call cannot be after today');
    expect(future.body).toContain('Mia said goodnight to her mum</textarea>');

    const notADate = await visitor.post(`${staffPage}/comfort-call`, {
      comfort_call_on: 'Tuesday',
    });
    expect(notADate.statusCode).toBe(400);
    expect(pageText(notADate.body)).toContain('Enter the day of the call, like 2026-10-06');

    const recorded = await visitor.post(`${staffPage}/comfort-call`, {
      comfort_call_on: '2026-10-06',
      comfort_call_notes: 'Mia said goodnight to her mum',
    });
    expect(recorded.statusCode).toBe(303);
    expect(recorded.headers.location).toBe(staffPage);
    expect(await startRow()).toMatchObject({
      childId: miaId,
      comfortCallHeldOn: '2026-10-06',
      comfortCallNotes: 'Mia said goodnight to her mum',
      updatedBy: sam.id,
    });
    expect(pageText((await visitor.get(staffPage)).body)).toContain(
      'The comfort call Done Held on 6 October 2026',
    );
    expect(await auditOf(world, sam, 'partnership.start_recorded')).toEqual([
      expect.objectContaining({
        recordType: 'partnership_start',
        recordId: placementId,
        fields: ['comfort_call_held_on', 'comfort_call_notes'],
      }),
    ]);

    for (const form of ['introductory-meeting', 'introductory-meeting/held']) {
      const refused = await visitor.post(`${staffPage}/${form}`, {
        intro_date: '2026-10-09',
        intro_time: '10:30',
        intro_place: 'The family centre',
        intro_held_on: '2026-10-08',
      });
      expect(refused.statusCode, form).toBe(403);
    }
  });

  it('is not for Dani to record (403); her side of the space has its own page', async () => {
    const visitor = await as(world, world.scene.dani);
    const refused = await visitor.post(`${staffPage}/comfort-call`, {
      comfort_call_on: '2026-10-06',
    });
    expect(refused.statusCode).toBe(403);
    const redirected = await visitor.get(staffPage);
    expect(redirected.statusCode).toBe(303);
    expect(redirected.headers.location).toBe(familyPage);
  });
});

describe('arranging the introductory meeting', () => {
  it('shows the form again when something is missing or wrong, keeping what was typed', async () => {
    const visitor = await as(world, world.scene.hannah);
    const url = `${staffPage}/introductory-meeting`;
    const noDay = await visitor.post(url, {
      intro_time: '10:30',
      intro_place: 'The family centre',
    });
    expect(noDay.statusCode).toBe(400);
    expect(pageText(noDay.body)).toContain('Enter the day of the meeting, like 2026-10-12');
    expect(noDay.body).toContain('value="The family centre"');
    expect(noDay.body).toContain('href="#field-intro_date"');

    const badTime = await visitor.post(url, {
      intro_date: '2026-10-09',
      intro_time: '25:00',
      intro_place: 'The family centre',
    });
    expect(pageText(badTime.body)).toContain('Enter the time on the 24-hour clock, like 10:30');

    const past = await visitor.post(url, {
      intro_date: '2026-10-01',
      intro_time: '10:30',
      intro_place: 'The family centre',
    });
    expect(past.statusCode).toBe(400);
    expect(pageText(past.body)).toContain('The meeting must be today or later');
    expect(await startRow()).toMatchObject({ introScheduledAt: null, introPlace: '' });
  });

  it('warns before a place that would tell Dani where Mia lives, until Hannah sends it anyway', async () => {
    const { hannah, placementId } = world.scene;
    const visitor = await as(world, hannah);
    const url = `${staffPage}/introductory-meeting`;
    const fields = { intro_date: '2026-10-09', intro_time: '10:30', intro_place: 'Near OL14 7QX' };
    const warned = await visitor.post(url, fields);
    expect(warned.statusCode).toBe(400);
    const text = pageText(warned.body);
    expect(text).toContain('This could tell Mia’s family where Mia lives');
    expect(text).toContain('the carers’ postcode (“OL14 7QX”)');
    expect(warned.body).toContain('href="#field-intro_place"');
    expect(warned.body).toContain('name="send_anyway"');
    expect(warned.body).toContain('value="Near OL14 7QX"');
    expect((await startRow())?.introPlace ?? '').toBe('');

    const surname = await visitor.post(url, {
      ...fields,
      intro_place: 'At the Brackenridge house',
    });
    expect(pageText(surname.body)).toContain('the carers’ surname');

    const sent = await visitor.post(url, { ...fields, send_anyway: 'yes' });
    expect(sent.statusCode).toBe(303);
    expect((await startRow())?.introPlace).toBe('Near OL14 7QX');
    expect((await auditOf(world, hannah, 'partnership.start_recorded')).at(-1)).toMatchObject({
      recordId: placementId,
      fields: ['intro_scheduled_at', 'intro_place', 'sent_anyway'],
    });
  });

  it('tells Dani when and where, on the agency’s clock, and nothing else', async () => {
    const visitor = await as(world, world.scene.hannah);
    const saved = await visitor.post(`${staffPage}/introductory-meeting`, {
      intro_date: '2026-10-09',
      intro_time: '10:30',
      intro_place: 'The family centre on Mill Lane',
    });
    expect(saved.statusCode).toBe(303);
    expect((await startRow())?.introScheduledAt?.toISOString()).toBe('2026-10-09T09:30:00.000Z');

    const response = await (await as(world, world.scene.dani)).get(familyPage);
    expect(response.statusCode).toBe(200);
    const text = pageText(response.body);
    expect(response.body).toContain('<h1 class="heading-xl">Meeting Mia’s carers</h1>');
    expect(text).toContain('When Friday 9 October 2026, 10:30');
    expect(text).toContain('Where The family centre on Mill Lane');
    expect(text).toContain('You spoke with Mia’s carers on 6 October 2026.');
    expect(text).not.toContain('goodnight');
    expectNoSecrets(response.body);
    const hub = await (await as(world, world.scene.dani)).get(`/family/${world.scene.miaId}`);
    expect(pageText(hub.body)).toContain('You meet on Friday 9 October 2026, 10:30.');
    expectNoSecrets(hub.body);
  });

  it('records the meeting as held, with notes Dani does not see', async () => {
    const visitor = await as(world, world.scene.hannah);
    const url = `${staffPage}/introductory-meeting/held`;
    const bad = await visitor.post(url, { intro_held_on: '2026-13-01', intro_notes: 'Warm' });
    expect(bad.statusCode).toBe(400);
    expect(pageText(bad.body)).toContain('Enter a real date');
    expect(bad.body).toContain('Warm</textarea>');

    const held = await visitor.post(url, {
      intro_held_on: '2026-10-08',
      intro_notes: 'Dani brought photos of Mia as a baby',
    });
    expect(held.statusCode).toBe(303);
    const staff = pageText((await visitor.get(staffPage)).body);
    expect(staff).toContain('The introductory meeting Done Held on 8 October 2026');
    expect(staff).toContain('Dani brought photos of Mia as a baby');
    const family = await (await as(world, world.scene.dani)).get(familyPage);
    expect(pageText(family.body)).toContain('You met Mia’s carers on 8 October 2026.');
    expect(pageText(family.body)).not.toContain('photos of Mia as a baby');
  });
});

describe('a child who lives in none of the agency’s homes now', () => {
  it('says so plainly, and has nothing to record', async () => {
    const db = world.database.db;
    const noahId = await buildChild(db, { firstName: 'Noah', lastName: 'Quinn' });
    const home = await buildHousehold(db, { supervisingWorkerId: world.scene.hannah.id });
    await placeChild(db, noahId, home, { startedOn: '2026-01-05', endedOn: '2026-09-30' });
    const visitor = await as(world, world.scene.priya);
    const page = await visitor.get(`/children/${noahId}/family/getting-started`);
    expect(page.statusCode).toBe(200);
    expect(pageText(page.body)).toContain(
      'Noah does not live in one of the agency’s homes now, so there is no introductory meeting or comfort call to arrange.',
    );
    const call = await visitor.post(`/children/${noahId}/family/getting-started/comfort-call`, {
      comfort_call_on: '2026-10-06',
    });
    expect(call.statusCode).toBe(400);
    expect(pageText(call.body)).toContain('Noah does not live in one of the agency’s homes now');
  });
});
