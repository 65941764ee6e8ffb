// The SQL behind changing an area's school calendar: one area's dates, one term or closure, and
// removing them. Term dates are the agency's own, not any person's record, so no scope applies.
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { selectRows, toCount } from '../../core/db/rows.ts';
import { areas, schoolClosures, schoolTerms } from '../../core/db/tables.ts';
import type { KnownDates } from './term-dates.ts';

export type TermRow = typeof schoolTerms.$inferSelect & { areaName: string };
export type ClosureRow = typeof schoolClosures.$inferSelect & { areaName: string };

/** One area, or null. */
export async function findArea(db: Db, id: string): Promise<{ id: string; name: string } | null> {
  const [row] = await db
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(eq(areas.id, id));
  return row ?? null;
}

/**
 * One area, locked until the transaction ends, so two people adding terms to the same area at
 * once are checked one after the other and cannot together make overlapping terms.
 */
export async function lockArea(db: Db, id: string): Promise<{ id: string; name: string } | null> {
  const [row] = await selectRows<{ id: string; name: string }>(
    db,
    sql`SELECT id, name FROM areas WHERE id = ${id} FOR UPDATE`,
  );
  return row ?? null;
}

/** The terms and closures an area has, for checking new ones against. */
export async function findAreaDates(
  db: Db,
  area: { id: string; name: string },
): Promise<KnownDates> {
  const terms = await db
    .select({ name: schoolTerms.name, startsOn: schoolTerms.startsOn, endsOn: schoolTerms.endsOn })
    .from(schoolTerms)
    .where(eq(schoolTerms.areaId, area.id))
    .orderBy(asc(schoolTerms.startsOn));
  const closures = await db
    .select({
      kind: schoolClosures.kind,
      startsOn: schoolClosures.startsOn,
      endsOn: schoolClosures.endsOn,
    })
    .from(schoolClosures)
    .where(eq(schoolClosures.areaId, area.id))
    .orderBy(asc(schoolClosures.startsOn));
  return { areaName: area.name, terms, closures };
}

/** One term with its area's name, or null. */
export async function findTerm(db: Db, id: string): Promise<TermRow | null> {
  const [row] = await db
    .select({
      id: schoolTerms.id,
      areaId: schoolTerms.areaId,
      name: schoolTerms.name,
      startsOn: schoolTerms.startsOn,
      endsOn: schoolTerms.endsOn,
      areaName: areas.name,
    })
    .from(schoolTerms)
    .innerJoin(areas, eq(areas.id, schoolTerms.areaId))
    .where(eq(schoolTerms.id, id));
  return row ?? null;
}

/** One half-term or inset day with its area's name, or null. */
export async function findClosure(db: Db, id: string): Promise<ClosureRow | null> {
  const [row] = await db
    .select({
      id: schoolClosures.id,
      areaId: schoolClosures.areaId,
      kind: schoolClosures.kind,
      startsOn: schoolClosures.startsOn,
      endsOn: schoolClosures.endsOn,
      areaName: areas.name,
    })
    .from(schoolClosures)
    .innerJoin(areas, eq(areas.id, schoolClosures.areaId))
    .where(eq(schoolClosures.id, id));
  return row ?? null;
}

// The closures of an area that lie within these dates (those of a term being removed).
function closuresWithin(areaId: string, startsOn: string, endsOn: string) {
  return and(
    eq(schoolClosures.areaId, areaId),
    gte(schoolClosures.startsOn, startsOn),
    lte(schoolClosures.endsOn, endsOn),
  );
}

/** How many half-terms and inset days lie inside a term. */
export async function countClosuresWithin(db: Db, term: TermRow): Promise<number> {
  const [row] = await db
    .select({ count: sql`count(*)` })
    .from(schoolClosures)
    .where(closuresWithin(term.areaId, term.startsOn, term.endsOn));
  return toCount(row?.count);
}

/** Removes a term and the half-terms and inset days inside it, which mean nothing without it. */
export async function deleteTerm(db: Db, term: TermRow): Promise<void> {
  await db.delete(schoolClosures).where(closuresWithin(term.areaId, term.startsOn, term.endsOn));
  await db.delete(schoolTerms).where(eq(schoolTerms.id, term.id));
}

/** Removes one half-term or inset day. */
export async function deleteClosure(db: Db, id: string): Promise<void> {
  await db.delete(schoolClosures).where(eq(schoolClosures.id, id));
}

/**
 * How many classroom sessions in an area fall on these days on the agency's clock: after a
 * half-term or inset day is added, those need moving.
 */
export async function countSessionsOnDays(
  db: Db,
  area: { areaId: string; startsOn: string; endsOn: string; timeZone: string },
): Promise<number> {
  const [row] = await selectRows<{ count: unknown }>(
    db,
    sql`SELECT count(*) AS count
        FROM training_sessions s JOIN training_venues v ON v.id = s.venue_id
        WHERE v.area_id = ${area.areaId}
          AND (s.starts_at AT TIME ZONE ${area.timeZone})::date
              BETWEEN ${area.startsOn}::date AND ${area.endsOn}::date`,
  );
  return toCount(row?.count);
}
