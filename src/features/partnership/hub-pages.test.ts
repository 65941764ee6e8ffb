import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import {
  decisionRequests,
  familyTimeInvitees,
  familyTimeSessions,
  partnershipMessages,
  partnershipReads,
  partnershipSpaces,
  reunificationPlans,
  sharedUpdates,
} from '../../core/db/tables.ts';
import {
  as,
  auditOf,
  buildWorld,
  closeWorld,
  expectNoSecrets,
  finalStatus,
  type World,
} from './hub-test-kit.ts';

// Mia's space, three days after she came to Sam and Alex: everyone around her sees its front page
// in their own words; her mum and dad never see where she lives; strangers are told nothing.
let world: World;
let staffHub: string;
let familyHub: string;
beforeAll(async () => {
  world = await buildWorld();
  staffHub = `/children/${world.scene.miaId}/family`;
  familyHub = `/family/${world.scene.miaId}`;
});
afterAll(async () => closeWorld(world));

describe('the space’s front page for staff and carers', () => {
  it('shows Hannah who is in Mia’s space, at what level and why, and how the first days are going', async () => {
    const { hannah } = world.scene;
    const response = await (await as(world, hannah)).get(staffHub);
    expect(response.statusCode).toBe(200);
    const text = pageText(response.body);
    expect(response.body).toContain('<h1 class="heading-xl">Family partnership</h1>');
    expect(response.body).toContain('aria-current="page"');
    expect(text).toContain('Dani Price , mother: In the space: messages arrive as sent');
    expect(text).toContain(
      'Lee Price , father: In the space: a worker reads each message before it is delivered',
    );
    expect(text).toContain('Sam Brackenridge, foster carer');
    expect(text).toContain('Alex Brackenridge, foster carer');
    expect(text).toContain('Hannah Kowalski, supervising social worker');
    expect(text).toMatch(/Jordan Ellis, Mia’s social worker.*kept informed by Hannah Kowalski/);
    expect(text).toContain('Introductory meeting Due Due by 12 October 2026');
    expect(text).toContain('Comfort call Overdue It was due by 7 October 2026');
    expect(text).toContain('Change who is in the space');
    expect(text).toContain('No new messages');
    expect(text).toContain('No updates yet');
    expect(text).toContain('Nothing planned yet');
    expect(text).toContain('Nothing waiting for a decision');
    expect(text).toContain('No plan yet');
    for (const part of ['messages', 'updates', 'family-time', 'decisions', 'going-home']) {
      expect(response.body).toContain(`href="${staffHub}/${part}"`);
    }
    expect(await auditOf(world, hannah, 'partnership.read')).toContainEqual(
      expect.objectContaining({ recordType: 'child', recordId: world.scene.miaId }),
    );
  });

  it('lets Sam, Alex and Priya read it too, and only staff change who is in it', async () => {
    const { sam, alex, priya } = world.scene;
    for (const user of [sam, alex, priya]) {
      const response = await (await as(world, user)).get(staffHub);
      expect(response.statusCode, user.name).toBe(200);
      expect(pageText(response.body)).toContain('Lee Price');
      expect(pageText(response.body).includes('Change who is in the space')).toBe(user === priya);
    }
  });

  it('sends a parent to their own side of the space, and staff to theirs', async () => {
    const { dani, hannah, miaId } = world.scene;
    const parent = await (await as(world, dani)).get(staffHub);
    expect(parent.statusCode).toBe(303);
    expect(parent.headers.location).toBe(`/family/${miaId}`);
    const worker = await (await as(world, hannah)).get(familyHub);
    expect(worker.statusCode).toBe(303);
    expect(worker.headers.location).toBe(staffHub);
  });

  it('says how Grace is related to Theo’s mum, to Grace and to Abena', async () => {
    const { grace, abena, hannah, theoId } = world.scene;
    await world.database.db.insert(partnershipSpaces).values({
      childId: theoId,
      carersRelationship: 'Grace is Theo’s grandmother: his mum’s mum',
      updatedBy: hannah.id,
    });
    const carer = pageText((await (await as(world, grace)).get(`/children/${theoId}/family`)).body);
    expect(carer).toContain('Grace is Theo’s grandmother: his mum’s mum');
    const parent = pageText((await (await as(world, abena)).get(`/family/${theoId}`)).body);
    expect(parent).toContain('Together for Theo');
    expect(parent).toContain('Grace is Theo’s grandmother: his mum’s mum');
  });
});

describe('the space’s front page for Mia’s mum and dad', () => {
  it('greets Dani in her words, names the carers by first name, and gives nothing of the home', async () => {
    const { dani, miaId } = world.scene;
    const response = await (await as(world, dani)).get(familyHub);
    expect(response.statusCode).toBe(200);
    const text = pageText(response.body);
    expect(response.body).toContain('<h1 class="heading-xl">Together for Mia</h1>');
    expect(text).toContain('Your messages go straight to Mia’s carers.');
    expect(text).toContain('Sam, foster carer');
    expect(text).toContain('Alex, foster carer');
    expect(text).toContain('Hannah Kowalski keeps Jordan Ellis, Mia’s social worker, up to date.');
    expect(text).toContain(
      'A worker will arrange a time and a place for you to meet Mia’s carers.',
    );
    expect(response.body).toContain(`href="/family/${miaId}/story"`);
    expect(response.body).toContain(`href="/family/${miaId}/people"`);
    expect(response.body).toContain(`href="/family/${miaId}/getting-started"`);
    expect(text).not.toContain('household');
    expect(text).not.toContain('Lee Price');
    expect(text).not.toMatch(/case|placement|contact/i);
    expectNoSecrets(response.body);
  });

  it('tells Lee a worker reads his messages first, and keeps the home from him too', async () => {
    const response = await (await as(world, world.scene.lee)).get(familyHub);
    expect(response.statusCode).toBe(200);
    expect(pageText(response.body)).toContain('A worker reads your messages first');
    expectNoSecrets(response.body);
  });
});

describe('what each part of the space has waiting', () => {
  it('counts each reader’s own unread messages and names the next family time they are invited to', async () => {
    const { miaId, dani, lee, sam, hannah } = world.scene;
    const db = world.database.db;
    const at = (iso: string) => new Date(iso);
    await db.insert(partnershipMessages).values([
      {
        childId: miaId,
        authorId: dani.id,
        body: 'How was school?',
        status: 'delivered',
        createdAt: at('2026-10-07T18:00:00Z'),
        deliveredAt: at('2026-10-07T18:00:00Z'),
      },
      {
        childId: miaId,
        authorId: sam.id,
        body: 'She loved it.',
        status: 'delivered',
        createdAt: at('2026-10-07T19:00:00Z'),
        deliveredAt: at('2026-10-07T19:00:00Z'),
      },
      {
        childId: miaId,
        authorId: lee.id,
        body: 'Waiting for a worker',
        status: 'held',
        createdAt: at('2026-10-07T20:00:00Z'),
      },
    ]);
    await db
      .insert(partnershipReads)
      .values({ childId: miaId, userId: sam.id, lastReadAt: at('2026-10-07T12:00:00Z') });
    const [update] = await db
      .insert(sharedUpdates)
      .values({
        childId: miaId,
        authorId: sam.id,
        topic: 'school',
        body: 'First week done',
        happenedOn: '2026-10-06',
        createdAt: at('2026-10-06T16:00:00Z'),
      })
      .returning({ id: sharedUpdates.id });
    // A reply to an update is read with the update, not counted with the messages.
    await db.insert(partnershipMessages).values({
      childId: miaId,
      authorId: dani.id,
      updateId: update!.id,
      body: 'Lovely',
      status: 'delivered',
      deliveredAt: at('2026-10-07T21:00:00Z'),
    });
    const sessions = await db
      .insert(familyTimeSessions)
      .values([
        {
          childId: miaId,
          startsAt: at('2026-10-10T10:00:00Z'),
          endsAt: at('2026-10-10T11:00:00Z'),
          createdBy: hannah.id,
        },
        {
          childId: miaId,
          startsAt: at('2026-10-09T10:00:00Z'),
          endsAt: at('2026-10-09T11:00:00Z'),
          status: 'cancelled',
          createdBy: hannah.id,
        },
        {
          childId: miaId,
          startsAt: at('2026-10-01T10:00:00Z'),
          endsAt: at('2026-10-01T11:00:00Z'),
          createdBy: hannah.id,
        },
      ])
      .returning({ id: familyTimeSessions.id });
    await db
      .insert(familyTimeInvitees)
      .values(sessions.map((session) => ({ sessionId: session.id, userId: dani.id })));
    await db.insert(decisionRequests).values([
      { childId: miaId, topic: 'haircuts', question: 'May Mia have a fringe?', askedBy: sam.id },
      { childId: miaId, topic: 'school_trips', question: 'The farm trip?', askedBy: sam.id },
      {
        childId: miaId,
        topic: 'sleepovers',
        question: 'A sleepover?',
        askedBy: sam.id,
        outcome: 'agreed',
        decidedBy: hannah.id,
        decidedAt: at('2026-10-07T09:00:00Z'),
      },
    ]);
    await db.insert(reunificationPlans).values({
      childId: miaId,
      aim: 'Mia goes home to Dani',
      targetOn: '2027-03-01',
      updatedBy: hannah.id,
    });

    const staff = pageText((await (await as(world, hannah)).get(staffHub)).body);
    expect(staff).toContain('2 new messages for you');
    expect(staff).toContain('Last posted on 6 October 2026');
    expect(staff).toContain('Next on 10 October 2026');
    expect(staff).toContain('2 requests waiting for a decision');
    expect(staff).toContain('Working towards going home, aiming for 1 March 2027');
    expect(pageText((await (await as(world, sam)).get(staffHub)).body)).toContain(
      '1 new message for you',
    );
    const mum = await (await as(world, dani)).get(familyHub);
    expect(pageText(mum.body)).toContain('1 new message for you');
    expect(pageText(mum.body)).toContain('Next on 10 October 2026');
    expect(pageText(mum.body)).toContain(
      'Working towards Mia coming home, aiming for 1 March 2027',
    );
    expectNoSecrets(mum.body);
    const dad = pageText((await (await as(world, lee)).get(familyHub)).body);
    expect(dad).toContain('Nothing planned yet');
    expect(dad).toContain('2 new messages for you');
  });
});

describe('people outside Mia’s space', () => {
  it('tells Ruth, Olu and Kim that none of its pages exist', async () => {
    const { ruth, olu, kim, miaId } = world.scene;
    const pages = [
      staffHub,
      familyHub,
      `/children/${miaId}/family/members`,
      `/children/${miaId}/family/getting-started`,
      `/family/${miaId}/getting-started`,
      `/family/${miaId}/getting-started/guide`,
    ];
    for (const user of [ruth, olu, kim]) {
      const visitor = await as(world, user);
      for (const page of pages)
        expect(await finalStatus(visitor, page), `${user.name} ${page}`).toBe(404);
    }
    const refused = await auditOf(world, kim, 'partnership.read');
    expect(refused.some((event) => event.outcome === 'refused')).toBe(true);
  });

  it('answers an address that is not a child’s id with 404', async () => {
    const visitor = await as(world, world.scene.hannah);
    expect((await visitor.get('/children/not-an-id/family')).statusCode).toBe(404);
  });
});
