import type { Actor } from './access/actor.ts';
import type { Db } from './db/connect.ts';

/**
 * What flows down every request: who is acting, the database (or the open transaction), the time,
 * and where the request came from. The first argument of every service function; tests build one
 * without HTTP.
 */
export type Ctx = {
  actor: Actor | null;
  db: Db;
  now: Date;
  request: { id: string; ip: string };
};

/** A context whose actor is signed in; services that need a person take this. */
export type SignedInCtx = Ctx & { actor: Actor };

/** Runs fn in one transaction; the context it gets writes through that transaction. */
export async function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction(async (tx) => fn({ ...ctx, db: tx as unknown as Db }));
}
