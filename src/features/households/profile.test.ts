import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { auditOf, buildWorld, closeWorld, getAs, postAs, type World } from './record-test-kit.ts';
import { households } from '../../core/db/tables.ts';

// Sam supervises Oak, where Asha cares for Leo; Ben cares at Elm, which Nina supervises. Priya is the
// registered manager; Olga has left the agency.

let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(async () => closeWorld(world));

const validProfile = {
  maxChildren: '3',
  ageFrom: '5',
  ageTo: '15',
  siblingGroupMax: '2',
  careTypes: ['short_term', 'long_term'],
  bedrooms: '4',
  skills: ['attachment', 'trauma', 'teenager'],
  experienceNotes: 'Asha was a nursery nurse for ten years.',
  excludedNeeds: ['sexualised_behaviour'],
  languages: 'English, Gujarati\nHindi',
  faith: 'Hindu',
  ethnicity: 'British Indian',
  cultureNotes: 'Diwali with the whole family.',
  pets: 'An old cat called Mango',
  isSmoking: 'no',
  hasCar: 'yes',
  latitude: '52.4567',
  longitude: '-1.8949',
};

describe('changing a household’s profile and terms of approval', () => {
  it('lets Sam, who supervises Oak, save the whole profile; the record shows it and the change is audited', async () => {
    const response = await postAs(
      world,
      world.people.sam,
      `/households/${world.ids.oak}/edit`,
      validProfile,
    );
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`/households/${world.ids.oak}`);

    const [saved] = await world.database.db
      .select()
      .from(households)
      .where(eq(households.id, world.ids.oak));
    expect(saved).toMatchObject({
      maxChildren: 3,
      siblingGroupMax: 2,
      careTypes: ['short_term', 'long_term'],
      skills: ['attachment', 'trauma', 'teenager'],
      languages: ['English', 'Gujarati', 'Hindi'],
      latitude: 52.46,
      longitude: -1.89,
    });

    const text = pageText(
      (await getAs(world, world.people.sam, `/households/${world.ids.oak}`)).body,
    );
    expect(text).toContain('Terms of approval Up to 3 children, aged 5 to 15');
    expect(text).toContain('Vacancies 2 vacancies');
    expect(text).toContain('Largest group of brothers and sisters 2');
    expect(text).toContain('Kinds of care Short-term care and Long-term care');
    expect(text).toContain('Caring for children with attachment difficulties');
    expect(text).toContain('Asha was a nursery nurse for ten years.');
    expect(text).toContain('Not to be matched with (safeguarding)');
    expect(text).toContain('Languages English, Gujarati and Hindi');
    expect(text).toContain('Transport Has a car');
    expect(text).toContain('Map position, to about a kilometre: 52.46, -1.89');

    const [change] = await auditOf(world, world.people.sam, 'household.profile_changed');
    expect(change).toMatchObject({
      recordType: 'household',
      recordId: world.ids.oak,
      outcome: 'done',
    });
    expect(change!.fields).toEqual(
      expect.arrayContaining(['max_children', 'skills', 'languages', 'latitude']),
    );
    expect(change!.fields).not.toContain('has_car');
  });

  it('shows the form filled in from the record, and audits the read', async () => {
    const response = await getAs(world, world.people.sam, `/households/${world.ids.oak}/edit`);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('value="52.46"');
    expect(response.body).toMatch(/value="trauma"\s+checked/);
    const reads = await auditOf(world, world.people.sam, 'household.read');
    expect(reads.at(-1)).toMatchObject({
      recordId: world.ids.oak,
      fields: ['terms_of_approval', 'profile'],
    });
  });

  it('names every field that is wrong, keeps what was typed and saves nothing', async () => {
    const before = await world.database.db
      .select()
      .from(households)
      .where(eq(households.id, world.ids.oak));
    const response = await postAs(world, world.people.sam, `/households/${world.ids.oak}/edit`, {
      ...validProfile,
      bedrooms: '25',
      maxChildren: '11',
      ageFrom: '12',
      ageTo: '30',
      siblingGroupMax: '0',
      skills: ['attachment', 'juggling'],
      careTypes: ['holiday'],
      latitude: '52.5',
      longitude: '',
    });
    expect(response.statusCode).toBe(400);
    const text = pageText(response.body);
    expect(text).toContain('There is a problem');
    expect(text).toContain('Enter the number of bedrooms as a whole number from 0 to 20');
    expect(text).toContain(
      'Enter how many children they are approved for as a whole number from 0 to 10',
    );
    expect(text).toContain('Enter the oldest age as a whole number from 0 to 21');
    expect(text).toContain(
      'Enter the largest group of brothers and sisters as a whole number from 1 to 10',
    );
    expect(text).toContain('Choose skills from the list');
    expect(text).toContain('Choose kinds of care from the list');
    expect(text).toContain('Enter the longitude too, or leave both latitude and longitude blank');
    expect(response.body).toContain('href="#field-bedrooms"');
    expect(response.body).toContain('value="25"');
    expect(response.body).toContain('value="30"');
    expect(response.body).toContain('Gujarati');

    const after = await world.database.db
      .select()
      .from(households)
      .where(eq(households.id, world.ids.oak));
    expect(after).toEqual(before);
  });

  it('refuses ages the wrong way round and a sibling group larger than the terms', async () => {
    const response = await postAs(world, world.people.sam, `/households/${world.ids.oak}/edit`, {
      ...validProfile,
      maxChildren: '2',
      siblingGroupMax: '3',
      ageFrom: '12',
      ageTo: '5',
    });
    expect(response.statusCode).toBe(400);
    const text = pageText(response.body);
    expect(text).toContain('The oldest age must be the same as or more than the youngest age');
    expect(text).toContain(
      'The largest group of brothers and sisters cannot be more than the 2 children they are approved for',
    );
    const [saved] = await world.database.db
      .select()
      .from(households)
      .where(eq(households.id, world.ids.oak));
    expect(saved?.maxChildren).toBe(3);
  });

  it('shows Asha her own household without edit links, safeguarding exclusions or check outcomes', async () => {
    const response = await getAs(world, world.people.asha, `/households/${world.ids.oak}`);
    expect(response.statusCode).toBe(200);
    const text = pageText(response.body);
    expect(text).toContain('Skills and experience');
    expect(text).not.toContain('Not to be matched with');
    expect(text).not.toContain('Change the profile');
    expect(text).not.toContain('Record a check');
    expect(response.body).not.toContain(`/households/${world.ids.oak}/edit`);
  });

  it('refuses Asha the form (she may see the household, not change it), and Ben finds no such page', async () => {
    expect(
      (await getAs(world, world.people.asha, `/households/${world.ids.oak}/edit`)).statusCode,
    ).toBe(403);
    expect(
      (await getAs(world, world.people.ben, `/households/${world.ids.oak}/edit`)).statusCode,
    ).toBe(404);
    const response = await postAs(
      world,
      world.people.ben,
      `/households/${world.ids.oak}/edit`,
      validProfile,
    );
    expect(response.statusCode).toBe(404);
    expect(await auditOf(world, world.people.ben, 'household.update')).toEqual([
      expect.objectContaining({ outcome: 'refused', recordId: world.ids.oak }),
      expect.objectContaining({ outcome: 'refused', recordId: world.ids.oak }),
    ]);
  });
});

describe('the household’s supervising social worker', () => {
  it('is chosen by the registered manager from the active workers', async () => {
    const form = await getAs(world, world.people.priya, `/households/${world.ids.elm}/worker`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('Nina Berg');
    expect(form.body).toContain('Sam Ortiz');
    expect(form.body).not.toContain('Olga Lund');

    const response = await postAs(
      world,
      world.people.priya,
      `/households/${world.ids.elm}/worker`,
      { workerId: world.people.sam.id },
    );
    expect(response.statusCode).toBe(303);
    const [saved] = await world.database.db
      .select()
      .from(households)
      .where(eq(households.id, world.ids.elm));
    expect(saved?.supervisingWorkerId).toBe(world.people.sam.id);
    expect(
      (await auditOf(world, world.people.priya, 'household.profile_changed')).at(-1),
    ).toMatchObject({
      recordId: world.ids.elm,
      fields: ['supervising_worker'],
    });
  });

  it('cannot be someone who has left, or no one at all', async () => {
    const left = await postAs(world, world.people.priya, `/households/${world.ids.elm}/worker`, {
      workerId: world.people.olga.id,
    });
    expect(left.statusCode).toBe(400);
    expect(pageText(left.body)).toContain('Choose a supervising social worker from the list');
    const blank = await postAs(world, world.people.priya, `/households/${world.ids.elm}/worker`, {
      workerId: '',
    });
    expect(blank.statusCode).toBe(400);
    const [saved] = await world.database.db
      .select()
      .from(households)
      .where(eq(households.id, world.ids.elm));
    expect(saved?.supervisingWorkerId).toBe(world.people.sam.id);
  });

  it('is not Sam’s to change, though he keeps the profile; the refusal is audited', async () => {
    expect(
      (await getAs(world, world.people.sam, `/households/${world.ids.oak}/worker`)).statusCode,
    ).toBe(403);
    const response = await postAs(world, world.people.sam, `/households/${world.ids.oak}/worker`, {
      workerId: world.people.nina.id,
    });
    expect(response.statusCode).toBe(403);
    const [saved] = await world.database.db
      .select()
      .from(households)
      .where(eq(households.id, world.ids.oak));
    expect(saved?.supervisingWorkerId).toBe(world.people.sam.id);
    expect(await auditOf(world, world.people.sam, 'household.update')).toEqual([
      expect.objectContaining({ outcome: 'refused', fields: ['supervising_worker'] }),
      expect.objectContaining({ outcome: 'refused', fields: ['supervising_worker'] }),
    ]);
    expect(
      pageText((await getAs(world, world.people.sam, `/households/${world.ids.oak}`)).body),
    ).not.toContain('Change the supervising social worker');
    expect(
      pageText((await getAs(world, world.people.priya, `/households/${world.ids.oak}`)).body),
    ).toContain('Change the supervising social worker');
  });
});
