// Adding and changing the people on a child's map. A worker's addition is on the map at once; a
// carer's or the young person's suggestion waits for a worker to check it. Every change is
// audited with the names of the fields it touched.
import { recordAudit, type AuditAction } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { Conflict, Forbidden, Invalid, NotFound } from '../../core/errors.ts';
import { withBelongingChild, type BelongingChild } from '../belonging/child-access.ts';
import { findConnection, type Connection } from '../belonging/connection-store.ts';
import type { Viewer } from '../belonging/visibility.ts';
import { ownChildIdOf } from './map-service.ts';
import type { TCarerSuggestion, TCheck, TOwnSuggestion, TPerson } from './schemas.ts';
import { insertPerson, updatePerson, type PersonFields } from './store.ts';
import { SUGGEST_PATH } from './words.ts';

/** What the add and change forms need: the child, who is filling it in, and today. */
export type PersonForm = {
  kind: 'form';
  child: BelongingChild;
  viewer: Viewer;
  today: string;
  /** The person being changed; absent when adding someone. */
  person?: Connection;
};

const changed = (tx: Ctx, action: AuditAction, id: string, fields: string[]) =>
  recordAudit(tx, { action, recordType: 'connection', recordId: id, fields });

// An empty form still shows the child's name, so opening it is a read.
const namesShown = (tx: Ctx, childId: string) =>
  recordAudit(tx, {
    action: 'belonging.read',
    recordType: 'child',
    recordId: childId,
    fields: ['names'],
  });

/** The form for adding someone: the full form for staff, the short one for carers. */
export async function startNewPerson(
  ctx: Ctx,
  childId: string,
): Promise<PersonForm | { kind: 'elsewhere'; to: string }> {
  return withBelongingChild(ctx, 'belonging.contribute', childId, async (scene) => {
    const { tx, viewer, child, today } = scene;
    if (viewer === 'young_person') return { kind: 'elsewhere', to: SUGGEST_PATH };
    refuseFamily(viewer, child);
    await namesShown(tx, child.id);
    return { kind: 'form', child, viewer, today };
  });
}

// Birth parents tell the child's worker about people; the map's forms are not theirs.
function refuseFamily(viewer: Viewer, child: BelongingChild): void {
  if (viewer === 'birth_parent') {
    throw new Forbidden(
      `To add someone to ${child.knownAs}’s map, tell ${child.knownAs}’s social worker about them.`,
    );
  }
}

/** What someone sent on the add form: the full form from staff, the short one from carers. */
export type NewPerson = { form: 'full'; data: TPerson } | { form: 'short'; data: TCarerSuggestion };

/** Adds someone: on the map at once when a worker adds them, waiting for a check from a carer. */
export async function addPerson(
  ctx: Ctx,
  childId: string,
  sent: NewPerson,
): Promise<{ name: string; isWaiting: boolean }> {
  return withBelongingChild(ctx, 'belonging.contribute', childId, async (scene) => {
    const { tx, actor, viewer, child, today } = scene;
    refuseFamily(viewer, child);
    if (viewer === 'staff' && sent.form === 'full') {
      checkDates(sent.data, today);
      const { isShownDespiteFlag, ...fields } = sent.data;
      const id = await insertPerson(tx.db, {
        ...fields,
        childId: child.id,
        status: 'confirmed',
        flagShownBy: isShownDespiteFlag ? actor.userId : null,
        addedBy: actor.userId,
        updatedAt: ctx.now,
      });
      await changed(tx, 'connection.added', id, Object.keys(sent.data));
      if (isShownDespiteFlag) await changed(tx, 'connection.flag_decided', id, ['flag_shown']);
      return { name: sent.data.name, isWaiting: false };
    }
    if (viewer !== 'carer' || sent.form !== 'short') throw new Forbidden();
    const id = await insertPerson(tx.db, {
      ...sent.data,
      childId: child.id,
      status: 'proposed',
      source: 'carers',
      joinedOn: today,
      addedBy: actor.userId,
      updatedAt: ctx.now,
    });
    await changed(tx, 'connection.proposed', id, Object.keys(sent.data));
    return { name: sent.data.name, isWaiting: true };
  });
}

// Dates the form cannot check alone: nothing in the future, and nobody leaves before joining.
function checkDates(person: TPerson, today: string): void {
  const errors: Record<string, string> = {};
  if (person.joinedOn > today) {
    errors.joinedOn = 'The date they joined the network must be today or earlier';
  }
  if (person.leftOn !== null && person.leftOn > today) {
    errors.leftOn = 'The date they left the network must be today or earlier';
  } else if (person.leftOn !== null && person.leftOn < person.joinedOn) {
    errors.leftOn = 'The date they left the network must be on or after the date they joined';
  }
  if (Object.keys(errors).length > 0) throw new Invalid(errors);
}

/** The form for changing someone on the map (staff who keep the record). */
export async function startEdit(ctx: Ctx, childId: string, id: string): Promise<PersonForm> {
  return withBelongingChild(ctx, 'belonging.manage', childId, async (scene) => {
    const { tx, viewer, child, today } = scene;
    const person = await findConnection(tx.db, child.id, id);
    if (!person) throw new NotFound();
    await recordAudit(tx, {
      action: 'belonging.read',
      recordType: 'child',
      recordId: child.id,
      fields: ['people', 'safeguarding'],
    });
    return { kind: 'form', child, viewer, today, person };
  });
}

/**
 * Saves a worker's changes. Ticking "show despite the flag" records who decided and why;
 * unticking it, or the flag going away, clears the decision.
 */
export async function changePerson(
  ctx: Ctx,
  childId: string,
  id: string,
  data: TPerson,
): Promise<{ name: string }> {
  return withBelongingChild(ctx, 'belonging.manage', childId, async (scene) => {
    const { tx, actor, child, today } = scene;
    const before = await findConnection(tx.db, child.id, id);
    if (!before) throw new NotFound();
    checkDates(data, today);
    const { isShownDespiteFlag, ...rest } = data;
    const isSameDecision =
      before.flagShownBy !== null && before.flagShownReason === data.flagShownReason;
    const fields: PersonFields = {
      ...rest,
      flagShownBy: isShownDespiteFlag ? (isSameDecision ? before.flagShownBy : actor.userId) : null,
    };
    await updatePerson(tx.db, child.id, id, fields, ctx.now);
    const touched = (Object.keys(fields) as Array<keyof PersonFields>).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(fields[key]),
    );
    if (touched.length > 0) await changed(tx, 'connection.updated', id, touched);
    if (touched.includes('flagShownBy') || touched.includes('flagShownReason')) {
      await changed(tx, 'connection.flag_decided', id, ['flag_shown']);
    }
    return { name: data.name };
  });
}

/** A worker's check of a suggestion: onto the map, or declined. */
export async function checkSuggestion(
  ctx: Ctx,
  childId: string,
  id: string,
  check: TCheck,
): Promise<{ name: string; isConfirmed: boolean }> {
  return withBelongingChild(ctx, 'belonging.manage', childId, async (scene) => {
    const { tx, child } = scene;
    const person = await findConnection(tx.db, child.id, id);
    if (!person) throw new NotFound();
    if (person.status !== 'proposed') {
      throw new Conflict(`${person.name} has already been checked.`);
    }
    const isConfirmed = check.decision === 'confirm';
    await updatePerson(
      tx.db,
      child.id,
      id,
      { status: isConfirmed ? 'confirmed' : 'declined' },
      ctx.now,
    );
    await changed(tx, 'connection.checked', id, ['status']);
    return { name: person.name, isConfirmed };
  });
}

/** The young person's suggestion form: their name for themselves, or that they are not linked. */
export async function startOwnSuggestion(
  ctx: Ctx,
): Promise<{ kind: 'not_linked' } | { kind: 'form'; child: BelongingChild }> {
  const childId = ownChildIdOf(ctx);
  if (!childId) return { kind: 'not_linked' };
  return withBelongingChild(ctx, 'belonging.contribute', childId, async ({ tx, child }) => {
    await namesShown(tx, child.id);
    return { kind: 'form', child };
  });
}

/** Adds someone the young person suggests to their own map, waiting for their worker's check. */
export async function suggestOwnPerson(ctx: Ctx, data: TOwnSuggestion): Promise<{ name: string }> {
  const childId = ownChildIdOf(ctx);
  if (!childId) throw new NotFound();
  return withBelongingChild(ctx, 'belonging.contribute', childId, async (scene) => {
    const { tx, actor, child, today } = scene;
    const id = await insertPerson(tx.db, {
      ...data,
      childId: child.id,
      status: 'proposed',
      source: 'young_person',
      joinedOn: today,
      addedBy: actor.userId,
      updatedAt: ctx.now,
    });
    await changed(tx, 'connection.proposed', id, Object.keys(data));
    return { name: data.name };
  });
}
