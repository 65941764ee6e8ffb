import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import {
  childDelegatedAuthority,
  childImportantPeople,
  childSiblings,
  matchingExclusions,
} from '../../core/db/tables.ts';
import {
  auditOf,
  buildWorld,
  closeWorld,
  getAs,
  postAs,
  readAs,
  type World,
} from './record-test-kit.ts';

// Leo and Mia live at Oak with Asha; Sam supervises Oak. Noah lives at Elm with Ben; Nina
// supervises Elm. Priya is the registered manager; Lena is Leo's mother.
let world: World;
beforeAll(async () => {
  world = await buildWorld();
});
afterAll(async () => closeWorld(world));

describe('brothers and sisters', () => {
  it('lets Sam link Mia as Leo’s sister, to live together; both records show it and both are audited', async () => {
    const { sam, asha } = world.people;
    const { leo, mia } = world.ids;
    const form = await getAs(world, sam, `/children/${leo}/siblings`);
    expect(form.body).toContain(`value="${mia}"`);
    expect(form.body).not.toContain(`value="${world.ids.noah}"`);

    const response = await postAs(world, sam, `/children/${leo}/siblings`, {
      siblingId: mia,
      isTogetherPlanned: 'yes',
    });
    expect(response.statusCode).toBe(303);
    const [pair] = await world.database.db.select().from(childSiblings);
    expect(pair).toMatchObject({
      childId: leo < mia ? leo : mia,
      siblingId: leo < mia ? mia : leo,
      isPlacedTogetherPlanned: true,
    });
    expect(await readAs(world, asha, `/children/${leo}`)).toContain(
      'Brothers and sisters Mia Lind , 9 · Plan: live together',
    );
    expect(await readAs(world, asha, `/children/${mia}`)).toContain(
      'Leo Lind , 11 · Plan: live together',
    );
    const changes = await auditOf(world, sam, 'child.siblings_changed');
    expect(changes.map((entry) => entry.recordId).sort()).toEqual([leo, mia].sort());
  });

  it('changes the plan when the link is made again, and refuses a child Sam cannot see', async () => {
    const { sam } = world.people;
    const { leo, mia, noah } = world.ids;
    await postAs(world, sam, `/children/${mia}/siblings`, {
      siblingId: leo,
      isTogetherPlanned: 'no',
    });
    expect(await readAs(world, sam, `/children/${leo}`)).toContain('Plan: live apart');

    const hidden = await postAs(world, sam, `/children/${leo}/siblings`, {
      siblingId: noah,
      isTogetherPlanned: 'yes',
    });
    expect(hidden.statusCode).toBe(400);
    expect(pageText(hidden.body)).toContain('Choose a brother or sister from the list');
    const itself = await postAs(world, sam, `/children/${leo}/siblings`, {
      siblingId: leo,
      isTogetherPlanned: '',
    });
    const page = pageText(itself.body);
    expect(page).toContain('Say whether the plan is for them to live together');
    expect(await world.database.db.select().from(childSiblings)).toHaveLength(1);
  });

  it('removes the link', async () => {
    const { leo, mia } = world.ids;
    const response = await postAs(
      world,
      world.people.sam,
      `/children/${leo}/siblings/${mia}/remove`,
      {},
    );
    expect(response.statusCode).toBe(303);
    expect(await world.database.db.select().from(childSiblings)).toEqual([]);
    expect(await readAs(world, world.people.sam, `/children/${leo}`)).toContain(
      'No brothers or sisters are linked',
    );
  });
});

describe('the people who matter to a child', () => {
  it('are summed up on the record without anyone flagged, waiting or gone, with a way to the map', async () => {
    const { asha } = world.people;
    const leo = world.ids.leo;
    const person = (values: Partial<typeof childImportantPeople.$inferInsert>) => ({
      childId: leo,
      relationship: 'Family friend',
      joinedOn: '2026-01-01',
      ...values,
      name: values.name ?? 'Someone',
    });
    await world.database.db
      .insert(childImportantPeople)
      .values([
        person({ name: 'Carol Lind', relationship: 'Nan', ring: 1 }),
        person({ name: 'Vic Lind', contactStatus: 'not_safe' }),
        person({ name: 'Ray Lind', hasNoContactOrder: true, flagShownBy: world.people.sam.id }),
        person({ name: 'Suggested Person', status: 'proposed' }),
        person({ name: 'Gone Person', leftOn: '2026-06-01' }),
      ]);
    const text = await readAs(world, asha, `/children/${leo}`);
    expect(text).toContain('People who matter to Leo Carol Lind · Nan See all of Leo’s people');
    for (const hidden of ['Vic Lind', 'Ray Lind', 'Suggested Person', 'Gone Person']) {
      expect(text).not.toContain(hidden);
    }
    expect(await readAs(world, world.people.sam, `/children/${leo}`)).not.toContain('Vic Lind');
  });
});

describe('who decides what', () => {
  it('saves a decision and a note per topic, audited by topic', async () => {
    const { sam, asha } = world.people;
    const url = `/children/${world.ids.leo}/delegated-authority`;
    const response = await postAs(world, sam, url, {
      decidedBy_haircuts: 'carers',
      decidedBy_school_trips: 'shared',
      notes_school_trips: 'Overnight trips: ask his social worker',
    });
    expect(response.statusCode).toBe(303);
    const page = await readAs(world, asha, `/children/${world.ids.leo}`);
    expect(page).toContain('Haircuts The carers');
    expect(page).toContain(
      'School trips Shared: talked through together Overnight trips: ask his social worker',
    );
    expect(page).toContain('Holidays abroad Not agreed yet');
    expect((await auditOf(world, sam, 'child.delegated_authority_changed')).at(-1)).toMatchObject({
      recordId: world.ids.leo,
      fields: ['haircuts', 'school_trips'],
    });
    const form = await getAs(world, sam, url);
    expect(form.body).toMatch(/<option value="carers" selected/);
  });

  it('refuses someone who is not on the list, keeping the rest as typed', async () => {
    const response = await postAs(
      world,
      world.people.sam,
      `/children/${world.ids.leo}/delegated-authority`,
      {
        decidedBy_haircuts: 'the neighbours',
        notes_sleepovers: 'Only at Sam’s friend’s',
      },
    );
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain('Choose who decides about haircuts');
    expect(response.body).toContain('Only at Sam’s friend’s');
    expect(
      await world.database.db
        .select()
        .from(childDelegatedAuthority)
        .where(eq(childDelegatedAuthority.childId, world.ids.leo)),
    ).toHaveLength(2);
  });
});

describe('households a child must never be matched with', () => {
  it('are recorded by the manager with a reason, shown to staff and never to the carers', async () => {
    const { priya, sam, asha } = world.people;
    const url = `/children/${world.ids.leo}/exclusions`;
    const response = await postAs(world, priya, url, {
      householdId: world.ids.elm,
      reason: 'A known risk to Leo lives nearby',
    });
    expect(response.statusCode).toBe(303);
    expect(await readAs(world, priya, `/children/${world.ids.leo}`)).toContain(
      'Never to be matched with',
    );
    const staffPage = await readAs(world, sam, `/children/${world.ids.leo}`);
    expect(staffPage).toContain('Elm household A known risk to Leo lives nearby');
    const carerPage = await readAs(world, asha, `/children/${world.ids.leo}`);
    expect(carerPage).not.toContain('A known risk');
    expect(carerPage).not.toContain('Elm household');
    expect((await auditOf(world, priya, 'child.matching_exclusion_changed')).at(-1)).toMatchObject({
      recordId: world.ids.leo,
    });
  });

  it('offers Sam only the households he may see, and refuses another', async () => {
    const { sam } = world.people;
    const url = `/children/${world.ids.mia}/exclusions`;
    const form = await getAs(world, sam, url);
    expect(form.body).toContain(`value="${world.ids.oak}"`);
    expect(form.body).not.toContain(`value="${world.ids.elm}"`);
    const response = await postAs(world, sam, url, {
      householdId: world.ids.elm,
      reason: '',
    });
    expect(response.statusCode).toBe(400);
    const page = pageText(response.body);
    expect(page).toContain('Enter the reason');
    const again = await postAs(world, sam, url, { householdId: world.ids.elm, reason: 'Risk' });
    expect(pageText(again.body)).toContain('Choose a household from the list');
  });

  it('are removed', async () => {
    await postAs(
      world,
      world.people.priya,
      `/children/${world.ids.leo}/exclusions/${world.ids.elm}/remove`,
      {},
    );
    expect(await world.database.db.select().from(matchingExclusions)).toEqual([]);
  });

  it('are not for carers to change', async () => {
    const url = `/children/${world.ids.leo}/exclusions`;
    expect((await getAs(world, world.people.asha, url)).statusCode).toBe(403);
    expect((await getAs(world, world.people.ben, url)).statusCode).toBe(404);
  });
});

describe('the pages that keep the people around a child', () => {
  it('each write a read of the part they show to the audit trail', async () => {
    const { sam } = world.people;
    const parts = {
      siblings: 'siblings',
      'delegated-authority': 'delegated_authority',
      exclusions: 'matching_exclusions',
    };
    for (const [path, field] of Object.entries(parts)) {
      const response = await getAs(world, sam, `/children/${world.ids.mia}/${path}`);
      expect(response.statusCode, path).toBe(200);
      expect((await auditOf(world, sam, 'child.read')).at(-1)).toMatchObject({
        recordType: 'child',
        recordId: world.ids.mia,
        fields: [field],
      });
    }
  });
});
