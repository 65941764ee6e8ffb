// Planning family time and changing a plan: the worker's job. The words a parent will read (where,
// who supervises, the notes for the family) pass the confidentiality check; the invited parents,
// the carers and the worker hear of it by an email that says nothing but "family time planned".
import { DateTime } from 'luxon';
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { Conflict, Invalid, NotFound } from '../../core/errors.ts';
import { parseInput, type FormValues } from '../../core/http/validation.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { findSpaceMembers, type SpaceMembers } from '../partnership/members.ts';
import { withPartnershipChild, type PartnershipScene } from '../partnership/space.ts';
import type { BelongingChild } from '../belonging/child-access.ts';
import { assertFieldsSafeToSend } from './safety.ts';
import { tellAboutSession } from './tell.ts';
import { formInput, ZPlanSession, type TPlanSession } from './schemas.ts';
import * as store from './store.ts';

/** What the plan form needs: the child, the parents who may be invited, and a plan to change. */
export type PlanForm = {
  child: BelongingChild;
  parents: Array<{ userId: string; name: string }>;
  /** The session's current details, when changing one. */
  current: { values: FormValues; invitees: string[] } | null;
};

/** The plan form, new or for changing a session. */
export async function readPlanForm(
  ctx: Ctx,
  childId: string,
  sessionId: string | null,
): Promise<PlanForm> {
  return withPartnershipChild(ctx, 'partnership.manage', childId, async ({ tx, child, home }) => {
    const members = await findSpaceMembers(tx.db, child.id, home);
    const { timeZone } = await getAgencySettings(tx.db);
    let current: PlanForm['current'] = null;
    if (sessionId) {
      const row = await findChangeableSession(tx, child.id, sessionId);
      const invitees = await store.findInvitees(tx.db, [row.id]);
      current = { values: valuesOf(row, timeZone), invitees: invitees.map((i) => i.userId) };
    }
    await recordAudit(tx, {
      action: 'partnership.read',
      recordType: 'child',
      recordId: child.id,
      fields: sessionId ? ['family_time_sessions', 'family_time_invitees'] : ['birth_parents'],
    });
    return { child, parents: invitableParents(members), current };
  });
}

/** Plans a session and tells the invited parents, the carers and the worker. */
export async function planSession(
  ctx: Ctx,
  childId: string,
  body: unknown,
  publicUrl: string,
): Promise<{ sessionId: string }> {
  return withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const { tx, actor, child } = scene;
    const { form, details, members, wasWarned } = await checkPlan(scene, body);
    const sessionId = await store.insertSession(tx.db, {
      ...details,
      childId: child.id,
      createdBy: actor.userId,
      at: ctx.now,
    });
    await store.replaceInvitees(tx.db, sessionId, form.invitees, false);
    await recordAudit(tx, {
      action: 'family_time.planned',
      recordType: 'family_time_session',
      recordId: sessionId,
      fields: [...PLAN_FIELDS, ...(wasWarned ? ['sent_after_warning'] : [])],
    });
    await tellAboutSession(scene, members, {
      what: 'family_time',
      sessionId,
      parentIds: form.invitees,
      publicUrl,
    });
    return { sessionId };
  });
}

/** Changes a planned session; parents are told when what they see of it changed. */
export async function changeSession(
  ctx: Ctx,
  childId: string,
  sessionId: string,
  body: unknown,
  publicUrl: string,
): Promise<void> {
  await withPartnershipChild(ctx, 'partnership.manage', childId, async (scene) => {
    const { tx, child } = scene;
    const before = await findChangeableSession(tx, child.id, sessionId);
    const invitedBefore = (await store.findInvitees(tx.db, [sessionId])).map((i) => i.userId);
    const { form, details, members, wasWarned } = await checkPlan(scene, body);
    const changed = changedFields(before, details, invitedBefore, form.invitees);
    if (changed.length === 0) return;
    const isMoved = changed.some((field) => MOVING_FIELDS.includes(field));
    await store.updateSession(tx.db, sessionId, details);
    await store.replaceInvitees(tx.db, sessionId, form.invitees, isMoved);
    await recordAudit(tx, {
      action: 'family_time.changed',
      recordType: 'family_time_session',
      recordId: sessionId,
      fields: [...changed, ...(wasWarned ? ['sent_after_warning'] : [])],
    });
    const isSeenByParents = changed.some((field) => PARENT_FIELDS.includes(field));
    const added = form.invitees.filter((id) => !invitedBefore.includes(id));
    await tellAboutSession(scene, members, {
      what: 'family_time_cancelled',
      sessionId,
      parentIds: isSeenByParents ? form.invitees : added,
      publicUrl,
    });
  });
}

const PLAN_FIELDS = [
  'starts_at',
  'ends_at',
  'kind',
  'is_supervised',
  'supervised_by',
  'venue',
  'transport',
  'notes_for_family',
  'invitees',
];
// A change to these makes a parent's "I'll be there" out of date.
const MOVING_FIELDS = ['starts_at', 'ends_at', 'kind', 'venue'];
const PARENT_FIELDS = PLAN_FIELDS.filter((field) => field !== 'transport');

// Parents kept out of the space are not invited to family time through it.
function invitableParents(members: SpaceMembers): PlanForm['parents'] {
  return members.parents
    .filter((parent) => parent.level !== 'not_in_space')
    .map((parent) => ({ userId: parent.userId, name: parent.name }));
}

async function findChangeableSession(
  tx: Ctx,
  childId: string,
  sessionId: string,
): Promise<store.SessionRow> {
  const row = await store.findSession(tx.db, childId, sessionId);
  if (!row) throw new NotFound();
  if (row.status === 'cancelled') {
    throw new Conflict('This family time was cancelled, so it cannot be changed. Plan a new one.');
  }
  return row;
}

// The form read, its times placed in the agency's time zone, the invitees checked against the
// space, and the words a parent will read checked for anything that locates the child.
async function checkPlan(scene: PartnershipScene, body: unknown) {
  const { tx, child, home } = scene;
  const { values, invitees } = formInput(body);
  const form = parseInput(ZPlanSession, { ...values, invitees });
  const members = await findSpaceMembers(tx.db, child.id, home);
  const invitable = invitableParents(members).map((parent) => parent.userId);
  if (form.invitees.some((id) => !invitable.includes(id))) {
    throw new Invalid({ invitees: 'Choose who is invited from the list' });
  }
  const { timeZone } = await getAgencySettings(tx.db);
  const details = detailsOf(form, timeZone);
  const wasWarned = await assertFieldsSafeToSend(
    scene,
    { venue: form.venue, supervised_by: form.supervisedBy, notes_for_family: form.notesForFamily },
    form.sendAnyway,
  );
  return { form, details, members, wasWarned };
}

function detailsOf(form: TPlanSession, timeZone: string): store.SessionDetails {
  const at = (time: string) => DateTime.fromISO(`${form.date}T${time}`, { zone: timeZone });
  const starts = at(form.startTime);
  const ends = at(form.endTime);
  if (!starts.isValid || !ends.isValid) {
    throw new Invalid({ date: 'Enter the date of the family time, like 2026-11-12' });
  }
  return {
    startsAt: starts.toJSDate(),
    endsAt: ends.toJSDate(),
    kind: form.kind,
    isSupervised: form.isSupervised,
    supervisedBy: form.supervisedBy,
    venue: form.venue,
    transport: form.transport,
    notesForFamily: form.notesForFamily,
  };
}

function valuesOf(row: store.SessionRow, timeZone: string): FormValues {
  const starts = DateTime.fromJSDate(row.startsAt, { zone: timeZone });
  const ends = DateTime.fromJSDate(row.endsAt, { zone: timeZone });
  return {
    date: starts.toISODate() ?? '',
    start_time: starts.toFormat('HH:mm'),
    end_time: ends.toFormat('HH:mm'),
    kind: row.kind,
    is_supervised: row.isSupervised ? 'yes' : 'no',
    supervised_by: row.supervisedBy,
    venue: row.venue,
    transport: row.transport,
    notes_for_family: row.notesForFamily,
  };
}

function changedFields(
  before: store.SessionRow,
  after: store.SessionDetails,
  invitedBefore: readonly string[],
  invitedAfter: readonly string[],
): string[] {
  const pairs: Array<[string, unknown, unknown]> = [
    ['starts_at', before.startsAt.getTime(), after.startsAt.getTime()],
    ['ends_at', before.endsAt.getTime(), after.endsAt.getTime()],
    ['kind', before.kind, after.kind],
    ['is_supervised', before.isSupervised, after.isSupervised],
    ['supervised_by', before.supervisedBy, after.supervisedBy],
    ['venue', before.venue, after.venue],
    ['transport', before.transport, after.transport],
    ['notes_for_family', before.notesForFamily, after.notesForFamily],
    ['invitees', [...invitedBefore].sort().join(), [...invitedAfter].sort().join()],
  ];
  return pairs.filter(([, was, now]) => was !== now).map(([field]) => field);
}
