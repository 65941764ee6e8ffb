import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { birthParents, partnershipSpaces } from '../../core/db/tables.ts';
import {
  as,
  auditOf,
  buildWorld,
  closeWorld,
  expectNoSecrets,
  type World,
} from './hub-test-kit.ts';
import { problemWithEmailLabel } from './members-schemas.ts';

// Hannah decides who is in Mia's space: Lee's family time is supervised, then paused, so his
// messages are read first, then he is out of the space for now. The emails call Mia "Mia P".
let world: World;
let membersPath: string;
let form: (changes: Record<string, string>) => Record<string, string>;
beforeAll(async () => {
  world = await buildWorld();
  const { miaId, dani, lee } = world.scene;
  membersPath = `/children/${miaId}/family/members`;
  form = (changes) => ({
    [`level_${dani.id}`]: 'direct',
    [`reason_${dani.id}`]: '',
    [`level_${lee.id}`]: 'reviewed',
    [`reason_${lee.id}`]: 'Family time is supervised',
    email_label: '',
    ...changes,
  });
});
afterAll(async () => closeWorld(world));

const levelOf = async (userId: string) => {
  const [row] = await world.database.db
    .select()
    .from(birthParents)
    .where(and(eq(birthParents.childId, world.scene.miaId), eq(birthParents.userId, userId)));
  return row!;
};

describe('who is in Mia’s space', () => {
  it('shows Hannah each parent’s level, the email label and nothing about kinship', async () => {
    const response = await (await as(world, world.scene.hannah)).get(membersPath);
    expect(response.statusCode).toBe(200);
    const { dani, lee } = world.scene;
    expect(response.body).toMatch(
      new RegExp(`id="field-level_${dani.id}"[^>]*value="direct"[^>]*checked`),
    );
    expect(response.body).toMatch(new RegExp(`id="field-level_${lee.id}-reviewed"[^>]*checked`));
    const text = pageText(response.body);
    expect(text).toContain('Leave it empty to use “M.”');
    expect(text).not.toContain('How the carers are related');
  });

  it('keeps Lee out of the space, with the reason, and tells the trail what changed', async () => {
    const { hannah, dani, lee, miaId } = world.scene;
    const visitor = await as(world, hannah);
    const saved = await visitor.post(
      membersPath,
      form({
        [`level_${lee.id}`]: 'not_in_space',
        [`reason_${lee.id}`]: 'Family time paused while the court decides',
        email_label: 'Mia P',
      }),
    );
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`/children/${miaId}/family`);
    expect(await levelOf(lee.id)).toMatchObject({
      spaceLevel: 'not_in_space',
      spaceLevelReason: 'Family time paused while the court decides',
      spaceLevelSetBy: hannah.id,
    });
    expect((await levelOf(dani.id)).spaceLevelSetBy).toBeNull();
    const [space] = await world.database.db
      .select()
      .from(partnershipSpaces)
      .where(eq(partnershipSpaces.childId, miaId));
    expect(space).toMatchObject({ emailLabel: 'Mia P', updatedBy: hannah.id });
    expect(await auditOf(world, hannah, 'partnership.level_set')).toHaveLength(1);
    expect(await auditOf(world, hannah, 'partnership.space_saved')).toEqual([
      expect.objectContaining({
        recordType: 'partnership_space',
        recordId: miaId,
        fields: ['email_label'],
      }),
    ]);
    const hub = pageText((await visitor.get(`/children/${miaId}/family`)).body);
    expect(hub).toContain('Lee Price , father: Not in the space for now');
    expect(hub).toContain('Why: Family time paused while the court decides');
  });

  it('refuses Lee his side of the space now (403), while Dani keeps hers', async () => {
    const { lee, dani, miaId } = world.scene;
    const visitor = await as(world, lee);
    const refused = await visitor.get(`/family/${miaId}`);
    expect(refused.statusCode).toBe(403);
    expectNoSecrets(refused.body);
    expect((await visitor.get(`/family/${miaId}/getting-started`)).statusCode).toBe(403);
    expect((await visitor.get(`/family/${miaId}/getting-started/guide`)).statusCode).toBe(403);
    expect((await (await as(world, dani)).get(`/family/${miaId}`)).statusCode).toBe(200);
  });

  it('shows the form again, naming what is wrong and keeping what was typed', async () => {
    const { hannah, lee } = world.scene;
    const visitor = await as(world, hannah);
    const noReason = await visitor.post(
      membersPath,
      form({ [`level_${lee.id}`]: 'reviewed', [`reason_${lee.id}`]: '', email_label: 'Mia-bear' }),
    );
    expect(noReason.statusCode).toBe(400);
    const text = pageText(noReason.body);
    expect(text).toContain('There is a problem');
    expect(text).toContain('Say why Lee Price’s messages are read first');
    expect(noReason.body).toContain('value="Mia-bear"');
    expect(noReason.body).toContain(`href="#field-reason_${lee.id}"`);

    const surname = await visitor.post(membersPath, form({ email_label: 'mia price' }));
    expect(surname.statusCode).toBe(400);
    expect(pageText(surname.body)).toContain('The email label must not contain Mia’s surname');
    expect(surname.body).toContain('value="mia price"');

    const long = await visitor.post(membersPath, form({ email_label: 'x'.repeat(41) }));
    expect(long.statusCode).toBe(400);
    expect(pageText(long.body)).toContain('The email label must be 40 characters or fewer');

    const noLevel = await visitor.post(membersPath, form({ [`level_${lee.id}`]: 'shouting' }));
    expect(noLevel.statusCode).toBe(400);
    expect(pageText(noLevel.body)).toContain('Choose whether Lee Price is in the space, and how');
    expect((await levelOf(lee.id)).spaceLevel).toBe('not_in_space');
  });

  it('refuses Dani and Sam (403): only staff change who is in the space', async () => {
    const { dani, sam, lee } = world.scene;
    for (const user of [dani, sam]) {
      const visitor = await as(world, user);
      expect((await visitor.get(membersPath)).statusCode, user.name).toBe(403);
      const post = await visitor.post(membersPath, form({ [`level_${lee.id}`]: 'direct' }));
      expect(post.statusCode, user.name).toBe(403);
    }
    expect((await levelOf(lee.id)).spaceLevel).toBe('not_in_space');
    expect((await auditOf(world, sam, 'partnership.manage'))[0]).toMatchObject({
      outcome: 'refused',
    });
  });
});

describe('Theo’s space, in kinship care', () => {
  it('asks how Grace is related to Theo’s mum, and everyone in the space reads it', async () => {
    const { hannah, abena, theoId } = world.scene;
    const visitor = await as(world, hannah);
    const path = `/children/${theoId}/family/members`;
    expect(pageText((await visitor.get(path)).body)).toContain(
      'How the carers are related to the parents (optional)',
    );
    const saved = await visitor.post(path, {
      [`level_${abena.id}`]: 'direct',
      [`reason_${abena.id}`]: '',
      email_label: 'T.',
      carers_relationship: 'Grace is Theo’s grandmother: his mum’s mum',
    });
    expect(saved.statusCode).toBe(303);
    expect(pageText((await (await as(world, abena)).get(`/family/${theoId}`)).body)).toContain(
      'Grace is Theo’s grandmother: his mum’s mum',
    );
  });
});

describe('an email label', () => {
  const mia = { firstName: 'Mia', lastName: 'Price', knownAs: 'Mia' };
  it.each([
    ['M.', null],
    ['Mia', null],
    ['Mia P', null],
    ['Pricey', null],
    ['Price', 'surname'],
    ['mia PRICE', 'surname'],
    ['Little M Price!', 'surname'],
  ])('“%s”', (label, problem) => {
    const found = problemWithEmailLabel(label, mia);
    if (problem) expect(found).toContain(problem);
    else expect(found).toBeNull();
  });
});
