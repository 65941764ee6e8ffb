// The SQL that finds the households to weigh for a child, with everything the rules and the score
// need in one query. The cheap hard rules (approved, kind of care, ages, room, brothers and
// sisters, area) are asked of the database here so that only plausible homes come back;
// ranking.ts checks every rule again.
// Households are the agency's own homes, weighed by placing staff who may match with any of them
// (matching.run), so no per-person scope narrows this query.
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { selectRows } from '../../core/db/rows.ts';
import { spotOf } from './distance.ts';
import { allCheapRules, CURRENT_HOMES, textArray, type CandidateQuery } from './cheap-rules-sql.ts';
import type { HouseholdTerms } from './hard-rules.ts';
import type { Candidate } from './ranking.ts';

const needsAttachment = (query: CandidateQuery) =>
  query.needs.some((need) => need === 'attachment' || need === 'trauma');

type CandidateRow = {
  id: string;
  reference: string;
  name: string;
  status: HouseholdTerms['status'];
  areaId: string | null;
  areaName: string | null;
  careTypes: string[];
  ageFrom: number | null;
  ageTo: number | null;
  maxChildren: number | null;
  childrenNow: number;
  siblingGroupMax: number;
  excludedNeeds: string[];
  exclusionReason: string | null;
  latitude: number | null;
  longitude: number | null;
  areaLatitude: number | null;
  areaLongitude: number | null;
  skills: string[];
  trainedNeeds: string[] | null;
  attachmentChildren: string[] | null;
  languages: string[];
  faith: string;
  ethnicity: string;
  placedAges: number[] | null;
  birthChildAges: number[] | null;
  sexualisedBehaviourAges: number[] | null;
  hasCaredForChild: boolean;
};

// A chosen household's children: those placed there now (their ages, and which show sexualised
// behaviour) and, when the child has attachment or trauma needs, every child placed there before.
// Read for one household at a time (LATERAL), from the covering index and each child's record.
function homesOf(query: CandidateQuery): SQL {
  const age = sql`date_part('year', age(${query.onDate}::date, ch.date_of_birth))::int`;
  const isAttachment = needsAttachment(query);
  return sql`LEFT JOIN LATERAL (
    SELECT array_agg(${age}) FILTER (WHERE p.ended_on IS NULL) AS placed_ages,
      array_agg(${age}) FILTER (WHERE p.ended_on IS NULL
        AND 'sexualised_behaviour' = ANY (ch.needs)) AS sexualised_ages,
      ${isAttachment ? sql`array_agg(p.child_id) FILTER (WHERE ch.needs && ARRAY['attachment', 'trauma']::text[])` : sql`NULL::uuid[]`} AS attachment_children
    FROM placements p JOIN children ch ON ch.id = p.child_id
    WHERE p.household_id = c.id ${isAttachment ? sql`` : sql`AND p.ended_on IS NULL`}
  ) k ON true`;
}

// A chosen household's members: their own children under 18, and the needs their carers have
// completed courses for. Only the few courses that prepare for one of the child's needs are
// looked for, so each carer's completions are found in the index by carer and course. Needs two
// carers trained for come twice: sorting them away costs more here than ignoring them later.
function membersOf(query: CandidateQuery): { courses: SQL; join: SQL } {
  const age = sql`date_part('year', age(${query.onDate}::date, m.date_of_birth))::int`;
  const birthChildren = sql`array_agg(${age}) FILTER (WHERE m.member_role = 'birth_child'
    AND m.date_of_birth > ${query.onDate}::date - interval '18 years')`;
  if (query.needs.length === 0) {
    return {
      courses: sql``,
      join: sql`LEFT JOIN LATERAL (
        SELECT ${birthChildren} AS birth_ages, ARRAY[]::text[] AS trained
        FROM household_members m WHERE m.household_id = c.id
      ) mm ON true`,
    };
  }
  const needs = textArray(query.needs);
  return {
    courses: sql`relevant_courses AS MATERIALIZED (
      SELECT id, prepares_for_needs AS needs FROM training_courses
      WHERE prepares_for_needs && ${needs}
    ),`,
    join: sql`LEFT JOIN LATERAL (
      SELECT ${birthChildren} AS birth_ages,
        array_agg(need) FILTER (WHERE need = ANY (${needs})) AS trained
      FROM household_members m
      LEFT JOIN training_completions tc ON tc.carer_id = m.id AND m.member_role = 'carer'
        AND tc.course_id = ANY (ARRAY(SELECT id FROM relevant_courses))
      LEFT JOIN relevant_courses rc ON rc.id = tc.course_id
      LEFT JOIN LATERAL unnest(rc.needs) AS need ON true
      WHERE m.household_id = c.id
    ) mm ON true`,
  };
}

// Whether a household has cared for this child before, and any exclusion recorded between them.
function historyOf(query: CandidateQuery): { caredFor: SQL; exclusion: SQL; join: SQL } {
  if (query.childId === null) {
    return { caredFor: sql`false`, exclusion: sql`NULL::text`, join: sql`` };
  }
  const childId = sql`${query.childId}::uuid`;
  return {
    caredFor: sql`c.id = ANY (ARRAY(SELECT p.household_id FROM placements p WHERE p.child_id = ${childId}))`,
    exclusion: sql`e.reason`,
    join: sql`LEFT JOIN matching_exclusions e ON e.household_id = c.id AND e.child_id = ${childId}`,
  };
}

// One statement: the chosen households (the cheap rules, or their opposite) and, for those only,
// their children, members and history.
function selectCandidates(
  query: CandidateQuery,
  where: SQL,
  pick: { limit: number } | null = null,
): SQL {
  const history = historyOf(query);
  const members = membersOf(query);
  // All households: count everyone's children in one pass. The first few by reference: count as
  // they are reached, so the walk stops early.
  const placedNow = pick
    ? sql`CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM placements p
        WHERE p.household_id = h.id AND p.ended_on IS NULL) cur`
    : sql`LEFT JOIN current_homes cur ON cur.household_id = h.id`;
  return sql`WITH ${pick ? sql`` : sql`${CURRENT_HOMES},`} ${members.courses}
    chosen AS MATERIALIZED (
      SELECT h.id, h.reference, h.name, h.status, h.area_id, h.care_types, h.age_from, h.age_to,
        h.max_children, h.sibling_group_max, h.excluded_needs, h.latitude, h.longitude, h.skills,
        h.languages, h.faith, h.ethnicity, coalesce(cur.n, 0) AS children_now
      FROM households h ${placedNow}
      WHERE ${where}
      ${pick ? sql`ORDER BY h.reference LIMIT ${pick.limit}` : sql``}
    )
    SELECT c.id, c.reference, c.name, c.status, c.area_id AS "areaId", a.name AS "areaName",
      c.care_types AS "careTypes", c.age_from AS "ageFrom", c.age_to AS "ageTo",
      c.max_children AS "maxChildren", c.children_now AS "childrenNow",
      c.sibling_group_max AS "siblingGroupMax", c.excluded_needs AS "excludedNeeds",
      ${history.exclusion} AS "exclusionReason",
      c.latitude, c.longitude, a.latitude AS "areaLatitude", a.longitude AS "areaLongitude",
      c.skills, mm.trained AS "trainedNeeds", k.attachment_children AS "attachmentChildren",
      c.languages, c.faith, c.ethnicity,
      k.placed_ages AS "placedAges", mm.birth_ages AS "birthChildAges",
      k.sexualised_ages AS "sexualisedBehaviourAges",
      ${history.caredFor} AS "hasCaredForChild"
    FROM chosen c
    LEFT JOIN areas a ON a.id = c.area_id
    ${homesOf(query)}
    ${members.join}
    ${history.join}`;
}

function toCandidate(row: CandidateRow): Candidate {
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    areaName: row.areaName,
    terms: {
      status: row.status,
      areaId: row.areaId,
      careTypes: row.careTypes,
      ageFrom: row.ageFrom,
      ageTo: row.ageTo,
      maxChildren: row.maxChildren,
      childrenNow: row.childrenNow,
      siblingGroupMax: row.siblingGroupMax,
      excludedNeeds: row.excludedNeeds,
      exclusionReason: row.exclusionReason,
    },
    profile: {
      spot: spotOf(
        { latitude: row.latitude, longitude: row.longitude },
        { latitude: row.areaLatitude, longitude: row.areaLongitude },
      ),
      skills: row.skills,
      trainedNeeds: row.trainedNeeds ?? [],
      attachmentChildren: new Set(row.attachmentChildren ?? []).size,
      languages: row.languages,
      faith: row.faith,
      ethnicity: row.ethnicity,
      childrenAges: [...(row.placedAges ?? []), ...(row.birthChildAges ?? [])],
      sexualisedBehaviourAges: row.sexualisedBehaviourAges ?? [],
      hasCaredForChild: row.hasCaredForChild,
    },
  };
}

/** The statement findCandidates runs (the benchmark's profile explains it). */
export function candidatesStatement(query: CandidateQuery): SQL {
  return selectCandidates(query, allCheapRules(query));
}

/** Every household that passes the cheap rules, with what the full rules and the score need. */
export async function findCandidates(db: Db, query: CandidateQuery): Promise<Candidate[]> {
  const rows = await selectRows<CandidateRow>(db, candidatesStatement(query));
  return rows.map(toCandidate);
}

/** The first households (by reference) the cheap rules turn away, to show with their reasons. */
export async function findTurnedAway(
  db: Db,
  query: CandidateQuery,
  limit: number,
): Promise<Candidate[]> {
  const statement = selectCandidates(query, sql`NOT (${allCheapRules(query)})`, { limit });
  const rows = await selectRows<CandidateRow>(db, statement);
  return rows.map(toCandidate);
}
