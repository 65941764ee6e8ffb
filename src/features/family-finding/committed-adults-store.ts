// The young people, among those a person may see, who have fewer committed adults than the
// agency's target. One query for the whole list: it runs on the worker's home page, and an agency
// may look after a few thousand children.
import { sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Actor } from '../../core/access/actor.ts';
import { scope } from '../../core/access/scope.ts';
import type { Db } from '../../core/db/connect.ts';
import { selectRows, toCount } from '../../core/db/rows.ts';
import { children } from '../../core/db/tables.ts';
import { ENGLAND, type Jurisdiction } from '../../core/jurisdiction/england.ts';

/** A young person short of committed adults, with how many they have and the agency's target. */
export type ShortOfCommittedAdults = {
  childId: string;
  firstName: string;
  lastName: string;
  knownAs: string;
  dateOfBirth: string;
  committedAdults: number;
  target: number;
};

type Row = {
  id: string;
  first_name: string;
  last_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  committed: unknown;
  target: unknown;
};

/**
 * Young people in the actor's scope, living with one of the agency's households now and old enough
 * on `today` for the rule, with fewer committed adults than the agency's target; fewest first.
 * Who counts is isCommittedAdult's rule (belonging/visibility.ts), stated again here in SQL.
 */
export async function findYoungPeopleShortOfCommittedAdults(
  db: Db,
  actor: Actor,
  today: string,
  rules: Jurisdiction = ENGLAND,
): Promise<ShortOfCommittedAdults[]> {
  const bornOnOrBefore = DateTime.fromISO(today)
    .minus({ years: rules.belonging.committedAdultsFromAge.age })
    .toISODate()!;
  const rows = await selectRows<Row>(
    db,
    sql`SELECT ${children.id} AS id, ${children.firstName} AS first_name,
          ${children.lastName} AS last_name, ${children.preferredName} AS preferred_name,
          to_char(${children.dateOfBirth}, 'YYYY-MM-DD') AS date_of_birth,
          coalesce(committed.adults, 0) AS committed, settings.committed_adults_target AS target
        FROM ${children}
        CROSS JOIN (SELECT committed_adults_target FROM agency_settings WHERE id = 1) settings
        LEFT JOIN (
          SELECT p.child_id, count(*) AS adults
            FROM child_important_people p
            JOIN permanency_pacts pact ON pact.connection_id = p.id
           WHERE p.status = 'confirmed'
             AND p.contact_status <> 'not_safe' AND NOT p.has_no_contact_order
             AND (p.left_on IS NULL OR p.left_on > ${today}::date)
             AND pact.agreed_on <= ${today}::date
             AND (pact.ended_on IS NULL OR pact.ended_on > ${today}::date)
           GROUP BY p.child_id
        ) committed ON committed.child_id = ${children.id}
        WHERE ${scope(actor, 'children')}
          AND ${children.dateOfBirth} <= ${bornOnOrBefore}::date
          AND EXISTS (SELECT 1 FROM placements now_placed
                       WHERE now_placed.child_id = ${children.id} AND now_placed.ended_on IS NULL)
          AND coalesce(committed.adults, 0) < settings.committed_adults_target
        ORDER BY committed ASC, ${children.lastName}, ${children.firstName}, ${children.id}`,
  );
  return rows.map((row) => ({
    childId: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    knownAs: row.preferred_name ?? row.first_name,
    dateOfBirth: row.date_of_birth,
    committedAdults: toCount(row.committed),
    target: toCount(row.target),
  }));
}
