// The cheap hard rules in SQL (approved, kind of care, ages, room, brothers and sisters, area),
// written once: the candidates query keeps the households that meet them all, and the count of
// those that cannot be matched uses the same conditions, so the two always agree.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { selectRows } from '../../core/db/rows.ts';
import { AGE_FROM_WHEN_OPEN, AGE_TO_WHEN_OPEN, groupAges, type RuleKind } from './hard-rules.ts';
import type { MatchChild } from './ranking.ts';

/** What the database needs to know to find the candidates for one child. */
export type CandidateQuery = {
  careType: string;
  minAge: number;
  maxAge: number;
  groupSize: number;
  avoidAreaId: string | null;
  childId: string | null;
  needs: readonly string[];
  /** The day ages are taken on. */
  onDate: string;
};

/** The query for a child, on the day their age is taken. */
export function candidateQueryFor(child: MatchChild, onDate: string): CandidateQuery {
  const ages = groupAges(child);
  return {
    careType: child.careType,
    minAge: Math.min(...ages),
    maxAge: Math.max(...ages),
    groupSize: child.groupSize,
    avoidAreaId: child.avoidAreaId,
    childId: child.childId,
    needs: child.needs,
    onDate,
  };
}

/** The rules the database checks first; the same conditions count the households they turn away. */
type CheapRule = Extract<
  RuleKind,
  'status' | 'care_type' | 'age' | 'vacancy' | 'siblings' | 'avoid_area'
>;

const CHEAP_RULES: readonly CheapRule[] = [
  'status',
  'care_type',
  'age',
  'vacancy',
  'siblings',
  'avoid_area',
];

// Each condition is true or false, never null, so NOT (condition) finds exactly the households it
// turns away. `h` is the household and `cur.n` the children placed there now.
function cheapRule(rule: CheapRule, query: CandidateQuery): SQL {
  switch (rule) {
    case 'status':
      return sql`h.status = 'approved'`;
    case 'care_type':
      return sql`${query.careType}::text = ANY (h.care_types)`;
    case 'age':
      return sql`(coalesce(h.age_from, ${AGE_FROM_WHEN_OPEN}) <= ${query.minAge}::int
        AND coalesce(h.age_to, ${AGE_TO_WHEN_OPEN}) >= ${query.maxAge}::int)`;
    case 'vacancy':
      return sql`coalesce(h.max_children, 0) - coalesce(cur.n, 0) >= ${query.groupSize}::int`;
    case 'siblings':
      return query.groupSize <= 1 ? sql`true` : sql`h.sibling_group_max >= ${query.groupSize}::int`;
    case 'avoid_area':
      return query.avoidAreaId === null
        ? sql`true`
        : sql`h.area_id IS DISTINCT FROM ${query.avoidAreaId}::uuid`;
  }
}

/** Every cheap rule at once: the households that may be candidates. */
export function allCheapRules(query: CandidateQuery): SQL {
  return sql.join(
    CHEAP_RULES.map((rule) => cheapRule(rule, query)),
    sql` AND `,
  );
}

/** A list of words as a text[] parameter (an empty list too). */
export function textArray(values: readonly string[]): SQL {
  if (values.length === 0) return sql`ARRAY[]::text[]`;
  return sql`ARRAY[${sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )}]::text[]`;
}

/** How many children each household has placed now, as a WITH item named current_homes. */
export const CURRENT_HOMES = sql`current_homes AS (
  SELECT household_id, count(*)::int AS n FROM placements WHERE ended_on IS NULL GROUP BY household_id
)`;

/** How many households the cheap rules turn away, in all and by each rule. */
export type TurnedAwayCounts = { total: number; byRule: Map<RuleKind, number> };

/** Counts the households the cheap rules turn away, with the same conditions findCandidates uses. */
export async function countTurnedAway(db: Db, query: CandidateQuery): Promise<TurnedAwayCounts> {
  // Each rule is worked out once per household, then counted where it fails.
  const rules = sql.join(
    CHEAP_RULES.map((rule) => sql`(${cheapRule(rule, query)}) AS ${sql.identifier(rule)}`),
    sql`, `,
  );
  const counts = sql.join(
    CHEAP_RULES.map(
      (rule) =>
        sql`count(*) FILTER (WHERE NOT ${sql.identifier(rule)})::int AS ${sql.identifier(rule)}`,
    ),
    sql`, `,
  );
  const meetsAll = sql.join(
    CHEAP_RULES.map((rule) => sql.identifier(rule)),
    sql` AND `,
  );
  const [row] = await selectRows<Record<string, number>>(
    db,
    sql`WITH ${CURRENT_HOMES},
      ruled AS (
        SELECT ${rules}
        FROM households h LEFT JOIN current_homes cur ON cur.household_id = h.id
      )
      SELECT count(*)::int AS total, ${counts} FROM ruled WHERE NOT (${meetsAll})`,
  );
  const byRule = new Map<RuleKind, number>();
  for (const rule of CHEAP_RULES) {
    const count = row?.[rule] ?? 0;
    if (count > 0) byRule.set(rule, count);
  }
  return { total: row?.total ?? 0, byRule };
}
