// Fills a database with a large, national-scale fictional agency for the page benchmark: 20 areas,
// 100 supervising social workers, 5,000 households, 8,000 children, 200,000 audit events and 2,000
// people in recruitment. Rows are made in SQL with generate_series (seconds, not minutes), with ids
// derived from md5 so that every table can point at the others without a round trip.
//
// The audit events are synthetic: each has a hash and a previous hash that look real but do not
// chain, so `kinfold verify-audit` would report the trail as broken. The benchmark never runs it.
//
//   npx tsx bench/pages/generate.ts          (embedded, in memory: prints what it made and how long it took)
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/pages/generate.ts   (a fresh database on that server)
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openEmbedded, openPostgres, type Database } from '../../src/core/db/connect.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import { selectRows, toCount } from '../../src/core/db/rows.ts';
import type { Ctx } from '../../src/core/context.ts';
import { hashPassword } from '../../src/features/accounts/index.ts';
import { seedDemoEvents } from '../../src/features/enquiries/index.ts';
import { seedDemoArticles } from '../../src/features/news/index.ts';

/** The password of every account in the large agency. */
export const BENCH_PASSWORD = 'kinfold-bench-2026';

export const LARGE_SIZE = {
  areas: 20,
  workers: 100,
  officers: 5,
  households: 5_000,
  children: 8_000,
  currentPlacements: 6_000,
  endedPlacements: 4_000,
  birthParents: 500,
  auditEvents: 200_000,
  prospects: 2_000,
  venues: 40,
  sessions: 800,
} as const;

// Which rows exist, in SQL; `$HASH` is the password hash (argon2 text has no quote marks).
const AGENCY_SQL = `
INSERT INTO areas (id, name)
  SELECT md5('area' || g)::uuid, 'Area ' || lpad(g::text, 2, '0') FROM generate_series(1, ${LARGE_SIZE.areas}) g;

INSERT INTO users (id, email, name, role, password_hash)
  VALUES (md5('manager')::uuid, 'manager@large.example', 'Morgan Hale', 'registered_manager', '$HASH');
INSERT INTO users (id, email, name, role, password_hash)
  SELECT md5('ssw' || g)::uuid, 'worker' || g || '@large.example', 'Worker ' || g,
         'supervising_social_worker', '$HASH'
  FROM generate_series(1, ${LARGE_SIZE.workers}) g;
INSERT INTO users (id, email, name, role, password_hash)
  SELECT md5('officer' || g)::uuid, 'officer' || g || '@large.example', 'Officer ' || g,
         'recruitment_officer', '$HASH'
  FROM generate_series(1, ${LARGE_SIZE.officers}) g;
-- Half the households have a carer with an account (the odd-numbered ones).
INSERT INTO users (id, email, name, role, password_hash)
  SELECT md5('carer' || g)::uuid, 'carer' || g || '@large.example', 'Carer ' || g,
         'foster_carer', '$HASH'
  FROM generate_series(1, ${LARGE_SIZE.households}, 2) g;
INSERT INTO users (id, email, name, role, password_hash)
  SELECT md5('parent' || g)::uuid, 'parent' || g || '@large.example', 'Parent ' || g,
         'birth_parent', '$HASH'
  FROM generate_series(1, ${LARGE_SIZE.birthParents}) g;

INSERT INTO households (id, reference, name, status, care_kind, area_id, address_line, town,
                        postcode, approved_on, max_children, age_from, age_to, supervising_worker_id)
  SELECT md5('household' || g)::uuid, 'H-' || lpad(g::text, 5, '0'),
         'The ' || (ARRAY['Okafor','Smith','Patel','Jones','Nowak','Williams','Brown','Khan','Taylor',
           'Davies','Evans','Wilson','Thomas','Roberts','Johnson','Lewis','Walker','Hughes','Green','Hall'])[1 + g % 20]
           || ' household ' || g,
         CASE g % 20 WHEN 0 THEN 'applicant' WHEN 1 THEN 'on_hold' WHEN 2 THEN 'resigned' ELSE 'approved' END,
         CASE WHEN g % 10 = 0 THEN 'kinship' ELSE 'foster' END,
         md5('area' || (1 + g % ${LARGE_SIZE.areas}))::uuid,
         g || ' Long Lane', 'Town ' || (g % 200), 'AB' || (g % 90) || ' 1CD',
         CASE WHEN g % 20 >= 3 THEN date '2012-01-01' + (g % 4000) END,
         1 + g % 4, 0, 18,
         md5('ssw' || (1 + (g - 1) % ${LARGE_SIZE.workers}))::uuid
  FROM generate_series(1, ${LARGE_SIZE.households}) g;

INSERT INTO household_members (household_id, user_id, first_name, last_name, member_role, date_of_birth)
  SELECT md5('household' || g)::uuid, CASE WHEN g % 2 = 1 THEN md5('carer' || g)::uuid END,
         'Carer', 'Number ' || g, 'carer', date '1965-01-01' + (g % 7000)
  FROM generate_series(1, ${LARGE_SIZE.households}) g;
INSERT INTO household_members (household_id, first_name, last_name, member_role, date_of_birth)
  SELECT md5('household' || g)::uuid, 'Partner', 'Number ' || g, 'carer', date '1966-01-01' + (g % 7000)
  FROM generate_series(1, ${LARGE_SIZE.households}) g WHERE g % 2 = 0;

INSERT INTO children (id, first_name, last_name, date_of_birth, gender, legal_status, placing_authority)
  SELECT md5('child' || c)::uuid,
         (ARRAY['Ava','Noah','Mia','Leo','Isla','Kai','Zara','Finn','Ruby','Omar','Lily','Jude'])[1 + c % 12],
         'Child ' || c, date '2008-06-01' + ((c * 7) % 6500),
         CASE WHEN c % 2 = 0 THEN 'female' ELSE 'male' END, 'Section 20',
         'Council ' || (c % 60)
  FROM generate_series(1, ${LARGE_SIZE.children}) c;

-- Children 1..6000 live somewhere now; children 4001..8000 had an earlier home that ended.
INSERT INTO placements (child_id, household_id, care_type, started_on)
  SELECT md5('child' || c)::uuid, md5('household' || (1 + (c - 1) % ${LARGE_SIZE.households}))::uuid,
         (ARRAY['emergency','short_term','long_term','short_break','parent_and_child','remand'])[1 + c % 6],
         date '2024-01-01' + (c % 600)
  FROM generate_series(1, ${LARGE_SIZE.currentPlacements}) c;
INSERT INTO placements (child_id, household_id, care_type, started_on, ended_on, end_reason)
  SELECT md5('child' || c)::uuid, md5('household' || (1 + (c * 7) % ${LARGE_SIZE.households}))::uuid,
         'short_term', date '2018-01-01' + (c % 1000), date '2018-01-01' + (c % 1000) + 100 + (c % 300),
         'Moved on'
  FROM generate_series(${LARGE_SIZE.children - LARGE_SIZE.endedPlacements + 1}, ${LARGE_SIZE.children}) c;

INSERT INTO birth_parents (child_id, user_id, relationship)
  SELECT md5('child' || (1 + (p * 13) % ${LARGE_SIZE.children}))::uuid, md5('parent' || p)::uuid,
         CASE WHEN p % 2 = 0 THEN 'mother' ELSE 'father' END
  FROM generate_series(1, ${LARGE_SIZE.birthParents}) p;

-- Synthetic audit trail over the last ~14 months (hashes look real but do not chain).
INSERT INTO audit_events (at, actor_id, actor_role, action, outcome, record_type, record_id, fields,
                          request_id, ip, prev_hash, hash)
  SELECT now() - (${LARGE_SIZE.auditEvents} - g) * interval '3 minutes',
         CASE WHEN g % 10 = 0 THEN md5('manager')::uuid ELSE md5('ssw' || (1 + g % ${LARGE_SIZE.workers}))::uuid END,
         CASE WHEN g % 10 = 0 THEN 'registered_manager' ELSE 'supervising_social_worker' END,
         (ARRAY['child.read','household.read','child.list','household.list','session.sign_in'])[1 + g % 5],
         CASE WHEN g % 25 = 0 THEN 'refused' ELSE 'done' END,
         CASE WHEN g % 5 IN (1, 3) THEN 'household' WHEN g % 5 = 4 THEN 'session' ELSE 'child' END,
         CASE WHEN g % 5 IN (1, 3) THEN md5('household' || (1 + g % ${LARGE_SIZE.households}))::uuid::text
              WHEN g % 5 = 4 THEN NULL
              ELSE md5('child' || (1 + g % ${LARGE_SIZE.children}))::uuid::text END,
         '{}', 'bench-' || g, '198.51.100.' || (g % 250),
         encode(sha256(convert_to('bench' || (g - 1), 'UTF8')), 'hex'),
         encode(sha256(convert_to('bench' || g, 'UTF8')), 'hex')
  FROM generate_series(1, ${LARGE_SIZE.auditEvents}) g;

INSERT INTO prospective_carers (id, reference, first_name, last_name, email, phone, postcode, stage,
                                source, officer_id, enquired_at, next_action, next_action_on,
                                stage_changed_at, created_at)
  SELECT md5('prospect' || g)::uuid, 'ENQ-' || lpad(g::text, 5, '0'), 'Hopeful', 'Applicant ' || g,
         'prospect' || g || '@example.org', '07700 900' || lpad((g % 1000)::text, 3, '0'), 'AB1 2CD',
         (ARRAY['enquiry','enquiry','enquiry','initial_conversation','initial_conversation','home_visit',
           'application','stage_one','stage_two','panel','agency_decision','approved','withdrawn',
           'withdrawn','not_approved'])[1 + g % 15],
         (ARRAY['call_back','information_pack','enquiry_form','information_event','eligibility_check',
           'phone','word_of_mouth','other'])[1 + g % 8],
         CASE WHEN g % 7 = 0 THEN NULL ELSE md5('officer' || (1 + g % ${LARGE_SIZE.officers}))::uuid END,
         now() - (g % 700) * interval '1 day',
         CASE WHEN g % 3 = 0 THEN 'Ring back about a home visit' ELSE '' END,
         CASE WHEN g % 3 = 0 THEN current_date + (g % 30) - 10 END,
         now() - (g % 700) * interval '1 day' + interval '5 days',
         now() - (g % 700) * interval '1 day'
  FROM generate_series(1, ${LARGE_SIZE.prospects}) g;
SELECT setval('prospective_carer_numbers', ${LARGE_SIZE.prospects});

INSERT INTO enquiry_submissions (prospective_carer_id, kind, answers, submitted_at)
  SELECT md5('prospect' || g)::uuid, 'enquiry_form', '{"message":"We would like to know more"}'::jsonb,
         now() - (g % 700) * interval '1 day'
  FROM generate_series(1, ${LARGE_SIZE.prospects}) g;
INSERT INTO recruitment_adults (id, prospective_carer_id, first_name, last_name, relationship, date_of_birth)
  SELECT md5('adult' || g)::uuid, md5('prospect' || g)::uuid, 'Hopeful', 'Applicant ' || g, 'applicant',
         date '1975-01-01' + (g % 6000)
  FROM generate_series(1, ${LARGE_SIZE.prospects}) g;
INSERT INTO statutory_checks (prospective_carer_id, adult_id, kind, requested_on, received_on, outcome)
  SELECT md5('prospect' || g)::uuid, md5('adult' || g)::uuid, k, current_date - 60,
         CASE WHEN k IN ('dbs', 'medical') THEN current_date - 20 END,
         CASE WHEN k IN ('dbs', 'medical') THEN 'satisfactory' END
  FROM generate_series(1, ${LARGE_SIZE.prospects}) g,
       unnest(ARRAY['dbs','medical','personal_reference','local_authority']) k
  WHERE g % 15 BETWEEN 7 AND 11;
INSERT INTO recruitment_stage_changes (prospective_carer_id, from_stage, to_stage, changed_by, changed_at)
  SELECT md5('prospect' || g)::uuid, 'enquiry', 'initial_conversation',
         md5('officer' || (1 + g % ${LARGE_SIZE.officers}))::uuid,
         now() - (g % 700) * interval '1 day' + interval '2 days'
  FROM generate_series(1, ${LARGE_SIZE.prospects}) g WHERE g % 15 >= 3;
INSERT INTO recruitment_notes (prospective_carer_id, author_id, body, created_at)
  SELECT md5('prospect' || g)::uuid, md5('officer' || (1 + g % ${LARGE_SIZE.officers}))::uuid,
         'Spoke on the phone; they have a spare room and a lot of patience.',
         now() - (g % 700) * interval '1 day' + interval '1 day'
  FROM generate_series(1, ${LARGE_SIZE.prospects}) g;
`;

// The training programme at scale: 8 courses, 2 venues per area, 800 sessions over the last and
// next six months with 15 places each, one booking per carer (7,500), about 5 completed courses per carer over
// the last four years (so refreshers fall due), and the standards signed off for newer carers.
const TRAINING_SQL = `
INSERT INTO users (id, email, name, role, password_hash)
  VALUES (md5('coordinator')::uuid, 'training@large.example', 'Gwen Coordinator', 'training_coordinator', '$HASH');
INSERT INTO training_courses (id, title, summary, duration_minutes, delivery_mode, is_mandatory, audience,
                              refresher_months, tsds_standards)
  SELECT md5('course' || c)::uuid, t.title, 'A course for carers', 180, t.mode, t.mandatory, t.audience,
         t.refresher, t.standards
  FROM (VALUES
    (1, 'Attachment and therapeutic care', 'classroom', true, 'all_carers', NULL, ARRAY[1, 5]),
    (2, 'Managing behaviour', 'classroom', true, 'all_carers', NULL, ARRAY[2, 4]),
    (3, 'Safeguarding children', 'both', true, 'all_carers', 36, ARRAY[6]),
    (4, 'First aid for carers', 'classroom', true, 'all_carers', 36, ARRAY[3]),
    (5, 'Recording and daily logs', 'e_learning', true, 'new_carers', NULL, ARRAY[2, 4]),
    (6, 'Caring for a relative''s child', 'both', true, 'kinship_carers', NULL, ARRAY[1, 2]),
    (7, 'Relationships and family time', 'classroom', false, 'all_carers', NULL, ARRAY[1, 4]),
    (8, 'Child development', 'classroom', false, 'all_carers', NULL, ARRAY[5])
  ) AS t(c, title, mode, mandatory, audience, refresher, standards);
INSERT INTO training_venues (id, area_id, name, address, postcode, latitude, longitude, capacity)
  SELECT md5('venue' || v)::uuid, md5('area' || (1 + v % ${LARGE_SIZE.areas}))::uuid,
         'Venue ' || v, v || ' Hall Road', 'AB' || v || ' 2EF', 51 + (v % 20) * 0.1, -1 + (v % 7) * 0.1, 30
  FROM generate_series(1, ${LARGE_SIZE.venues}) v;
UPDATE households SET latitude = round((51 + (hashtext(id::text) % 200) / 100.0)::numeric, 2),
                      longitude = round((-1 + (hashtext(id::text) % 70) / 100.0)::numeric, 2);
INSERT INTO training_sessions (id, course_id, venue_id, starts_at, ends_at, capacity, is_catch_up)
  SELECT md5('session' || s)::uuid, md5('course' || (1 + s % 4))::uuid,
         md5('venue' || (1 + s % ${LARGE_SIZE.venues}))::uuid,
         date_trunc('day', now()) + ((s - ${LARGE_SIZE.sessions / 2}) / 4) * interval '1 day' + interval '10 hours',
         date_trunc('day', now()) + ((s - ${LARGE_SIZE.sessions / 2}) / 4) * interval '1 day' + interval '13 hours',
         15, s % 10 = 0
  FROM generate_series(1, ${LARGE_SIZE.sessions}) s;
INSERT INTO training_bookings (session_id, carer_id, status, created_at)
  SELECT md5('session' || (1 + b % ${LARGE_SIZE.sessions}))::uuid, m.id,
         CASE WHEN b % ${LARGE_SIZE.sessions} < ${LARGE_SIZE.sessions / 2}
              THEN (CASE WHEN b % 9 = 0 THEN 'absent' ELSE 'attended' END) ELSE 'booked' END,
         now() - interval '30 days'
  FROM (SELECT id, row_number() OVER (ORDER BY id) AS b FROM household_members WHERE member_role = 'carer') m;
INSERT INTO training_completions (carer_id, course_id, completed_on, source)
  SELECT m.id, md5('course' || c)::uuid, current_date - ((hashtext(m.id::text || c) & 1023) + c * 30) , 'recorded'
  FROM household_members m, generate_series(1, 6) c
  WHERE m.member_role = 'carer' AND (hashtext(m.id::text) + c) % 7 <> 0;
INSERT INTO tsds_signoffs (carer_id, standard, signed_off_on, signed_off_by, evidence)
  SELECT m.id, st, current_date - 30, h.supervising_worker_id, 'Discussed in supervision'
  FROM household_members m JOIN households h ON h.id = m.household_id, generate_series(1, 7) st
  WHERE m.member_role = 'carer' AND h.approved_on > current_date - 700
    AND st <= 1 + (hashtext(m.id::text) & 7) % 7;
`;

/** Loads the large agency into a migrated, empty database (including the demo articles and events). */
export async function fillLargeAgency(database: Database): Promise<void> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await database.execScript(AGENCY_SQL.replaceAll('$HASH', passwordHash));
  await database.execScript(TRAINING_SQL.replaceAll('$HASH', passwordHash));
  const ctx: Ctx = {
    actor: null,
    db: database.db,
    now: new Date(),
    request: { id: `bench:${randomUUID()}`, ip: 'bench' },
  };
  await seedDemoArticles(ctx);
  await seedDemoEvents(ctx);
  // Fresh statistics, as autovacuum would have gathered them on a database this size.
  await database.execScript('ANALYZE');
}

/** How many rows of each kind the database holds, to show what a run measured against. */
export async function countRows(database: Database): Promise<Record<string, number>> {
  const tables = [
    'households',
    'household_members',
    'children',
    'placements',
    'users',
    'audit_events',
    'prospective_carers',
    'training_bookings',
    'training_completions',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await selectRows<{ n: number | string }>(
      database.db,
      sql.raw(`SELECT count(*) AS n FROM ${table}`),
    );
    counts[table] = toCount(row!.n);
  }
  return counts;
}

/** Creates a new, empty database on the server at url and returns the URL pointing at it. */
export async function createFreshDatabase(url: string, name: string): Promise<string> {
  const admin = await openPostgres(url, 1);
  try {
    await admin.db.execute(sql.raw(`CREATE DATABASE ${name}`));
  } finally {
    await admin.close();
  }
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return fresh.toString();
}

async function main(): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  const database = serverUrl
    ? await openPostgres(await createFreshDatabase(serverUrl, `kinfold_bench_${Date.now()}`))
    : await openEmbedded(null);
  try {
    const began = performance.now();
    await migrate(database);
    await fillLargeAgency(database);
    console.log(`${database.describe}: filled in ${Math.round(performance.now() - began)} ms`);
    console.log(await countRows(database));
  } finally {
    await database.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
