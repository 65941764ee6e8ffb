// Fills a database with a large, national-scale fictional agency for the page benchmark: 20 areas,
// 100 supervising social workers, 5,000 households, 8,000 children, 200,000 audit events, 2,000
// people in recruitment, a training programme, and the children's belonging records (64,000 people
// on their maps, 80,000 life story entries, 1,183 young people's accounts). Rows are made in SQL
// with generate_series (seconds, not minutes), with ids derived from md5 so that every table can
// point at the others without a round trip.
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
import { fillPartnership } from './generate-partnership.ts';

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

// Belonging and permanency at scale, for every child: when they became looked after (their first
// home's start), about 8 people on their map (2 % flagged not safe, 5 % suggestions waiting for a
// check, a few who left), family finding's steps for about a fifth of them, about 2 pacts per
// young person of 12 and over, 3 permanency conversations, 1 decision and 2 looked-after reviews on
// average, 10 life story entries (no files), and for those of 12 and over 2 voice entries (a third
// of the questions unanswered); 1 in 2 of those living with the agency now has an account.
const BELONGING_SQL = `
UPDATE children ch SET looked_after_since = first.started_on
  FROM (SELECT child_id, min(started_on) AS started_on FROM placements GROUP BY child_id) first
  WHERE first.child_id = ch.id;

INSERT INTO users (id, email, name, role, password_hash)
  SELECT md5('young' || c)::uuid, 'young' || c || '@large.example', ch.first_name || ' ' || ch.last_name,
         'young_person', '$HASH'
  FROM generate_series(2, ${LARGE_SIZE.currentPlacements}, 2) c
  JOIN children ch ON ch.id = md5('child' || c)::uuid
  WHERE ch.date_of_birth <= current_date - interval '12 years';
UPDATE children ch SET young_person_user_id = u.id
  FROM generate_series(2, ${LARGE_SIZE.currentPlacements}, 2) c
  JOIN users u ON u.id = md5('young' || c)::uuid
  WHERE ch.id = md5('child' || c)::uuid;

INSERT INTO child_important_people (id, child_id, name, relationship, category, gives, could_give,
    contact_status, has_no_contact_order, safeguarding_notes, is_shared_with_family, feelings, ring,
    angle, source, status, joined_on, left_on, added_by)
  SELECT md5('person' || g.c || '-' || g.k)::uuid, g.child_id,
         (ARRAY['Amara','Bill','Carys','Dev','Eileen','Femi','Gus','Hana','Ivan','Joy','Kez','Lou',
           'Marta','Nia','Olu','Pat'])[1 + (g.c * 5 + g.k * 3) % 16] || ' ' ||
         (ARRAY['Reid','Shah','Murphy','Adeyemi','Kowalski','Price','Begum','Doyle','Ellis','Fox',
           'Grant','Hussain'])[1 + (g.c + g.k * 7) % 12],
         (ARRAY['Nan','Aunt','Older brother','Former foster carer','Neighbour from before',
           'Football coach','Form tutor','Mentor','Friend from the mosque','Best friend','Friend',
           'Youth worker'])[g.t],
         (ARRAY['relative','relative','relative','former_carer','neighbour','coach','teacher','mentor',
           'faith_community','friend','friend','professional'])[g.t],
         string_to_array((ARRAY['talk','talk,practical','celebrations,talk','advice','',
           'lifelong,talk,place_to_stay'])[1 + (g.c + g.k) % 6], ','),
         string_to_array((ARRAY['','place_to_stay','lifelong','','advice,practical'])[1 + g.k % 5], ','),
         CASE WHEN g.is_flagged THEN 'not_safe'
              ELSE (ARRAY['in_touch','in_touch','in_touch','in_touch','lost_touch','to_be_found',
                'approached'])[1 + (g.c + g.k * 5) % 7] END,
         g.is_flagged AND g.c % 2 = 0,
         CASE WHEN g.is_flagged THEN 'Contact is not safe: see the court papers.' ELSE '' END,
         g.k % 4 = 0,
         CASE WHEN g.k % 3 = 0 THEN 'I feel safe with them and they make me laugh.' ELSE '' END,
         1 + (g.c + g.k) % 3,
         CASE WHEN g.k % 3 = 0 THEN NULL ELSE (g.k * 47 + g.c) % 360 END,
         (ARRAY['case_records','young_person','relatives','carers','worker','other'])[1 + (g.c + 2 * g.k) % 6],
         CASE WHEN (g.c * 7 + g.k) % 20 = 0 THEN 'proposed'
              WHEN (g.c * 7 + g.k) % 97 = 0 THEN 'declined' ELSE 'confirmed' END,
         g.joined_on, CASE WHEN (g.c + g.k) % 23 = 0 AND g.joined_on + 200 < current_date THEN g.joined_on + 200 END,
         md5('ssw' || (1 + g.c % ${LARGE_SIZE.workers}))::uuid
  FROM (SELECT c, k, ch.id AS child_id, 1 + (c * 3 + k) % 12 AS t, (c * 11 + k) % 50 = 0 AS is_flagged,
               LEAST(current_date - 1, ch.looked_after_since + (k - 3) * 120 + c % 60) AS joined_on
          FROM generate_series(1, ${LARGE_SIZE.children}) c
          JOIN children ch ON ch.id = md5('child' || c)::uuid
          CROSS JOIN LATERAL generate_series(1, 5 + c % 7) k) g;

INSERT INTO connection_outreach (connection_id, step_on, kind, safety_outcome, notes, outcome, recorded_by)
  SELECT p.id, LEAST(current_date, p.joined_on + s * 14), (ARRAY['search','safety_check','phone_call'])[s],
         CASE WHEN s = 2 THEN (CASE WHEN p.contact_status = 'not_safe' THEN 'concerns' ELSE 'cleared' END) END,
         'Found through the case records and an aunt', CASE WHEN s = 3 THEN 'Glad to hear from us' ELSE '' END,
         p.added_by
  FROM child_important_people p, generate_series(1, 3) s
  WHERE (hashtext(p.id::text) & 1023) % 5 = 0
    AND s <= 1 + (hashtext(p.id::text) & 4095) / 1024 % 3
    AND NOT (s = 3 AND p.contact_status = 'not_safe');

INSERT INTO permanency_pacts (connection_id, commitments, in_their_words, agreed_on, recorded_by)
  SELECT p.id, (ARRAY['{keep_in_touch,birthdays}','{keep_in_touch,holidays,after_care}',
           '{emergency_stay,school_work_money,reviews}'])[1 + k % 3]::text[],
         'I will be there for birthdays and whenever you need a bed.',
         LEAST(current_date - 1, p.joined_on + 30), p.added_by
  FROM generate_series(1, ${LARGE_SIZE.children}) c
  JOIN children ch ON ch.id = md5('child' || c)::uuid
   AND ch.date_of_birth <= current_date - interval '12 years'
  CROSS JOIN LATERAL generate_series(1, (ARRAY[0,0,1,1,2,2,2,3,3,6])[1 + c % 10]) k
  JOIN child_important_people p ON p.id = md5('person' || c || '-' || k)::uuid
  WHERE p.status = 'confirmed' AND p.contact_status <> 'not_safe';

INSERT INTO permanency_conversations (child_id, held_on, who_was_there, options, young_person_words,
    questions, feelings, next_steps, recorded_by)
  SELECT ch.id, GREATEST(ch.looked_after_since, current_date - c % 120 - (s - 1) * 75),
         'Their social worker and foster carer',
         (ARRAY['{long_term_fostering,staying_put}','{return_home,kinship}','{adoption}'])[1 + (c + s) % 3]::text[],
         'I want to stay where I am and still see my nan at weekends.',
         'Can I stay here after I turn 18?', 'Hopeful, a bit worried about school',
         'Ask the council about staying put', md5('ssw' || (1 + c % ${LARGE_SIZE.workers}))::uuid
  FROM generate_series(1, ${LARGE_SIZE.children}) c
  JOIN children ch ON ch.id = md5('child' || c)::uuid
  CROSS JOIN LATERAL generate_series(1, c % 7) s;

INSERT INTO permanency_decisions (child_id, young_person_choice, young_person_words, decided_option,
    reasons, decided_on, recorded_by)
  SELECT ch.id, 'long_term_fostering', 'I want to stay here.',
         (ARRAY['long_term_fostering','kinship','staying_put'])[1 + (c + s) % 3],
         'The young person is settled and wants to stay; the carers are committed to them.',
         GREATEST(ch.looked_after_since, current_date - 30 - c % 100 - (s - 1) * 200),
         md5('ssw' || (1 + c % ${LARGE_SIZE.workers}))::uuid
  FROM generate_series(1, ${LARGE_SIZE.children}) c
  JOIN children ch ON ch.id = md5('child' || c)::uuid
  CROSS JOIN LATERAL generate_series(1, (ARRAY[0,1,1,1,2])[1 + c % 5]) s;

INSERT INTO looked_after_reviews (child_id, held_on, permanency_notes, recorded_by)
  SELECT ch.id, current_date - c % 150 - (r - 1) * 180, 'The plan for permanence was looked at again.',
         md5('ssw' || (1 + c % ${LARGE_SIZE.workers}))::uuid
  FROM generate_series(1, ${LARGE_SIZE.children}) c
  JOIN children ch ON ch.id = md5('child' || c)::uuid
  CROSS JOIN LATERAL generate_series(1, c % 5) r
  WHERE current_date - c % 150 - (r - 1) * 180 >= ch.looked_after_since;

INSERT INTO life_story_entries (child_id, kind, title, body, happened_on, added_by, added_by_role,
    status, is_hidden_from_carers, is_shared_with_family, created_at)
  SELECT ch.id, (ARRAY['milestone','memory','letter','person','place'])[1 + (c + e) % 5],
         (ARRAY['Born in the spring','First steps','Starting school','My nan''s garden','Swimming badge',
           'A letter from my mum','The seaside trip','Moving to a new home','Football trophy',
           'What I want to remember'])[e],
         'Written down so it is never lost: who was there, what happened and how it felt.',
         CASE WHEN e < 10 THEN LEAST(current_date - 1, ch.date_of_birth + e * ((current_date - ch.date_of_birth) / 11)) END,
         CASE WHEN e >= 9 AND ch.young_person_user_id IS NOT NULL THEN ch.young_person_user_id
              ELSE md5('ssw' || (1 + c % ${LARGE_SIZE.workers}))::uuid END,
         CASE WHEN e >= 9 AND ch.young_person_user_id IS NOT NULL THEN 'young_person'
              ELSE 'supervising_social_worker' END,
         CASE WHEN (c + e) % 20 = 0 THEN 'awaiting_check' WHEN (c * 3 + e) % 97 = 0 THEN 'declined'
              ELSE 'published' END,
         e = 10 AND c % 3 = 0, e % 3 = 0, now() - (10 - e) * interval '20 days'
  FROM generate_series(1, ${LARGE_SIZE.children}) c
  JOIN children ch ON ch.id = md5('child' || c)::uuid
  CROSS JOIN generate_series(1, 10) e;

INSERT INTO young_person_voice (child_id, kind, body, is_shared_with_carers, answer, answered_by,
    answered_at, created_at)
  SELECT ch.id, (ARRAY['want_to_know','question'])[e],
         CASE WHEN e = 1 THEN 'I want people to know I do not like being moved at short notice.'
              ELSE 'When will I next see my brother?' END,
         c % 2 = 0,
         CASE WHEN e = 2 AND c % 3 <> 0 THEN 'We are arranging it for the half term.' ELSE '' END,
         CASE WHEN e = 2 AND c % 3 <> 0 THEN md5('ssw' || (1 + c % ${LARGE_SIZE.workers}))::uuid END,
         CASE WHEN e = 2 AND c % 3 <> 0 THEN now() - (c % 200 + 1) * interval '1 day' + interval '12 hours' END,
         now() - (c % 200 + 1) * interval '1 day' - (2 - e) * interval '1 hour'
  FROM generate_series(1, ${LARGE_SIZE.children}) c
  JOIN children ch ON ch.id = md5('child' || c)::uuid
   AND ch.date_of_birth <= current_date - interval '12 years'
  CROSS JOIN generate_series(1, 2) e;
`;

/** Loads the large agency into a migrated, empty database (including the demo articles and events). */
export async function fillLargeAgency(database: Database): Promise<void> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await database.execScript(AGENCY_SQL.replaceAll('$HASH', passwordHash));
  await database.execScript(TRAINING_SQL.replaceAll('$HASH', passwordHash));
  await database.execScript(BELONGING_SQL.replaceAll('$HASH', passwordHash));
  await fillPartnership(database, passwordHash, LARGE_SIZE);
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
    'child_important_people',
    'connection_outreach',
    'permanency_pacts',
    'permanency_conversations',
    'permanency_decisions',
    'looked_after_reviews',
    'life_story_entries',
    'young_person_voice',
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
