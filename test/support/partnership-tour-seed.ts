// Something in every part of Mia's partnership space, for the tour of its pages: messages (Sam's
// with a photo, one of Lee's waiting, one turned back), updates with a photo, reactions and replies,
// family time coming, past with everyone's notes, and called off, questions open and answered,
// the plan for going home with its steps and a review, getting started and Dani's guide. Theo's
// space says how Grace is related to Abena and nothing else, so its empty states are seen too.
// Ivy went home last month and Hannah supports her family, so the check-in and closing forms have
// a plan to belong to. Dates count from today, so the tour sees the same story whenever it runs.
// What only staff and carers read (transport, the intro meeting's notes, review notes) names where
// Mia lives, so a parent's clean page proves those words are kept from them.
import { and, eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import sharp from 'sharp';
import type { Db } from '../../src/core/db/connect.ts';
import {
  birthParents,
  childDelegatedAuthority,
  decisionRequests,
  familyTimeFeeds,
  familyTimeInvitees,
  familyTimeNotes,
  familyTimeSessions,
  partnershipChildGuides,
  partnershipMessages,
  partnershipReads,
  partnershipSpaces,
  partnershipStarts,
  reunificationCheckins,
  reunificationPlans,
  reunificationSteps,
  sharedUpdateReactions,
  sharedUpdates,
} from '../../src/core/db/tables.ts';
import type { FileStore } from '../../src/core/files/file-store.ts';
import { saveImage } from '../../src/core/files/stored-files.ts';
import {
  buildChild,
  buildHousehold,
  buildUser,
  linkBirthParent,
  placeChild,
  type TestUser,
} from './factories.ts';
import { MIA_SECRETS, type PartnershipScene } from './partnership-scene.ts';

const ZONE = 'Europe/London';

/** The ids of what was seeded, for the addresses of single things. */
export type PartnershipTour = {
  /** Sam's school update with a photo, reactions and replies. */
  photoUpdateId: string;
  /** An update nobody has reacted to yet. */
  quietUpdateId: string;
  upcomingSessionId: string;
  pastSessionId: string;
  cancelledSessionId: string;
  openDecisionId: string;
  answeredDecisionId: string;
  /** A step of Mia's plan for going home. */
  stepId: string;
  /** Ivy went home and her family is supported by Hannah. */
  ivyId: string;
  /** Ivy's mum. */
  jade: TestUser;
};

/** Writes the story above for the scene, as of `now`; photos go through saveImage. */
export async function seedPartnershipTour(
  db: Db,
  files: FileStore,
  scene: PartnershipScene,
  now: Date,
): Promise<PartnershipTour> {
  const today = DateTime.fromJSDate(now).setZone(ZONE).startOf('day');
  const day = (offset: number) => today.plus({ days: offset }).toISODate()!;
  const at = (offset: number, time: string) =>
    DateTime.fromISO(`${day(offset)}T${time}`, { zone: ZONE }).toJSDate();
  const time = { day, at };

  await seedSpaces(db, scene);
  await seedGettingStarted(db, scene);
  const photo = async () => {
    const bytes = await sharp({
      create: { width: 64, height: 48, channels: 3, background: '#c84' },
    })
      .jpeg()
      .toBuffer();
    return saveImage(db, files, { bytes, field: 'photo', uploadedBy: scene.sam.id });
  };
  const updates = await seedUpdates(db, scene, time, await photo());
  await seedMessages(db, scene, time, await photo());
  const sessions = await seedFamilyTime(db, scene, time);
  const decisions = await seedDecisions(db, scene, time);
  const stepId = await seedPlan(db, scene, time);
  const ivy = await seedIvyAtHome(db, scene, time);
  return { ...updates, ...sessions, ...decisions, stepId, ...ivy };
}

type Time = { day: (offset: number) => string; at: (offset: number, time: string) => Date };

async function seedSpaces(db: Db, scene: PartnershipScene): Promise<void> {
  const { miaId, theoId, hannah, lee } = scene;
  await db.insert(partnershipSpaces).values([
    { childId: miaId, emailLabel: 'M.', updatedBy: hannah.id },
    { childId: theoId, carersRelationship: 'Grace is Abena’s mum', updatedBy: hannah.id },
  ]);
  await db
    .update(birthParents)
    .set({
      spaceLevelReason: 'Family time is supervised for now, so a worker reads Lee’s words first.',
      spaceLevelSetBy: hannah.id,
    })
    .where(and(eq(birthParents.childId, miaId), eq(birthParents.userId, lee.id)));
}

async function seedGettingStarted(db: Db, scene: PartnershipScene): Promise<void> {
  const { miaId, hannah, dani } = scene;
  await db.insert(partnershipStarts).values({
    placementId: scene.placementId,
    childId: miaId,
    introScheduledAt: new Date('2026-10-08T09:00:00Z'),
    introPlace: 'The family room at the agency office',
    introHeldOn: '2026-10-08',
    introNotes: `Hannah met Sam at ${MIA_SECRETS.addressLine} first to go over the plan.`,
    comfortCallHeldOn: '2026-10-06',
    comfortCallNotes: 'Sam and Dani talked about bedtime and Mr Button the rabbit.',
    updatedBy: hannah.id,
  });
  await db.insert(partnershipChildGuides).values({
    childId: miaId,
    routines: 'Toast with honey before school, and a story after tea.',
    comforts: 'Her rabbit, Mr Button, and the blue blanket.',
    food: 'No mushrooms. She loves pasta with peas.',
    bedtime: 'Bath at seven, lights out at half past eight with the landing light on.',
    wantCarersToKnow: 'She goes quiet when she is worried. Ask her to draw it.',
    updatedBy: dani.id,
  });
}

async function seedUpdates(
  db: Db,
  scene: PartnershipScene,
  { day, at }: Time,
  fileId: string,
): Promise<Pick<PartnershipTour, 'photoUpdateId' | 'quietUpdateId'>> {
  const { miaId, sam, alex, dani, lee } = scene;
  const [withPhoto, quiet] = await db
    .insert(sharedUpdates)
    .values([
      {
        childId: miaId,
        authorId: sam.id,
        topic: 'school',
        body: 'Mia read her poem about autumn leaves in assembly and did not stop once.',
        happenedOn: day(-3),
        fileId,
        createdAt: at(-3, '16:00'),
      },
      {
        childId: miaId,
        authorId: alex.id,
        topic: 'fun',
        body: 'We baked gingerbread people. Mia gave hers a purple scarf.',
        happenedOn: day(-8),
        createdAt: at(-8, '17:30'),
      },
      {
        childId: miaId,
        authorId: sam.id,
        topic: 'health',
        body: 'Mia had her eyes tested. No glasses needed.',
        happenedOn: day(-12),
        createdAt: at(-12, '12:00'),
      },
    ])
    .returning({ id: sharedUpdates.id });
  const photoUpdateId = withPhoto!.id;
  await db.insert(sharedUpdateReactions).values([
    { updateId: photoUpdateId, userId: dani.id, reaction: 'love' },
    { updateId: photoUpdateId, userId: lee.id, reaction: 'proud' },
  ]);
  await db.insert(partnershipMessages).values([
    {
      childId: miaId,
      authorId: dani.id,
      updateId: photoUpdateId,
      body: 'That poem made me cry happy tears. Well done Mia!',
      status: 'delivered',
      createdAt: at(-3, '18:00'),
      deliveredAt: at(-3, '18:00'),
    },
    {
      childId: miaId,
      authorId: lee.id,
      updateId: photoUpdateId,
      body: 'Proud of you, sweetheart.',
      status: 'held',
      createdAt: at(-3, '19:00'),
    },
  ]);
  return { photoUpdateId, quietUpdateId: quiet!.id };
}

async function seedMessages(
  db: Db,
  scene: PartnershipScene,
  { at }: Time,
  fileId: string,
): Promise<void> {
  const { miaId, sam, hannah, dani, lee } = scene;
  const delivered = (when: Date) => ({
    status: 'delivered' as const,
    createdAt: when,
    deliveredAt: when,
  });
  await db.insert(partnershipMessages).values([
    {
      childId: miaId,
      authorId: sam.id,
      body: 'Mia lost her first wobbly tooth today. The tooth fairy has been told!',
      fileId,
      fileKind: 'photo',
      ...delivered(at(-5, '18:00')),
    },
    {
      childId: miaId,
      authorId: hannah.id,
      body: 'Hello both. The next review of the plan is in a fortnight.',
      ...delivered(at(-5, '19:00')),
    },
    {
      childId: miaId,
      authorId: dani.id,
      body: 'Thank you for telling me. Can Mia bring her rabbit on Saturday?',
      ...delivered(at(-4, '08:00')),
    },
    {
      childId: miaId,
      authorId: lee.id,
      body: 'Hi Mia, Dad here. Have a great week at swimming.',
      moderatedBy: hannah.id,
      moderatedAt: at(-6, '09:00'),
      ...delivered(at(-6, '09:00')),
    },
    {
      childId: miaId,
      authorId: lee.id,
      body: 'Can I bring her a present on Saturday?',
      status: 'held',
      createdAt: at(-1, '20:00'),
    },
    {
      childId: miaId,
      authorId: lee.id,
      body: 'I need to talk to somebody about court.',
      status: 'rejected',
      moderatedBy: hannah.id,
      moderatedAt: at(-2, '10:00'),
      moderationNote: 'Please ring Hannah about court. This space is for Mia’s everyday life.',
      createdAt: at(-3, '21:00'),
    },
  ]);
  // Dani has read everything up to Hannah's message; Sam has read it all.
  await db.insert(partnershipReads).values([
    { childId: miaId, userId: dani.id, lastReadAt: at(-5, '19:30') },
    { childId: miaId, userId: sam.id, lastReadAt: at(-4, '09:00') },
  ]);
}

async function seedFamilyTime(
  db: Db,
  scene: PartnershipScene,
  { at }: Time,
): Promise<Pick<PartnershipTour, 'upcomingSessionId' | 'pastSessionId' | 'cancelledSessionId'>> {
  const { miaId, sam, hannah, dani, lee } = scene;
  const base = {
    childId: miaId,
    createdBy: hannah.id,
    supervisedBy: 'Marcia, family time worker',
    venue: 'Riverside Family Centre, the blue room',
    transport: `Sam drives Mia from ${MIA_SECRETS.addressLine}, ${MIA_SECRETS.town} and back`,
  };
  const [upcoming, past, cancelled, video] = await db
    .insert(familyTimeSessions)
    .values([
      {
        ...base,
        startsAt: at(5, '10:00'),
        endsAt: at(5, '12:00'),
        notesForFamily: 'Mia would like to show you her gingerbread photos.',
      },
      { ...base, startsAt: at(-9, '10:00'), endsAt: at(-9, '11:30') },
      {
        ...base,
        startsAt: at(-2, '10:00'),
        endsAt: at(-2, '12:00'),
        status: 'cancelled',
        cancelledByParty: 'carer',
        cancelledReason: 'Mia had a temperature, so she stayed in bed.',
        cancelledBy: sam.id,
        cancelledAt: at(-2, '07:30'),
      },
      {
        ...base,
        startsAt: at(10, '17:00'),
        endsAt: at(10, '17:30'),
        kind: 'video',
        isSupervised: false,
        supervisedBy: '',
        venue: '',
        transport: '',
        notesForFamily: 'A video call before bedtime.',
      },
    ])
    .returning({ id: familyTimeSessions.id });
  const both = (sessionId: string, confirmedAt: Date | null = null) => [
    { sessionId, userId: dani.id, confirmedAt },
    { sessionId, userId: lee.id },
  ];
  await db
    .insert(familyTimeInvitees)
    .values([
      ...both(upcoming!.id, at(-1, '09:00')),
      ...both(past!.id, at(-10, '09:00')),
      ...both(cancelled!.id),
      { sessionId: video!.id, userId: dani.id },
    ]);
  await db.insert(familyTimeNotes).values([
    {
      sessionId: past!.id,
      authorId: dani.id,
      party: 'parent',
      attendance: 'attended',
      note: 'We played snap and she won every time.',
    },
    {
      sessionId: past!.id,
      authorId: lee.id,
      party: 'parent',
      attendance: 'late',
      note: 'The bus was late. Sorry, Mia.',
    },
    {
      sessionId: past!.id,
      authorId: sam.id,
      party: 'carer',
      note: 'Mia chatted all the way back and slept well.',
    },
    {
      sessionId: past!.id,
      authorId: hannah.id,
      party: 'worker',
      attendance: 'attended',
      note: 'A warm session. Mia was relaxed.',
    },
    {
      sessionId: past!.id,
      authorId: hannah.id,
      party: 'child',
      note: 'I liked playing snap with Mum and Dad.',
    },
  ]);
  // Dani has a calendar address already; Sam has not made one yet.
  await db.insert(familyTimeFeeds).values({ userId: dani.id, token: 'tour-dani-family-time' });
  return {
    upcomingSessionId: upcoming!.id,
    pastSessionId: past!.id,
    cancelledSessionId: cancelled!.id,
  };
}

async function seedDecisions(
  db: Db,
  scene: PartnershipScene,
  { day, at }: Time,
): Promise<Pick<PartnershipTour, 'openDecisionId' | 'answeredDecisionId'>> {
  const { miaId, sam, hannah, dani } = scene;
  const [answered, open] = await db
    .insert(decisionRequests)
    .values([
      {
        childId: miaId,
        topic: 'school_trips',
        question: 'Mia’s class is going to the Science Museum for a day. May she go?',
        neededBy: day(14),
        askedBy: sam.id,
        askedAt: at(-7, '12:00'),
        parentViews: 'Yes please, she will love the space rockets.',
        parentViewsBy: dani.id,
        parentViewsAt: at(-7, '18:00'),
        outcome: 'agreed',
        outcomeNotes: 'Agreed. Sam will pack her lunch.',
        decidedBy: hannah.id,
        decidedAt: at(-6, '10:00'),
      },
      {
        childId: miaId,
        topic: 'haircuts',
        question: 'Mia would like her hair cut to her shoulders. Is that all right with you?',
        askedBy: sam.id,
        askedAt: at(-1, '12:00'),
      },
      {
        childId: miaId,
        topic: 'sleepovers',
        question: 'Mia is invited to her friend’s birthday sleepover. May she stay the night?',
        neededBy: day(6),
        askedBy: sam.id,
        askedAt: at(-2, '15:00'),
        parentViews: 'Only if she can ring me before bed.',
        parentViewsBy: dani.id,
        parentViewsAt: at(-2, '19:00'),
      },
    ])
    .returning({ id: decisionRequests.id });
  await db.insert(childDelegatedAuthority).values([
    {
      childId: miaId,
      topic: 'haircuts',
      decidedBy: 'shared',
      notes: 'A trim is fine; ask Dani before anything bigger.',
      updatedBy: hannah.id,
    },
    { childId: miaId, topic: 'school_trips', decidedBy: 'carers', updatedBy: hannah.id },
    { childId: miaId, topic: 'holidays_abroad', decidedBy: 'social_worker', updatedBy: hannah.id },
    {
      childId: miaId,
      topic: 'religious_observance',
      decidedBy: 'birth_parents',
      updatedBy: hannah.id,
    },
  ]);
  return { openDecisionId: open!.id, answeredDecisionId: answered!.id };
}

async function seedPlan(db: Db, scene: PartnershipScene, { day }: Time): Promise<string> {
  const { miaId, hannah } = scene;
  await db.insert(reunificationPlans).values({
    childId: miaId,
    aim: 'Mia goes home to live with Dani by the summer.',
    supportOffered: 'A parenting course, help with the flat, and family time that gets longer.',
    targetOn: day(220),
    nextReviewOn: day(16),
    updatedBy: hannah.id,
  });
  const [, step] = await db
    .insert(reunificationSteps)
    .values([
      {
        childId: miaId,
        kind: 'goal',
        title: 'Longer family time at weekends',
        who: 'together',
        status: 'going',
        position: 0,
        updatedBy: hannah.id,
      },
      {
        childId: miaId,
        kind: 'step',
        title: 'Dani finishes the parenting course',
        who: 'family',
        dueOn: day(60),
        status: 'going',
        progress: 'Four of eight sessions done.',
        position: 1,
        updatedBy: hannah.id,
      },
      {
        childId: miaId,
        kind: 'step',
        title: 'Write a letter for the housing team',
        who: 'agency',
        dueOn: day(10),
        position: 2,
        updatedBy: hannah.id,
      },
      {
        childId: miaId,
        kind: 'step',
        title: 'Sam writes down Mia’s routines for Dani',
        who: 'carers',
        status: 'done',
        position: 3,
        updatedBy: hannah.id,
      },
    ])
    .returning({ id: reunificationSteps.id });
  await db.insert(reunificationCheckins).values({
    childId: miaId,
    kind: 'review',
    heldOn: day(-14),
    howItIs: 'going_well',
    forFamily: 'Things are going well. Family time moves to Saturdays.',
    staffNotes: `The carers live at ${MIA_SECRETS.postcode}: keep the route to family time varied.`,
    nextOn: day(16),
    recordedBy: hannah.id,
  });
  return step!.id;
}

async function seedIvyAtHome(
  db: Db,
  scene: PartnershipScene,
  { day }: Time,
): Promise<Pick<PartnershipTour, 'ivyId' | 'jade'>> {
  const { hannah, olu } = scene;
  const formerHome = await buildHousehold(db, { supervisingWorkerId: olu.id });
  const ivyId = await buildChild(db, {
    firstName: 'Ivy',
    lastName: 'Rowe',
    gender: 'girl',
    dateOfBirth: '2018-05-14',
  });
  await placeChild(db, ivyId, formerHome, {
    startedOn: '2026-02-02',
    endedOn: day(-30),
    endReason: 'Went home to her mum',
    endReasonKind: 'return_home',
  });
  const jade = await buildUser(db, { role: 'birth_parent', name: 'Jade Rowe' });
  await linkBirthParent(db, ivyId, jade, 'mother');
  await db
    .update(birthParents)
    .set({ spaceLevel: 'direct' })
    .where(and(eq(birthParents.childId, ivyId), eq(birthParents.userId, jade.id)));
  await db.insert(reunificationPlans).values({
    childId: ivyId,
    aim: 'Ivy lives at home with Jade, safe and settled.',
    supportOffered: 'A visit every four weeks and help with the school run.',
    status: 'home',
    wentHomeOn: day(-30),
    supportEndsOn: DateTime.fromISO(day(-30)).plus({ months: 6 }).toISODate()!,
    supportWorkerId: hannah.id,
    updatedBy: hannah.id,
  });
  await db.insert(reunificationCheckins).values({
    childId: ivyId,
    kind: 'check_in',
    heldOn: day(-3),
    howItIs: 'some_worries',
    forFamily: 'Mornings are hard. We talked about a calmer school run.',
    staffNotes: 'Jade is tired; offer the breakfast club.',
    nextOn: day(25),
    recordedBy: hannah.id,
  });
  return { ivyId, jade };
}
