import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText, type Visitor } from '../../../test/support/app.ts';
import { buildUser, linkBirthParent, type TestUser } from '../../../test/support/factories.ts';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import {
  birthParents,
  familyTimeInvitees,
  familyTimeSessions,
  mailOutbox,
} from '../../core/db/tables.ts';
import {
  auditsOf,
  leaksIn,
  openFamilyTimeWorld,
  sessionUrl,
  THURSDAY,
  type FamilyTimeWorld,
} from './family-time-test-kit.ts';

// Hannah plans Mia's family time on the form. Jo is Mia's aunt with parental responsibility,
// kept out of the space for now, so she cannot be invited.
let world: FamilyTimeWorld;
let hannah: Visitor;
let jo: TestUser;
let newUrl: string;

beforeAll(async () => {
  world = await openFamilyTimeWorld();
  const { db } = world.database;
  jo = await buildUser(db, { role: 'birth_parent', name: 'Jo Keeling' });
  await linkBirthParent(db, world.scene.miaId, jo, 'parent');
  await db
    .update(birthParents)
    .set({ spaceLevel: 'not_in_space' })
    .where(and(eq(birthParents.userId, jo.id), eq(birthParents.childId, world.scene.miaId)));
  hannah = await world.visitorFor(world.scene.hannah);
  newUrl = `/children/${world.scene.miaId}/family/family-time/new`;
});
afterAll(() => world.close());

function formFor(invitees: TestUser[], overrides: Record<string, string> = {}): string {
  const form = new URLSearchParams({ _csrf: hannah.csrf(), ...THURSDAY, ...overrides });
  for (const parent of invitees) form.append('invitees', parent.id);
  return form.toString();
}

async function postPlan(url: string, invitees: TestUser[], overrides: Record<string, string> = {}) {
  return hannah.send({
    method: 'POST',
    url,
    payload: formFor(invitees, overrides),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

describe('planning family time', () => {
  it('offers the parents in the space, and not one kept out of it', async () => {
    const page = await hannah.get(newUrl);

    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`value="${world.scene.dani.id}"`);
    expect(page.body).toContain(`value="${world.scene.lee.id}"`);
    expect(page.body).not.toContain(jo.id);
    expect(page.body).toContain('This child’s record');
  });

  it('plans a session for both parents, and tells them, the carers and nobody else', async () => {
    const { dani, lee, sam, alex, hannah: worker } = world.scene;
    const { db } = world.database;

    const response = await postPlan(newUrl, [dani, lee]);

    expect(response.statusCode).toBe(303);
    const sessionId = response.headers.location!.split('/').at(-1)!;
    expect(response.headers.location).toBe(sessionUrl(world.scene.miaId, sessionId, 'staff'));
    const [saved] = await db
      .select()
      .from(familyTimeSessions)
      .where(eq(familyTimeSessions.id, sessionId));
    expect(saved).toMatchObject({
      startsAt: new Date('2026-11-12T16:00:00Z'),
      endsAt: new Date('2026-11-12T17:30:00Z'),
      venue: 'Brookside Family Centre',
      transport: 'Sam drives Mia there and back',
      createdBy: worker.id,
    });
    const invited = await db
      .select({ userId: familyTimeInvitees.userId })
      .from(familyTimeInvitees)
      .where(eq(familyTimeInvitees.sessionId, sessionId));
    expect(invited.map((row) => row.userId).sort()).toEqual([dani.id, lee.id].sort());
    const mail = await db.select().from(mailOutbox);
    expect(mail.map((row) => row.toAddress).sort()).toEqual(
      [dani.email, lee.email, sam.email, alex.email].sort(),
    );
    expect(mail.every((row) => row.subject === 'Kinfold: family time planned about M.')).toBe(true);
    const [audit] = await auditsOf(db, 'family_time.planned', sessionId);
    expect(audit).toMatchObject({ actorId: worker.id, recordType: 'family_time_session' });
  });
});

describe('a plan form with problems', () => {
  it('names every problem at once, keeps what was typed, and saves nothing', async () => {
    const { db } = world.database;
    const before = await db.select().from(familyTimeSessions);

    const response = await postPlan(newUrl, [], {
      start_time: '17:30',
      end_time: '16:00',
      venue: '',
      supervised_by: '',
      notes_for_family: 'Bring the photo album',
    });

    expect(response.statusCode).toBe(400);
    const text = pageText(response.body);
    expect(text).toContain('There is a problem');
    expect(text).toContain('The end time must be after the start time');
    expect(text).toContain('Say where the family will meet');
    expect(text).toContain('Say who supervises the family time');
    expect(text).toContain('Choose at least one parent to invite');
    expect(response.body).toContain('href="#field-end_time"');
    expect(response.body).toContain('href="#field-venue"');
    expect(response.body).toContain('href="#field-invitees"');
    expect(response.body).toContain('value="17:30"');
    expect(response.body).toContain('Bring the photo album');
    expect(await db.select().from(familyTimeSessions)).toHaveLength(before.length);
  });

  it('turns nonsense into messages, never an error page', async () => {
    const response = await postPlan(newUrl, [], {
      date: '2026-02-30',
      start_time: 'teatime',
      kind: 'spaceship',
      is_supervised: 'maybe',
      invitees: 'not-an-id',
    });

    expect(response.statusCode).toBe(400);
    const text = pageText(response.body);
    expect(text).toContain('Enter the date of the family time');
    expect(text).toContain('Enter the time it starts on the 24-hour clock');
    expect(text).toContain('Choose how the family will meet');
    expect(text).toContain('Say whether the family time is supervised');
    expect(text).toContain('Choose who is invited from the list');
  });

  it('refuses to invite a parent kept out of the space', async () => {
    const response = await postPlan(newUrl, [jo]);

    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain('Choose who is invited from the list');
  });

  it('does not need a venue for a video call', async () => {
    const response = await postPlan(newUrl, [world.scene.dani], { kind: 'video', venue: '' });
    expect(response.statusCode).toBe(303);
  });
});

describe('the confidentiality check on a plan', () => {
  it('warns about the carers’ address as the venue until Hannah says to send it anyway', async () => {
    const { db } = world.database;
    const venue = `Outside ${MIA_SECRETS.addressLine}`;

    const warned = await postPlan(newUrl, [world.scene.dani], { venue });

    expect(warned.statusCode).toBe(400);
    const text = pageText(warned.body);
    expect(text).toContain('the carers’ address');
    expect(warned.body).toContain('href="#field-venue"');
    expect(warned.body).toContain('name="send_anyway"');
    expect(warned.body).toContain(`value="${venue}"`);

    const sent = await postPlan(newUrl, [world.scene.dani], { venue, send_anyway: 'yes' });

    expect(sent.statusCode).toBe(303);
    const sessionId = sent.headers.location!.split('/').at(-1)!;
    const [audit] = await auditsOf(db, 'family_time.planned', sessionId);
    expect(audit!.fields).toContain('sent_after_warning');
  });

  it('checks the notes for the family too, naming that field', async () => {
    const response = await postPlan(newUrl, [world.scene.dani], {
      notes_for_family: `Sam will bring Mia from ${MIA_SECRETS.school}`,
    });

    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('href="#field-notes_for_family"');
    expect(pageText(response.body)).toContain('the child’s school');
  });
});

describe('changing a plan', () => {
  it('shows the plan as it is, saves a new time, and asks the parents again', async () => {
    const { miaId, dani, lee } = world.scene;
    const sessionId = await world.plan([dani, lee]);
    await (
      await world.visitorFor(dani)
    ).post(`${sessionUrl(miaId, sessionId, 'parent')}/confirm`, {});
    const editUrl = `${sessionUrl(miaId, sessionId, 'staff')}/edit`;

    const form = await hannah.get(editUrl);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="2026-11-12"');
    expect(form.body).toContain('value="16:00"');
    expect(form.body).toContain('Sam drives Mia there and back');

    const wrong = await postPlan(editUrl, [dani], { start_time: '18:00' });
    expect(wrong.statusCode).toBe(400);
    expect(pageText(wrong.body)).toContain('The end time must be after the start time');

    const moved = await postPlan(editUrl, [dani], { start_time: '15:30' });
    expect(moved.statusCode).toBe(303);
    const page = pageText((await hannah.get(sessionUrl(miaId, sessionId, 'staff'))).body);
    expect(page).toContain('Thursday 12 November 2026, 15:30 to 17:30');
    expect(page).toContain('Dani Price (not answered yet)');
    expect(page).not.toContain('Lee Price');
    const [audit] = await auditsOf(world.database.db, 'family_time.changed', sessionId);
    expect(audit!.fields).toEqual(['starts_at', 'invitees']);
  });

  it('is for staff: a carer and a parent are refused', async () => {
    const { miaId, sam, dani } = world.scene;

    const bySam = await (await world.visitorFor(sam)).get(newUrl);
    const byDani = await (
      await world.visitorFor(dani)
    ).get(`/children/${miaId}/family/family-time/new`);

    expect(bySam.statusCode).toBe(403);
    expect(byDani.statusCode).toBe(403);
    expect(leaksIn(byDani.body, MIA_SECRETS)).toEqual([]);
  });
});
