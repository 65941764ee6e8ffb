// Moving someone on the map: a ring closer or further (the list's buttons), or to the ring and
// angle the map's script dropped them on. Workers move anyone on the child's map; the young person
// moves the people they can see on their own.
import { recordAudit } from '../../core/access/audit.ts';
import type { Ctx } from '../../core/context.ts';
import { NotFound } from '../../core/errors.ts';
import { withBelongingChild, type BelongingScene } from '../belonging/child-access.ts';
import { findConnections } from '../belonging/connection-store.ts';
import { toRing, type Ring } from './eco-map-layout.ts';
import { ownChildIdOf } from './map-service.ts';
import { peopleOnMap } from './people-view.ts';
import type { TMove } from './schemas.ts';
import { updatePerson } from './store.ts';
import { ringLabel } from './words.ts';

/** Where someone is after a move, and the sentence that says so. */
export type Moved = {
  id: string;
  childId: string;
  ring: Ring;
  angle: number | null;
  /** False when a step would have gone past the closest or the furthest ring. */
  hasMoved: boolean;
  message: string;
};

/** A worker moves someone on a child's map. */
export async function movePerson(
  ctx: Ctx,
  childId: string,
  id: string,
  move: TMove,
): Promise<Moved> {
  return withBelongingChild(ctx, 'belonging.manage', childId, (scene) =>
    moveOnMap(ctx, scene, id, move),
  );
}

/** The young person moves someone on their own map. */
export async function moveOwnPerson(ctx: Ctx, id: string, move: TMove): Promise<Moved> {
  const childId = ownChildIdOf(ctx);
  if (!childId) throw new NotFound();
  return withBelongingChild(ctx, 'belonging.contribute', childId, (scene) =>
    moveOnMap(ctx, scene, id, move),
  );
}

// Only someone this viewer sees on today's map can be moved; anyone else does not exist for them.
async function moveOnMap(ctx: Ctx, scene: BelongingScene, id: string, move: TMove) {
  const { tx, actor, viewer, child, today } = scene;
  const everyone = await findConnections(tx.db, child.id);
  const person = peopleOnMap(viewer, actor.userId, everyone, today).find((each) => each.id === id);
  if (!person) throw new NotFound();
  const from = toRing(person.ring);
  const to =
    'direction' in move
      ? { ring: toRing(from + (move.direction === 'closer' ? -1 : 1)), angle: person.angle }
      : { ring: move.ring, angle: move.angle };
  const fields = [
    ...(to.ring !== from ? ['ring'] : []),
    ...(to.angle !== person.angle ? ['angle'] : []),
  ];
  const hasMoved = fields.length > 0;
  if (hasMoved) {
    await updatePerson(tx.db, child.id, id, to, ctx.now);
    await recordAudit(tx, {
      action: 'connection.moved',
      recordType: 'connection',
      recordId: id,
      fields,
    });
  }
  const where = `the ${ringLabel(to.ring)} ring`;
  const message = hasMoved
    ? `${person.name} is now on ${where}.`
    : `${person.name} is already on ${where}.`;
  return { id, childId: child.id, ring: to.ring, angle: to.angle, hasMoved, message };
}
