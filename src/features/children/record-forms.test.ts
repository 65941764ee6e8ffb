import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { children } from '../../core/db/tables.ts';
import {
  auditOf,
  buildWorld,
  closeWorld,
  getAs,
  postAs,
  readAs,
  type World,
} from './record-test-kit.ts';

// Priya, the registered manager, and Sam, who supervises Oak where Leo and Mia live, keep
// children's records. Asha cares for Leo and Mia; Nina supervises Elm; Lena is Leo's mother.
let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(async () => closeWorld(world));

const newChild = {
  firstName: 'Ruby',
  lastName: 'Hart',
  preferredName: 'Rubes',
  dateOfBirth: '2016-04-12',
  gender: 'girl',
  ethnicity: 'White British',
  faith: 'None',
  languages: 'English',
  cultureNotes: 'Loves her nan’s Sunday dinners.',
  legalStatus: 'Interim care order (s38)',
  placingAuthority: 'Northshire County Council',
  socialWorkerName: 'Jo Day',
  socialWorkerEmail: 'jo.day@northshire.example',
  socialWorkerPhone: '01632 960 123',
  schoolName: 'Fellbeck Primary',
  schoolAreaId: '',
  schoolLatitude: '',
  schoolLongitude: '',
  healthNotes: 'Asthma: blue inhaler in her bag.',
  needs: ['attachment', 'education'],
  needsNotes: '',
  attachmentNotes: 'A night light helps.',
};

const childCount = async () =>
  (await world.database.db.select({ total: count() }).from(children))[0]!.total;

describe('making a child’s record', () => {
  it('offers the local authorities the agency knows as suggestions', async () => {
    const response = await getAs(world, world.people.priya, '/children/new');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<option value="Northshire County Council"');
    expect(response.body).toContain('list="field-placingAuthority-suggestions"');
  });

  it('takes the manager to the new record, which shows what was typed; the making is audited', async () => {
    const { priya } = world.people;
    const response = await postAs(world, priya, '/children/new', {
      ...newChild,
      schoolAreaId: world.ids.northfield,
    });
    expect(response.statusCode).toBe(303);
    const id = response.headers.location!.replace('/children/', '');
    const page = await readAs(world, priya, `/children/${id}`);
    expect(page).toContain('Rubes Hart');
    expect(page).toContain('Legal status Interim care order (s38)');
    expect(page).toContain('Name Jo Day Email jo.day@northshire.example Phone 01632 960 123');
    expect(page).toContain('School Fellbeck Primary School’s area Northfield');
    expect(page).toContain('Finds it hard to trust adults or feel safe with them');
    expect(page).toContain('A night light helps.');
    expect((await auditOf(world, priya, 'child.created')).at(-1)).toMatchObject({
      recordType: 'child',
      recordId: id,
      fields: expect.arrayContaining(['first_name', 'needs', 'social_worker_email']),
    });
  });

  it('sends Sam back to the list with word of when he will see the child, who is in no home of his yet', async () => {
    const { sam } = world.people;
    const response = await postAs(world, sam, '/children/new', {
      ...newChild,
      firstName: 'Tom',
      preferredName: '',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/children');
    const [tom] = await world.database.db
      .select({ id: children.id })
      .from(children)
      .where(eq(children.firstName, 'Tom'));
    expect(tom).toBeDefined();
    expect((await getAs(world, sam, `/children/${tom!.id}`)).statusCode).toBe(404);
  });

  it('names every field that is wrong, keeps what was typed and makes nothing', async () => {
    const before = await childCount();
    const response = await postAs(world, world.people.priya, '/children/new', {
      ...newChild,
      firstName: '',
      dateOfBirth: '2027-01-01',
      legalStatus: '',
      placingAuthority: '',
      socialWorkerEmail: 'jo.day-at-northshire',
      socialWorkerPhone: '123',
      schoolLatitude: '52.5',
      needs: ['attachment', 'flying'],
    });
    expect(response.statusCode).toBe(400);
    const page = pageText(response.body);
    for (const message of [
      'Enter the child’s first name',
      'Choose the legal status',
      'Enter the placing local authority',
      'Enter the social worker’s email address like name@council.gov.uk',
      'Enter the social worker’s phone number with 10 to 15 digits',
      'Enter both the school’s latitude and longitude, or leave both blank',
      'Choose needs from the list',
    ]) {
      expect(page).toContain(message);
    }
    expect(response.body).toContain('value="jo.day-at-northshire"');
    expect(response.body).toContain('value="Hart"');
    expect(await childCount()).toBe(before);
  });

  it('refuses a birthday in the future or a young person of 18, once the other fields are right', async () => {
    const future = await postAs(world, world.people.priya, '/children/new', {
      ...newChild,
      dateOfBirth: '2026-11-24',
    });
    expect(future.statusCode).toBe(400);
    expect(pageText(future.body)).toContain('The date of birth must be today or in the past');
    const adult = await postAs(world, world.people.priya, '/children/new', {
      ...newChild,
      dateOfBirth: '2008-11-23',
    });
    expect(pageText(adult.body)).toContain(
      'A child’s record is for someone aged 0 to 17 today: check the date of birth',
    );
  });

  it('is not for carers', async () => {
    expect((await getAs(world, world.people.asha, '/children/new')).statusCode).toBe(403);
    const response = await postAs(world, world.people.asha, '/children/new', newChild);
    expect(response.statusCode).toBe(403);
  });
});

describe('changing a child’s details', () => {
  it('lets Sam add Leo’s school, needs and what helps; the change is audited by field', async () => {
    const { sam } = world.people;
    const url = `/children/${world.ids.leo}/edit`;
    const form = await getAs(world, sam, url);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="Leo"');
    expect((await auditOf(world, sam, 'child.read')).at(-1)).toMatchObject({
      recordId: world.ids.leo,
      fields: ['profile'],
    });
    const response = await postAs(world, sam, url, {
      ...newChild,
      firstName: 'Leo',
      lastName: 'Lind',
      preferredName: '',
      dateOfBirth: '2015-06-01',
      legalStatus: 'Care order (s31)',
      schoolName: 'Ashby Cross Academy',
      schoolAreaId: world.ids.northfield,
      schoolLatitude: '52.51',
      schoolLongitude: '-1.9',
      needs: ['trauma', 'behaviour'],
      needsNotes: 'Leo can flare up when plans change.',
      attachmentNotes: 'Warn him early about changes.',
    });
    expect(response.statusCode).toBe(303);
    const page = await readAs(world, sam, `/children/${world.ids.leo}`);
    expect(page).toContain('What Leo needs');
    expect(page).toContain('Has lived through trauma');
    expect(page).toContain('Leo can flare up when plans change.');
    expect(page).toContain('What helps, what to expect Warn him early about changes.');
    const [change] = await auditOf(world, sam, 'child.profile_changed');
    expect(change).toMatchObject({ recordType: 'child', recordId: world.ids.leo });
    expect(change!.fields).toEqual(expect.arrayContaining(['school_name', 'needs']));
    expect(change!.fields).not.toContain('first_name');
  });

  it('shows the form again with what was wrong, and changes nothing', async () => {
    const { sam } = world.people;
    const response = await postAs(world, sam, `/children/${world.ids.leo}/edit`, {
      ...newChild,
      firstName: 'Leo',
      lastName: '',
      dateOfBirth: 'last spring',
      schoolAreaId: '00000000-0000-4000-8000-000000000000',
      legalStatus: 'Care order (s31)',
    });
    expect(response.statusCode).toBe(400);
    const page = pageText(response.body);
    expect(page).toContain('Enter the child’s last name');
    expect(page).toContain('Enter the date of birth as a real date, like 2015-06-04');
    expect(response.body).toContain('value="last spring"');
    const [leo] = await world.database.db
      .select()
      .from(children)
      .where(eq(children.id, world.ids.leo));
    expect(leo).toMatchObject({ lastName: 'Lind', schoolName: 'Ashby Cross Academy' });
  });

  it('is refused to Asha, who may read the record, and hidden from Nina and Lena’s other children', async () => {
    const url = `/children/${world.ids.leo}/edit`;
    expect((await getAs(world, world.people.asha, url)).statusCode).toBe(403);
    expect((await getAs(world, world.people.nina, url)).statusCode).toBe(404);
    expect((await getAs(world, world.people.lena, url)).statusCode).toBe(403);
    expect(
      (await getAs(world, world.people.lena, `/children/${world.ids.noah}/edit`)).statusCode,
    ).toBe(404);
    expect(await auditOf(world, world.people.nina, 'child.update')).toEqual([
      expect.objectContaining({ outcome: 'refused', recordId: world.ids.leo }),
    ]);
  });
});

describe('who reads the whole record', () => {
  it('shows Asha the record of a child she cares for without edit links', async () => {
    const response = await getAs(world, world.people.asha, `/children/${world.ids.leo}`);
    expect(response.statusCode).toBe(200);
    const page = pageText(response.body);
    expect(page).toContain('What Leo needs');
    expect(page).toContain('Who decides what (delegated authority)');
    expect(response.body).not.toContain(`/children/${world.ids.leo}/edit`);
    expect(response.body).not.toContain(`/children/${world.ids.leo}/siblings`);
    expect(page).not.toContain('Never to be matched with');
    expect((await auditOf(world, world.people.asha, 'child.read')).at(-1)).toMatchObject({
      recordId: world.ids.leo,
      fields: expect.not.arrayContaining(['matching_exclusions']),
    });
  });

  it('keeps the tabs of the record under the heading', async () => {
    const response = await getAs(world, world.people.sam, `/children/${world.ids.leo}`);
    expect(response.body).toMatch(/<h1[^>]*>Leo Lind<\/h1>\s*<nav class="sub-nav"/);
    expect(response.body).toContain(`href="/children/${world.ids.leo}/edit"`);
  });

  it('tells Lena she may not read the staff record, and Nina that there is no such child', async () => {
    expect((await getAs(world, world.people.lena, `/children/${world.ids.leo}`)).statusCode).toBe(
      403,
    );
    expect((await getAs(world, world.people.nina, `/children/${world.ids.leo}`)).statusCode).toBe(
      404,
    );
  });
});

describe('the list of children', () => {
  it('shows how many needs each child has, and the way to add a child to staff only', async () => {
    const manager = await readAs(world, world.people.priya, '/children');
    expect(manager).toContain('Add a child');
    expect(manager).toMatch(/Leo Lind 11 2 needs/);
    const carer = await readAs(world, world.people.asha, '/children');
    expect(carer).not.toContain('Add a child');
    expect(carer).toContain('Leo Lind');
  });
});
