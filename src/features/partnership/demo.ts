// The demo's partnership spaces. Mia Price's mum Dani is in Mia's space with her messages arriving
// as sent; she met Sam and Jess a few days after Mia arrived, Sam phoned her the day after, and
// Dani has written what she wants them to know. Theo Mensah's space says how his grandmother
// Grace is related to his mum.
import { and, eq, isNull, like } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import { birthParents, children, placements, users } from '../../core/db/tables.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { agencyToday } from '../../core/time/agency-today.ts';
import { addWorkingDays } from '../../core/time/working-days.ts';
import { saveGuide } from './guide-store.ts';
import { saveSettings, setParentLevel } from './members-store.ts';
import { addDays } from './start-rules.ts';
import { saveStart } from './start-store.ts';

const MIA_GUIDE = {
  routines:
    'Mia likes to know what is happening next. On school mornings she wants the same breakfast and to be told the plan for after school. She is slow to wake up, so give her ten minutes with the radio on before anyone talks to her.',
  comforts:
    'Her rabbit, Mr Buttons, goes everywhere with her. He has one ear sewn back on, please never wash him on a hot wash. If she is upset, sit next to her and wait; she will talk when she is ready. She loves being sung to, even badly.',
  food: 'Fish fingers, pasta with cheese, and strawberries above all else. She will not eat mushrooms and gets upset if food touches on the plate. No allergies.',
  bedtime:
    'Bath, pyjamas, then a chapter of a book in bed at about half past seven. She likes the landing light on and the door open a little. She sometimes wakes up early and reads to Mr Buttons.',
  wantCarersToKnow:
    'Mia is kind and funny and worries about everyone else before herself. Please tell her I love her and that I am working hard. Thank you for looking after her.',
};

const THEO_RELATIONSHIP = 'Grace is Theo’s grandmother: his mum’s mum';

async function findUserByEmailStart(ctx: Ctx, localPart: string) {
  const [user] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(like(users.email, `${localPart}@%`))
    .limit(1);
  return user ?? null;
}

async function findChild(ctx: Ctx, firstName: string, lastName: string) {
  const [child] = await ctx.db
    .select({ id: children.id })
    .from(children)
    .where(and(eq(children.firstName, firstName), eq(children.lastName, lastName)))
    .limit(1);
  return child ?? null;
}

/** Fills in Mia's and Theo's spaces; anyone missing from the demo is left alone. */
export async function seedDemoPartnershipSpace(ctx: Ctx): Promise<void> {
  await seedMia(ctx);
  const theo = await findChild(ctx, 'Theo', 'Mensah');
  if (theo) {
    await saveSettings(
      ctx.db,
      theo.id,
      { emailLabel: '', carersRelationship: THEO_RELATIONSHIP },
      { userId: (await findUserByEmailStart(ctx, 'worker'))?.id ?? null, at: ctx.now },
    );
  }
}

async function seedMia(ctx: Ctx): Promise<void> {
  const mia = await findChild(ctx, 'Mia', 'Price');
  const [dani] = await ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.name, 'Dani Price'), like(users.email, 'parent@%')))
    .limit(1);
  if (!mia || !dani) return;
  const [isHerMum] = await ctx.db
    .select({ id: birthParents.id })
    .from(birthParents)
    .where(and(eq(birthParents.childId, mia.id), eq(birthParents.userId, dani.id)));
  if (!isHerMum) return;
  const worker = await findUserByEmailStart(ctx, 'worker');
  const carer = await findUserByEmailStart(ctx, 'carer');
  const set = { userId: worker?.id ?? null, at: ctx.now };
  await setParentLevel(
    ctx.db,
    { childId: mia.id, userId: dani.id },
    { level: 'direct', reason: '' },
    set,
  );

  const [home] = await ctx.db
    .select({ id: placements.id, startedOn: placements.startedOn })
    .from(placements)
    .where(and(eq(placements.childId, mia.id), isNull(placements.endedOn)));
  if (home) {
    const today = await agencyToday(ctx.db, ctx.now);
    const notAfterToday = (date: string) => (date > today ? today : date);
    const introOn = notAfterToday(addWorkingDays(home.startedOn, 3, ENGLAND.holidays));
    const { timeZone } = await getAgencySettings(ctx.db);
    await saveStart(
      ctx.db,
      { placementId: home.id, childId: mia.id },
      {
        introScheduledAt: DateTime.fromISO(`${introOn}T10:30`, { zone: timeZone }).toJSDate(),
        introPlace: 'The family room at the agency’s office',
        introHeldOn: introOn,
        introNotes:
          'Dani, Sam and Jess met with Hannah for an hour. Dani brought a photo of Mia’s nan for her room. Warm and easy; Dani cried at the end and said she felt better for meeting them. Agreed Sam will send a photo each weekend.',
        comfortCallHeldOn: notAfterToday(addDays(home.startedOn, 1)),
        comfortCallNotes:
          'Sam phoned Dani the evening after Mia arrived. Mia said goodnight to her mum on the phone. Dani asked about bedtime and Mia’s rabbit; Sam reassured her.',
      },
      { userId: worker?.id ?? carer?.id ?? dani.id, at: ctx.now },
    );
  }
  await saveGuide(ctx.db, mia.id, MIA_GUIDE, { userId: dani.id, at: ctx.now });
}
