import { and, asc, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import { auditEvents, users } from '../../core/db/tables.ts';

/** What the registered manager is looking for in the trail. */
export type AuditFilter = {
  action?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  actorId?: string | undefined;
  outcome?: 'done' | 'refused' | undefined;
  /** From this instant, inclusive. */
  from?: Date | undefined;
  /** Up to this instant, exclusive. */
  to?: Date | undefined;
};

function conditionsOf(filter: AuditFilter): SQL | undefined {
  return and(
    filter.action ? eq(auditEvents.action, filter.action) : undefined,
    filter.recordType ? eq(auditEvents.recordType, filter.recordType) : undefined,
    filter.recordId ? eq(auditEvents.recordId, filter.recordId) : undefined,
    filter.actorId ? eq(auditEvents.actorId, filter.actorId) : undefined,
    filter.outcome ? eq(auditEvents.outcome, filter.outcome) : undefined,
    filter.from ? gte(auditEvents.at, filter.from) : undefined,
    filter.to ? lt(auditEvents.at, filter.to) : undefined,
  );
}

/** One page of entries, the newest first, with the name of whoever acted. */
export async function findAuditEvents(
  db: Db,
  filter: AuditFilter,
  page: { limit: number; offset: number },
) {
  return db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actorId: auditEvents.actorId,
      actorName: users.name,
      actorRole: auditEvents.actorRole,
      action: auditEvents.action,
      outcome: auditEvents.outcome,
      recordType: auditEvents.recordType,
      recordId: auditEvents.recordId,
      requestId: auditEvents.requestId,
      ip: auditEvents.ip,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(conditionsOf(filter))
    .orderBy(desc(auditEvents.id))
    .limit(page.limit)
    .offset(page.offset);
}

/** How many entries match the filter. */
export async function countAuditEvents(db: Db, filter: AuditFilter): Promise<number> {
  const [row] = await db.select({ total: count() }).from(auditEvents).where(conditionsOf(filter));
  return toCount(row?.total);
}

/** Everyone with an account, by name, to choose whose actions to see. */
export async function findPeople(db: Db) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .orderBy(asc(users.name), asc(users.email));
}
