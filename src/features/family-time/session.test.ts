import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { MIA_SECRETS } from '../../../test/support/partnership-scene.ts';
import { familyTimeNotes, familyTimeSessions, mailOutbox } from '../../core/db/tables.ts';
import {
  auditsOf,
  leaksIn,
  openFamilyTimeWorld,
  sessionUrl,
  type FamilyTimeWorld,
} from './family-time-test-kit.ts';

// Last Thursday Mia saw both her parents. Afterwards everyone writes a note, and Sam writes down
// what Mia said. This Thursday's is for Dani; she has to call it off.
let world: FamilyTimeWorld;
let lastThursday: string;

beforeAll(async () => {
  world = await openFamilyTimeWorld();
  const { dani, lee } = world.scene;
  lastThursday = await world.plan([dani, lee], { date: '2026-11-05' });
});
afterAll(() => world.close());

const notesUrl = (side: 'staff' | 'parent', sessionId: string) =>
  `${sessionUrl(world.scene.miaId, sessionId, side)}/notes`;
const cancelUrl = (side: 'staff' | 'parent', sessionId: string) =>
  `${sessionUrl(world.scene.miaId, sessionId, side)}/cancel`;

describe('notes after family time', () => {
  beforeAll(async () => {
    const { sam, hannah, dani, lee } = world.scene;
    const write = async (
      user: typeof sam,
      side: 'staff' | 'parent',
      form: Record<string, string>,
    ) => {
      const response = await (
        await world.visitorFor(user)
      ).post(notesUrl(side, lastThursday), form);
      expect(response.statusCode).toBe(303);
    };
    await write(sam, 'staff', { attendance: 'attended', note: 'SAM-NOTE: quiet on the way home.' });
    await write(hannah, 'staff', { attendance: 'late', note: 'HANNAH-NOTE: no concerns.' });
    await write(dani, 'parent', { attendance: 'attended', note: 'DANI-NOTE: she has grown!' });
    await write(lee, 'parent', { attendance: 'left_early', note: 'LEE-NOTE: had to leave early.' });
    await write(sam, 'staff', {
      is_child_feedback: 'yes',
      note: 'MIA-WORDS: I liked playing Uno with Mum.',
    });
  });

  const notesSeenBy = async (
    user: Parameters<FamilyTimeWorld['visitorFor']>[0],
    side: 'staff' | 'parent',
  ) => {
    const page = await (
      await world.visitorFor(user)
    ).get(sessionUrl(world.scene.miaId, lastThursday, side));
    expect(page.statusCode).toBe(200);
    return {
      text: pageText(page.body),
      seen: ['SAM', 'HANNAH', 'DANI', 'LEE', 'MIA-WORDS'].filter((mark) =>
        page.body.includes(mark === 'MIA-WORDS' ? mark : `${mark}-NOTE`),
      ),
      body: page.body,
    };
  };

  it('shows staff every note, named in full', async () => {
    const { text, seen } = await notesSeenBy(world.scene.hannah, 'staff');
    expect(seen).toEqual(['SAM', 'HANNAH', 'DANI', 'LEE', 'MIA-WORDS']);
    expect(text).toContain(`Sam ${MIA_SECRETS.surname}, foster carer`);
    expect(text).toContain('Hannah Kowalski, supervising social worker');
    expect(text).toContain('Mia’s own words');
    expect(text).toContain('Came late');
  });

  it('shows Sam every note but the worker’s', async () => {
    const { seen } = await notesSeenBy(world.scene.sam, 'staff');
    expect(seen).toEqual(['SAM', 'DANI', 'LEE', 'MIA-WORDS']);
  });

  it('shows each parent only their own note', async () => {
    const dani = await notesSeenBy(world.scene.dani, 'parent');
    const lee = await notesSeenBy(world.scene.lee, 'parent');

    expect(dani.seen).toEqual(['DANI']);
    expect(lee.seen).toEqual(['LEE']);
    expect(leaksIn(dani.body, MIA_SECRETS)).toEqual([]);
    expect(dani.text).not.toContain('feedback, in Mia’s words');
  });

  it('records who wrote what, as which party', async () => {
    const rows = await world.database.db
      .select({ party: familyTimeNotes.party, attendance: familyTimeNotes.attendance })
      .from(familyTimeNotes)
      .where(eq(familyTimeNotes.sessionId, lastThursday));
    expect(rows).toEqual([
      { party: 'carer', attendance: 'attended' },
      { party: 'worker', attendance: 'late' },
      { party: 'parent', attendance: 'attended' },
      { party: 'parent', attendance: 'left_early' },
      { party: 'child', attendance: null },
    ]);
    expect(await auditsOf(world.database.db, 'family_time.note_added', lastThursday)).toHaveLength(
      5,
    );
  });

  it('keeps a parent’s note their own, even if they say it is the child’s feedback', async () => {
    const visitor = await world.visitorFor(world.scene.dani);
    const response = await visitor.post(notesUrl('parent', lastThursday), {
      is_child_feedback: 'yes',
      note: 'She said it was fun',
    });

    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain('Say who came');
    expect(response.body).toContain('She said it was fun');
  });

  it('shows the form again when the note is missing or too long', async () => {
    const visitor = await world.visitorFor(world.scene.sam);

    const empty = await visitor.post(notesUrl('staff', lastThursday), {
      attendance: 'attended',
      note: ' ',
    });
    const long = await visitor.post(notesUrl('staff', lastThursday), {
      attendance: 'attended',
      note: 'x'.repeat(2001),
    });
    const noAttendance = await visitor.post(notesUrl('staff', lastThursday), { note: 'Fine' });

    expect(empty.statusCode).toBe(400);
    expect(pageText(empty.body)).toContain('Write your note');
    expect(empty.body).toContain('href="#field-note"');
    expect(empty.body).toMatch(/value="attended"\s+checked/);
    expect(long.statusCode).toBe(400);
    expect(pageText(long.body)).toContain('2,000 characters or fewer');
    expect(noAttendance.statusCode).toBe(400);
    expect(noAttendance.body).toContain('href="#field-attendance"');
  });

  it('warns Sam before a note that says where Mia lives', async () => {
    const visitor = await world.visitorFor(world.scene.sam);
    const note = `Dropped her back at ${MIA_SECRETS.postcode}`;

    const warned = await visitor.post(notesUrl('staff', lastThursday), {
      attendance: 'attended',
      note,
    });
    const sent = await visitor.post(notesUrl('staff', lastThursday), {
      attendance: 'attended',
      note,
      send_anyway: 'yes',
    });

    expect(warned.statusCode).toBe(400);
    expect(warned.body).toContain('name="send_anyway"');
    expect(sent.statusCode).toBe(303);
  });

  it('waits until the family time has started', async () => {
    const thursday = await world.plan([world.scene.dani]);
    const response = await (
      await world.visitorFor(world.scene.sam)
    ).post(notesUrl('staff', thursday), {
      attendance: 'attended',
      note: 'Too soon',
    });
    expect(response.statusCode).toBe(409);
  });
});

describe('calling family time off', () => {
  it('lets Dani call it off with a reason, which Sam then reads', async () => {
    const { dani, sam, hannah } = world.scene;
    const thursday = await world.plan([dani]);
    const daniVisitor = await world.visitorFor(dani);
    await world.database.db.delete(mailOutbox);

    const noReason = await daniVisitor.post(cancelUrl('parent', thursday), { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(pageText(noReason.body)).toContain('Say why the family time is cancelled');
    expect(noReason.body).toContain('href="#field-reason"');
    expect(noReason.body).not.toContain('Who is calling it off?');

    const cancelled = await daniVisitor.post(cancelUrl('parent', thursday), {
      reason: 'I had a hospital appointment',
    });
    expect(cancelled.statusCode).toBe(303);

    const forSam = pageText(
      (await (await world.visitorFor(sam)).get(sessionUrl(world.scene.miaId, thursday, 'staff')))
        .body,
    );
    expect(forSam).toContain('Cancelled by a parent: I had a hospital appointment');
    expect(forSam).not.toContain('Cancel this family time');
    const mail = await world.database.db.select().from(mailOutbox);
    expect(mail.map((row) => row.toAddress).sort()).toEqual(
      [sam.email, world.scene.alex.email, hannah.email].sort(),
    );
    expect(mail[0]!.subject).toBe('Kinfold: a change to family time about M.');
    const [audit] = await auditsOf(world.database.db, 'family_time.cancelled', thursday);
    expect(audit).toMatchObject({ actorId: dani.id, recordType: 'family_time_session' });

    const again = await daniVisitor.post(cancelUrl('parent', thursday), { reason: 'Again' });
    expect(again.statusCode).toBe(409);
    expect(pageText(again.body)).toContain('already been cancelled');
  });

  it('asks staff whether the agency or the child called it off', async () => {
    const thursday = await world.plan([world.scene.dani]);
    const visitor = await world.visitorFor(world.scene.hannah);

    const unsaid = await visitor.post(cancelUrl('staff', thursday), { reason: 'Mia is unwell' });
    expect(unsaid.statusCode).toBe(400);
    expect(pageText(unsaid.body)).toContain('Choose who is calling it off');
    expect(unsaid.body).toContain('Mia is unwell');

    const said = await visitor.post(cancelUrl('staff', thursday), {
      reason: 'Mia is unwell',
      cancelled_by_party: 'child',
    });
    expect(said.statusCode).toBe(303);
    const forDani = await (
      await world.visitorFor(world.scene.dani)
    ).get(sessionUrl(world.scene.miaId, thursday, 'parent'));
    expect(pageText(forDani.body)).toContain('Cancelled by the child: Mia is unwell');
  });

  it('records a carer’s cancellation as the carers’, after the confidentiality check', async () => {
    const thursday = await world.plan([world.scene.dani]);
    const visitor = await world.visitorFor(world.scene.sam);
    const reason = `Our car broke down near ${MIA_SECRETS.town}`;

    const warned = await visitor.post(cancelUrl('staff', thursday), { reason });
    expect(warned.statusCode).toBe(400);
    expect(pageText(warned.body)).toContain('the town where the child lives');

    const sent = await visitor.post(cancelUrl('staff', thursday), { reason: 'Our car broke down' });
    expect(sent.statusCode).toBe(303);
    const [row] = await world.database.db
      .select({ party: familyTimeSessions.cancelledByParty })
      .from(familyTimeSessions)
      .where(eq(familyTimeSessions.id, thursday));
    expect(row!.party).toBe('carer');
  });

  it('cannot call off family time that has already happened', async () => {
    const response = await (
      await world.visitorFor(world.scene.dani)
    ).post(cancelUrl('parent', lastThursday), { reason: 'Too late' });
    expect(response.statusCode).toBe(409);
  });
});
