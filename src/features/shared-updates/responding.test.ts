import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import { mailOutbox, partnershipMessages, sharedUpdateReactions } from '../../core/db/tables.ts';
import {
  auditOf,
  familyUpdates,
  insertUpdate,
  openWorld,
  staffUpdates,
  type World,
} from './shared-updates-test-kit.ts';

// Sam's update about Mia's spelling test. Dani is proud and says so; Lee replies too, but a worker
// reads Lee's words first, so Sam sees Lee's reply only once Hannah has passed it on.
let world: World;
let updateId: string;
let danisPage: string;
let samsPage: string;
let leesPage: string;
beforeAll(async () => {
  world = await openWorld();
  updateId = await insertUpdate(world, { topic: 'school', body: 'Ten out of ten in spelling!' });
  danisPage = `${familyUpdates(world)}/${updateId}`;
  leesPage = danisPage;
  samsPage = `${staffUpdates(world)}/${updateId}`;
});
afterAll(async () => world.close());

const reactionsOf = () =>
  world.database.db
    .select()
    .from(sharedUpdateReactions)
    .where(eq(sharedUpdateReactions.updateId, updateId));

const mailSoFar = () => world.database.db.select().from(mailOutbox);

const repliesBy = (authorId: string) =>
  world.database.db
    .select()
    .from(partnershipMessages)
    .where(
      and(eq(partnershipMessages.updateId, updateId), eq(partnershipMessages.authorId, authorId)),
    );

describe('Dani reacting', () => {
  it('records her reaction, shows it to her as hers and to Sam by her first name', async () => {
    const dani = await world.as(world.scene.dani);
    const sent = await dani.post(`${danisPage}/react`, { reaction: 'proud' });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe(danisPage);
    expect(await reactionsOf()).toMatchObject([{ userId: world.scene.dani.id, reaction: 'proud' }]);
    const herPage = pageText((await dani.get(danisPage)).body);
    expect(herPage).toContain('Your reaction: So proud');
    expect(herPage).toContain('Remove my reaction');
    const sam = await world.as(world.scene.sam);
    const list = pageText((await sam.get(staffUpdates(world))).body);
    expect(list).toContain('Dani: So proud');
    expect(
      (await auditOf(world, world.scene.dani, 'partnership.update_reacted')).at(-1),
    ).toMatchObject({ recordType: 'shared_update', recordId: updateId });
  });

  it('replaces her reaction when she changes it, and takes it away when she asks', async () => {
    const dani = await world.as(world.scene.dani);
    await dani.post(`${danisPage}/react`, { reaction: 'love' });
    expect(await reactionsOf()).toMatchObject([{ reaction: 'love' }]);
    expect(await reactionsOf()).toHaveLength(1);
    const removed = await dani.post(`${danisPage}/react`, { reaction: 'remove' });
    expect(removed.statusCode).toBe(303);
    expect(await reactionsOf()).toHaveLength(0);
    expect(pageText((await dani.get(danisPage)).body)).not.toContain('Your reaction:');
    await dani.post(`${danisPage}/react`, { reaction: 'proud' });
  });

  it('names a missing or unknown reaction on the page again, never failing', async () => {
    const dani = await world.as(world.scene.dani);
    for (const fields of [{}, { reaction: 'angry' }] as Array<Record<string, string>>) {
      const response = await dani.post(`${danisPage}/react`, fields);
      expect(response.statusCode).toBe(400);
      expect(pageText(response.body)).toContain('Choose a reaction');
      expect(response.body).toContain('href="#field-reaction"');
    }
  });
});

describe('Dani replying', () => {
  it('delivers her reply at once, tells the others by email and audits it', async () => {
    const dani = await world.as(world.scene.dani);
    const before = await mailSoFar();
    const sent = await dani.post(`${danisPage}/reply`, { body: 'Well done my clever girl!' });
    expect(sent.statusCode).toBe(303);
    const [reply] = await repliesBy(world.scene.dani.id);
    expect(reply).toMatchObject({ status: 'delivered', childId: world.scene.miaId });
    expect(reply!.deliveredAt).not.toBeNull();
    const mail = (await mailSoFar()).filter((each) => !before.some((old) => old.id === each.id));
    expect(mail.map((each) => each.toAddress)).toEqual(
      expect.arrayContaining([
        world.scene.sam.email,
        world.scene.lee.email,
        world.scene.hannah.email,
      ]),
    );
    expect(mail.map((each) => each.toAddress)).not.toContain(world.scene.dani.email);
    expect(
      (await auditOf(world, world.scene.dani, 'partnership.message_sent')).at(-1),
    ).toMatchObject({ recordType: 'partnership_message', recordId: reply!.id });
    const sam = await world.as(world.scene.sam);
    const page = pageText((await sam.get(samsPage)).body);
    expect(page).toContain('Dani Price, parent');
    expect(page).toContain('Well done my clever girl!');
    expect(pageText((await sam.get(staffUpdates(world))).body)).toContain('1 reply');
  });

  it('names an empty or too long reply and keeps what was typed', async () => {
    const dani = await world.as(world.scene.dani);
    const empty = await dani.post(`${danisPage}/reply`, { body: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(pageText(empty.body)).toContain('Write your reply');
    expect(empty.body).toContain('href="#field-body"');
    const long = await dani.post(`${danisPage}/reply`, { body: `Kept ${'y'.repeat(2001)}` });
    expect(long.statusCode).toBe(400);
    expect(pageText(long.body)).toContain('A reply must be 2,000 characters or fewer');
    expect(long.body).toContain('Kept yyyy');
  });
});

describe('Lee’s reply, read by a worker first', () => {
  it('is held: Lee is told so, only Hannah hears of it, and it is audited as held', async () => {
    const lee = await world.as(world.scene.lee);
    const form = pageText((await lee.get(leesPage)).body);
    expect(form).toContain('A worker reads your reply before it is passed on');
    const before = await mailSoFar();
    const sent = await lee.post(`${leesPage}/reply`, { body: 'Proud of you sweetheart, Dad x' });
    expect(sent.statusCode).toBe(303);
    const [reply] = await repliesBy(world.scene.lee.id);
    expect(reply).toMatchObject({ status: 'held', deliveredAt: null });
    const mail = (await mailSoFar()).filter((each) => !before.some((old) => old.id === each.id));
    expect(mail.map((each) => each.toAddress)).toEqual([world.scene.hannah.email]);
    expect(mail[0]!.textBody).toContain(`/children/${world.scene.miaId}/family/messages/waiting`);
    expect(
      (await auditOf(world, world.scene.lee, 'partnership.message_held')).at(-1),
    ).toMatchObject({ recordType: 'partnership_message', recordId: reply!.id });
    const page = pageText((await lee.get(leesPage)).body);
    expect(page).toContain('Proud of you sweetheart, Dad x');
    expect(page).toContain('Waiting for a worker to read it');
  });

  it('is not seen by Sam or Dani, nor counted, while it waits; Hannah sees it and where it stands', async () => {
    const sam = await world.as(world.scene.sam);
    expect((await sam.get(samsPage)).body).not.toContain('Proud of you sweetheart');
    expect(pageText((await sam.get(staffUpdates(world))).body)).toContain('1 reply');
    const dani = await world.as(world.scene.dani);
    expect((await dani.get(danisPage)).body).not.toContain('Proud of you sweetheart');
    const hannah = await world.as(world.scene.hannah);
    const page = await hannah.get(samsPage);
    expect(pageText(page.body)).toContain('Proud of you sweetheart, Dad x');
    expect(pageText(page.body)).toContain('Waiting for a worker to read it');
    expect(page.body).toContain(`href="/children/${world.scene.miaId}/family/messages/waiting"`);
  });

  it('reaches Sam once a worker passes it on', async () => {
    const [reply] = await repliesBy(world.scene.lee.id);
    await world.database.db
      .update(partnershipMessages)
      .set({
        status: 'delivered',
        deliveredAt: new Date(),
        moderatedBy: world.scene.hannah.id,
        moderatedAt: new Date(),
      })
      .where(eq(partnershipMessages.id, reply!.id));
    const sam = await world.as(world.scene.sam);
    const page = pageText((await sam.get(samsPage)).body);
    expect(page).toContain('Lee Price, parent');
    expect(page).toContain('Proud of you sweetheart, Dad x');
    expect(pageText((await sam.get(staffUpdates(world))).body)).toContain('2 replies');
  });

  it('when not passed on, tells Lee why, and never reaches Sam or Dani', async () => {
    const lee = await world.as(world.scene.lee);
    await lee.post(`${leesPage}/reply`, { body: 'Can I come to the next match?' });
    const [second] = (await repliesBy(world.scene.lee.id)).filter((each) =>
      each.body.includes('next match'),
    );
    await world.database.db
      .update(partnershipMessages)
      .set({
        status: 'rejected',
        moderatedBy: world.scene.hannah.id,
        moderatedAt: new Date(),
        moderationNote: 'Let’s talk about matches at your next meeting with Jordan.',
      })
      .where(eq(partnershipMessages.id, second!.id));
    const page = pageText((await lee.get(leesPage)).body);
    expect(page).toContain('Not passed on');
    expect(page).toContain('Why: Let’s talk about matches at your next meeting with Jordan.');
    for (const reader of [world.scene.sam, world.scene.dani]) {
      const visitor = await world.as(reader);
      const url = reader === world.scene.sam ? samsPage : danisPage;
      expect((await visitor.get(url)).body).not.toContain('next match');
    }
    const hannah = await world.as(world.scene.hannah);
    expect(pageText((await hannah.get(samsPage)).body)).toContain('Not passed on');
  });
});

describe('Sam replying', () => {
  it('is warned before his reply names where Mia lives, and can send anyway', async () => {
    const sam = await world.as(world.scene.sam);
    const body = `She practised at ${MIA_SECRETS.addressLine} every night`;
    const warned = await sam.post(`${samsPage}/reply`, { body });
    expect(warned.statusCode).toBe(400);
    expect(pageText(warned.body)).toContain('the carers’ address');
    expect(warned.body).toContain('name="send_anyway"');
    expect(warned.body).toContain(body);
    expect(await repliesBy(world.scene.sam.id)).toHaveLength(0);
    const plain = await sam.post(`${samsPage}/reply`, { body: 'Thank you both!' });
    expect(plain.statusCode).toBe(303);
    expect(await repliesBy(world.scene.sam.id)).toMatchObject([
      { status: 'delivered', wasWarned: false },
    ]);
  });
});

describe('an update that is not Mia’s', () => {
  it('is not found at Mia’s address, for reading, reacting or replying', async () => {
    const theosUpdate = await insertUpdate(world, {
      childId: world.scene.theoId,
      authorId: world.scene.grace.id,
      body: 'Theo’s first goal!',
    });
    const dani = await world.as(world.scene.dani);
    const base = `${familyUpdates(world)}/${theosUpdate}`;
    expect((await dani.get(base)).statusCode).toBe(404);
    expect((await dani.post(`${base}/react`, { reaction: 'love' })).statusCode).toBe(404);
    expect((await dani.post(`${base}/reply`, { body: 'Hello' })).statusCode).toBe(404);
    expect((await dani.get(`${familyUpdates(world)}/not-an-id`)).statusCode).toBe(404);
  });
});
