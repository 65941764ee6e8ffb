// Six weeks of Mia's partnership space, written straight into the tables so the leak suite depends
// on nobody's services: messages (one of Lee's waiting for a worker, one turned back), Sam's updates
// with a phone photo, replies and reactions, family time past, coming and called off, decisions,
// the plan for going home, getting started, Dani's guide, a shared memory and a shared person on
// Mia's map. What a carer would write for the family says nothing of where Mia lives; what only
// staff and carers read (transport, staff notes, intro notes, a memory and a person not shared)
// does, so the suite proves the secrets are filtered out rather than never there.
import sharp from 'sharp';
import type { Db } from '../../src/core/db/connect.ts';
import {
  childDelegatedAuthority,
  childImportantPeople,
  decisionRequests,
  familyTimeInvitees,
  familyTimeNotes,
  familyTimeSessions,
  lifeStoryEntries,
  partnershipChildGuides,
  partnershipMessages,
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
import { MIA_SECRETS, type PartnershipScene } from './partnership-scene.ts';

/** How Sam gets Mia to family time: for staff and carers only, so never in a parent's feed. */
export const TRANSPORT_TEXT = `Sam drives Mia from ${MIA_SECRETS.addressLine}, ${MIA_SECRETS.town} and collects her at noon`;

/** Words each part of the space should show a parent, so a clean page is known not to be empty. */
export const SHOWN_TO_FAMILY = {
  update: 'read her poem about autumn leaves in assembly',
  message: 'lost her first tooth',
  familyTime: 'show you her gingerbread photos',
  decision: 'going to the Science Museum',
  plan: 'A parenting course, help with the flat',
  guide: 'Mr Button',
  story: 'gingerbread scarf',
  person: 'Auntie Rose',
} as const;

/** Lee's message waiting for a worker, and the one a worker turned back: his eyes only. */
export const LEE_WAITING = 'Can I bring her a present on Saturday?';
export const LEE_TURNED_BACK = 'I need to talk to somebody about court.';

/** The ids of what was seeded, for addresses of single things. */
export type LeakStory = {
  updateId: string;
  messageId: string;
  sessionId: string;
  decisionId: string;
  storyEntryId: string;
};

/** A small photo carrying the GPS position and camera a phone writes into it. */
export async function photoWithLocation(colour = '#c84'): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: colour } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneCo', Model: 'Camera 9' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '53/1 42/1 0/1',
        GPSLongitudeRef: 'W',
        GPSLongitude: '2/1 6/1 0/1',
      },
    })
    .toBuffer();
}

const at = (iso: string) => new Date(iso);

/** Writes the story above for the scene; photos go through saveImage as an upload would. */
export async function seedLeakStory(
  db: Db,
  files: FileStore,
  scene: PartnershipScene,
): Promise<LeakStory> {
  const photo = async () =>
    saveImage(db, files, {
      bytes: await photoWithLocation(),
      field: 'photo',
      uploadedBy: scene.sam.id,
    });
  await seedGettingStarted(db, scene);
  const { updateId, messageId } = await seedConversation(db, scene, await photo(), await photo());
  const sessionId = await seedFamilyTime(db, scene);
  const decisionId = await seedDecisions(db, scene);
  await seedPlan(db, scene);
  const storyEntryId = await seedBelonging(db, scene, await photo());
  return { updateId, messageId, sessionId, decisionId, storyEntryId };
}

async function seedGettingStarted(db: Db, scene: PartnershipScene): Promise<void> {
  const { miaId, hannah, dani } = scene;
  await db
    .insert(partnershipSpaces)
    .values({ childId: miaId, emailLabel: 'M.', updatedBy: hannah.id });
  await db.insert(partnershipStarts).values({
    placementId: scene.placementId,
    childId: miaId,
    introScheduledAt: at('2026-10-08T10:00:00Z'),
    introPlace: 'The family room at the agency office',
    introHeldOn: '2026-10-08',
    introNotes: `Hannah met Sam at ${MIA_SECRETS.addressLine} beforehand to go over the plan.`,
    comfortCallHeldOn: '2026-10-06',
    comfortCallNotes: 'Sam and Dani talked for twenty minutes about bedtime and Mr Button.',
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

async function seedConversation(
  db: Db,
  scene: PartnershipScene,
  updatePhoto: string,
  messagePhoto: string,
): Promise<{ updateId: string; messageId: string }> {
  const { miaId, sam, hannah, dani, lee } = scene;
  const [update] = await db
    .insert(sharedUpdates)
    .values([
      {
        childId: miaId,
        authorId: sam.id,
        topic: 'school',
        body: 'Mia read her poem about autumn leaves in assembly today and did not stop once.',
        happenedOn: '2026-11-20',
        fileId: updatePhoto,
        createdAt: at('2026-11-20T16:00:00Z'),
      },
      {
        childId: miaId,
        authorId: sam.id,
        topic: 'fun',
        body: 'We baked gingerbread people this weekend. Mia gave hers a purple scarf.',
        happenedOn: '2026-11-15',
        createdAt: at('2026-11-15T17:30:00Z'),
      },
    ])
    .returning({ id: sharedUpdates.id });
  const updateId = update!.id;
  await db.insert(sharedUpdateReactions).values([
    { updateId, userId: dani.id, reaction: 'love' },
    { updateId, userId: lee.id, reaction: 'proud' },
  ]);
  const delivered = (iso: string) => ({
    status: 'delivered' as const,
    createdAt: at(iso),
    deliveredAt: at(iso),
  });
  const [message] = await db
    .insert(partnershipMessages)
    .values([
      {
        childId: miaId,
        authorId: sam.id,
        body: 'Mia lost her first tooth today. The tooth fairy has been told!',
        fileId: messagePhoto,
        fileKind: 'photo',
        ...delivered('2026-11-18T18:00:00Z'),
      },
      {
        childId: miaId,
        authorId: hannah.id,
        body: 'Hello both. The next review is on 9 December.',
        ...delivered('2026-11-18T19:00:00Z'),
      },
      {
        childId: miaId,
        authorId: dani.id,
        body: 'Thank you for the photo. Can Mia bring her rabbit on Saturday?',
        ...delivered('2026-11-19T08:00:00Z'),
      },
      {
        childId: miaId,
        authorId: lee.id,
        body: 'Hi Mia, Dad here. Have a great week at swimming.',
        moderatedBy: hannah.id,
        moderatedAt: at('2026-11-17T09:00:00Z'),
        ...delivered('2026-11-17T09:00:00Z'),
      },
      {
        childId: miaId,
        authorId: lee.id,
        body: LEE_WAITING,
        status: 'held',
        createdAt: at('2026-11-22T20:00:00Z'),
      },
      {
        childId: miaId,
        authorId: lee.id,
        body: LEE_TURNED_BACK,
        status: 'rejected',
        moderatedBy: hannah.id,
        moderatedAt: at('2026-11-21T10:00:00Z'),
        moderationNote: 'Please ring Hannah about court. This space is for Mia’s everyday life.',
        createdAt: at('2026-11-20T21:00:00Z'),
      },
      {
        childId: miaId,
        authorId: dani.id,
        updateId,
        body: 'That poem made me cry happy tears. Well done Mia!',
        ...delivered('2026-11-20T18:00:00Z'),
      },
      {
        childId: miaId,
        authorId: lee.id,
        updateId,
        body: 'Proud of you, sweetheart.',
        status: 'held',
        createdAt: at('2026-11-20T19:00:00Z'),
      },
    ])
    .returning({ id: partnershipMessages.id });
  return { updateId, messageId: message!.id };
}

async function seedFamilyTime(db: Db, scene: PartnershipScene): Promise<string> {
  const { miaId, sam, hannah, dani, lee } = scene;
  const base = {
    childId: miaId,
    createdBy: hannah.id,
    supervisedBy: 'Hannah, supervising social worker',
  };
  const [coming, past, called, video] = await db
    .insert(familyTimeSessions)
    .values([
      {
        ...base,
        startsAt: at('2026-11-28T10:00:00Z'),
        endsAt: at('2026-11-28T12:00:00Z'),
        venue: 'Riverside Family Centre, the blue room',
        transport: TRANSPORT_TEXT,
        notesForFamily: 'Mia would like to show you her gingerbread photos.',
      },
      {
        ...base,
        startsAt: at('2026-11-14T10:00:00Z'),
        endsAt: at('2026-11-14T11:30:00Z'),
        venue: 'Riverside Family Centre, the blue room',
        transport: `Taxi booked from ${MIA_SECRETS.postcode}`,
      },
      {
        ...base,
        startsAt: at('2026-11-21T10:00:00Z'),
        endsAt: at('2026-11-21T12:00:00Z'),
        venue: 'Riverside Family Centre, the blue room',
        transport: TRANSPORT_TEXT,
        status: 'cancelled',
        cancelledByParty: 'carer',
        cancelledReason: 'Mia had a temperature, so she stayed in bed.',
        cancelledBy: sam.id,
        cancelledAt: at('2026-11-21T07:30:00Z'),
      },
      {
        ...base,
        startsAt: at('2026-12-03T17:00:00Z'),
        endsAt: at('2026-12-03T17:30:00Z'),
        kind: 'video',
        isSupervised: false,
        supervisedBy: '',
        notesForFamily: 'A video call before bedtime.',
      },
    ])
    .returning({ id: familyTimeSessions.id });
  const both = (sessionId: string) => [
    { sessionId, userId: dani.id, confirmedAt: at('2026-11-22T09:00:00Z') },
    { sessionId, userId: lee.id },
  ];
  await db
    .insert(familyTimeInvitees)
    .values([
      ...both(coming!.id),
      ...both(past!.id),
      ...both(called!.id),
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
  return coming!.id;
}

async function seedDecisions(db: Db, scene: PartnershipScene): Promise<string> {
  const { miaId, sam, hannah, dani } = scene;
  const [trip] = await db
    .insert(decisionRequests)
    .values([
      {
        childId: miaId,
        topic: 'school_trips',
        question: 'Mia’s class is going to the Science Museum for a day in January. May she go?',
        neededBy: '2026-12-10',
        askedBy: sam.id,
        askedAt: at('2026-11-16T12:00:00Z'),
        parentViews: 'Yes please, she will love the space rockets.',
        parentViewsBy: dani.id,
        parentViewsAt: at('2026-11-16T18:00:00Z'),
        outcome: 'agreed',
        outcomeNotes: 'Agreed. Sam will pack her lunch.',
        decidedBy: hannah.id,
        decidedAt: at('2026-11-17T10:00:00Z'),
      },
      {
        childId: miaId,
        topic: 'haircuts',
        question: 'Mia would like her hair cut to her shoulders. Is that all right with you?',
        askedBy: sam.id,
        askedAt: at('2026-11-22T12:00:00Z'),
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
    {
      childId: miaId,
      topic: 'school_trips',
      decidedBy: 'carers',
      notes: 'Day trips in term time.',
      updatedBy: hannah.id,
    },
    { childId: miaId, topic: 'holidays_abroad', decidedBy: 'social_worker', updatedBy: hannah.id },
    {
      childId: miaId,
      topic: 'religious_observance',
      decidedBy: 'birth_parents',
      updatedBy: hannah.id,
    },
  ]);
  return trip!.id;
}

async function seedPlan(db: Db, scene: PartnershipScene): Promise<void> {
  const { miaId, hannah } = scene;
  await db.insert(reunificationPlans).values({
    childId: miaId,
    aim: 'Mia goes home to live with Dani by next summer.',
    supportOffered: 'A parenting course, help with the flat, and family time that gets longer.',
    targetOn: '2027-07-01',
    nextReviewOn: '2026-12-09',
    updatedBy: hannah.id,
  });
  await db.insert(reunificationSteps).values([
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
      dueOn: '2027-01-31',
      progress: 'Four of eight sessions done.',
      position: 1,
      updatedBy: hannah.id,
    },
    {
      childId: miaId,
      kind: 'step',
      title: 'Sam writes down Mia’s routines for Dani',
      who: 'carers',
      status: 'done',
      position: 2,
      updatedBy: hannah.id,
    },
  ]);
  await db.insert(reunificationCheckins).values({
    childId: miaId,
    kind: 'review',
    heldOn: '2026-11-09',
    howItIs: 'going_well',
    forFamily: 'Things are going well. Family time moves to Saturdays.',
    staffNotes: `Carers live at ${MIA_SECRETS.postcode}: keep the route to family time varied.`,
    nextOn: '2026-12-09',
    recordedBy: hannah.id,
  });
}

async function seedBelonging(db: Db, scene: PartnershipScene, photo: string): Promise<string> {
  const { miaId, sam, hannah } = scene;
  const [shared] = await db
    .insert(lifeStoryEntries)
    .values([
      {
        childId: miaId,
        kind: 'photo',
        title: 'Mia’s gingerbread scarf',
        body: 'She chose purple because it is Mum’s favourite colour.',
        happenedOn: '2026-11-15',
        fileId: photo,
        addedBy: sam.id,
        addedByRole: 'foster_carer',
        isSharedWithFamily: true,
      },
      {
        childId: miaId,
        kind: 'milestone',
        title: `First day at ${MIA_SECRETS.school}`,
        happenedOn: '2026-10-07',
        addedBy: sam.id,
        addedByRole: 'foster_carer',
      },
    ])
    .returning({ id: lifeStoryEntries.id });
  await db.insert(childImportantPeople).values([
    {
      childId: miaId,
      name: 'Auntie Rose',
      relationship: 'Mum’s sister',
      category: 'relative',
      ring: 1,
      isSharedWithFamily: true,
      joinedOn: '2017-03-02',
      addedBy: hannah.id,
    },
    {
      childId: miaId,
      name: 'Mrs Patel',
      relationship: 'Class teacher',
      notes: `Teaches Year 5 at ${MIA_SECRETS.school}`,
      category: 'teacher',
      joinedOn: '2026-10-07',
      addedBy: hannah.id,
    },
  ]);
  return shared!.id;
}
