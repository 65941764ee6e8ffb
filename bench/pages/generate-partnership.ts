// The partnership with birth families in the large agency (generate.ts calls fillPartnership after
// belonging): every birth parent in their child's space (70 % direct, 25 % reviewed, 5 % kept out),
// and for every child with a parent their messages, read marks, shared updates with reactions and
// replies, weekly family time with invitees and notes, requests for a decision, plans for going
// home, and getting started for the children who arrived this month. 300 children have gone home
// with a supporting worker and check-ins. One child, the busiest space, has 2,000 messages, 300
// updates and 100 family time sessions, a mother (direct) and a father (reviewed): the benchmark
// opens the single-space pages on that child.
//
// Rows are made with INSERT ... SELECT generate_series, with ids from md5 as in generate.ts. The
// children who arrive and go home are children of generate.ts without a home now, picked in SQL.
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/core/db/connect.ts';
import { selectRows, toCount } from '../../src/core/db/rows.ts';

/** How much partnership the large agency has, beyond one space per existing birth parent. */
export const PARTNERSHIP_SIZE = {
  /** Children who came to one of the agency's homes in the last 30 days, each with a parent. */
  arrivals: 200,
  /** Children who went home in the last six months and are supported there. */
  goneHome: 300,
  busyMessages: 2_000,
  busyUpdates: 300,
  busySessions: 100,
  busyDecisions: 10,
} as const;

/** The sizes of generate.ts that the partnership builds on. */
export type AgencySize = {
  workers: number;
  households: number;
  children: number;
  currentPlacements: number;
  birthParents: number;
};

const DAY = 86_400;
const HALF_YEAR_DAYS = 180;

// Which parent is whose, and where their child is: 'in_care' (living with the agency's carers for
// a while), 'arrived' (this month) or 'home' (went home in the last six months). generate.ts's
// parents have a child now in care, or gone home when that child has no home now; new parents come
// with the children after them who have no home and no parent yet.
const PARENTS_SQL = (size: AgencySize) => `
CREATE TEMP TABLE bench_parents ON COMMIT DROP AS
  SELECT p, 1 + (p * 13) % ${size.children} AS c,
         CASE WHEN 1 + (p * 13) % ${size.children} <= ${size.currentPlacements} THEN 'in_care' ELSE 'home' END AS kind
  FROM generate_series(1, ${size.birthParents}) p;
INSERT INTO bench_parents (p, c, kind)
  SELECT ${size.birthParents} + n, c, CASE WHEN n <= ${PARTNERSHIP_SIZE.arrivals} THEN 'arrived' ELSE 'home' END
  FROM (SELECT c, row_number() OVER (ORDER BY c) AS n
          FROM generate_series(${size.currentPlacements + 1}, ${size.children}) c
         WHERE c NOT IN (SELECT c FROM bench_parents)) free
  WHERE n <= ${PARTNERSHIP_SIZE.arrivals} + ${PARTNERSHIP_SIZE.goneHome}
             - (SELECT count(*) FROM bench_parents WHERE kind = 'home');

INSERT INTO users (id, email, name, role, password_hash)
  SELECT md5('parent' || p)::uuid, 'parent' || p || '@large.example', 'Parent ' || p, 'birth_parent', '$HASH'
  FROM bench_parents WHERE p > ${size.birthParents};
INSERT INTO birth_parents (child_id, user_id, relationship)
  SELECT md5('child' || c)::uuid, md5('parent' || p)::uuid, CASE WHEN p % 2 = 0 THEN 'mother' ELSE 'father' END
  FROM bench_parents WHERE p > ${size.birthParents};
UPDATE birth_parents b
   SET space_level = CASE WHEN bp.p % 20 = 0 THEN 'not_in_space' WHEN bp.p % 20 <= 5 THEN 'reviewed' ELSE 'direct' END,
       space_level_reason = CASE WHEN bp.p % 20 = 0 THEN 'The court has asked that there is no contact for now.'
                                 WHEN bp.p % 20 <= 5 THEN 'Family time is supervised while the court decides.' ELSE '' END,
       space_level_set_by = md5('ssw' || (1 + bp.p % ${size.workers}))::uuid,
       space_level_set_at = now() - (bp.p % 300 + 30) * interval '1 day'
  FROM bench_parents bp
 WHERE b.user_id = md5('parent' || bp.p)::uuid AND b.child_id = md5('child' || bp.c)::uuid;

-- This month's arrivals come to a home now; those gone home lived in one until they went.
INSERT INTO placements (child_id, household_id, care_type, started_on)
  SELECT md5('child' || c)::uuid, md5('household' || (1 + (c - 1) % ${size.households}))::uuid,
         (ARRAY['emergency', 'short_term'])[1 + c % 2], current_date - p % 30
  FROM bench_parents WHERE kind = 'arrived';
INSERT INTO placements (child_id, household_id, care_type, started_on, ended_on, end_reason, end_reason_kind)
  SELECT md5('child' || c)::uuid, md5('household' || (1 + (c * 3) % ${size.households}))::uuid, 'short_term',
         current_date - 1 - (p * 7) % 175 - 150 - c % 200, current_date - 1 - (p * 7) % 175,
         'Went home to their family', 'return_home'
  FROM bench_parents WHERE kind = 'home';
`;

// One row per child with a parent: who is in their space and the windows and numbers the rows
// below are spread over. Messages go back six months (or to the arrival); updates and family time
// cover the time in care (up to six months), and family time goes on two months ahead.
const SPACES_SQL = (size: AgencySize) => `
CREATE TEMP TABLE bench_spaces ON COMMIT DROP AS
  SELECT w.*,
         GREATEST(3, round((20 + (w.c * 37) % 181)
           * LEAST(1, extract(epoch FROM now() - w.msg_from) / ${HALF_YEAR_DAYS * DAY})))::int AS n_messages,
         GREATEST(2, round((10 + (w.c * 7) % 51)
           * LEAST(1, extract(epoch FROM w.care_until - w.care_from) / ${HALF_YEAR_DAYS * DAY})))::int AS n_updates,
         GREATEST(1, round(extract(epoch FROM w.sessions_until - w.care_from) / ${7 * DAY}))::int AS n_sessions,
         GREATEST(1, round((2 + w.c % 9)
           * LEAST(1, extract(epoch FROM now() - w.msg_from) / ${HALF_YEAR_DAYS * DAY})))::int AS n_decisions
  FROM (
    SELECT bp.p, bp.c, bp.kind, ch.id AS child_id, b.user_id AS parent_id, b.space_level AS level,
           NULL::uuid AS second_parent_id, false AS is_busy, pl.household_id,
           (SELECT m.user_id FROM household_members m
             WHERE m.household_id = pl.household_id AND m.member_role = 'carer' AND m.user_id IS NOT NULL
             ORDER BY m.user_id LIMIT 1) AS carer_id,
           CASE WHEN bp.kind = 'home' THEN md5('ssw' || (1 + bp.p % ${size.workers}))::uuid
                ELSE h.supervising_worker_id END AS worker_id,
           CASE WHEN bp.kind = 'home' THEN pl.ended_on END AS went_home_on,
           GREATEST(until.at - interval '${HALF_YEAR_DAYS} days', pl.started_on::timestamptz) AS care_from,
           until.at AS care_until,
           GREATEST(now() - interval '${HALF_YEAR_DAYS} days', pl.started_on::timestamptz) AS msg_from,
           CASE WHEN bp.kind = 'home' THEN until.at ELSE now() + interval '60 days' END AS sessions_until
    FROM bench_parents bp
    JOIN children ch ON ch.id = md5('child' || bp.c)::uuid
    JOIN birth_parents b ON b.child_id = ch.id AND b.user_id = md5('parent' || bp.p)::uuid
    CROSS JOIN LATERAL (SELECT * FROM placements x
                         WHERE x.child_id = ch.id AND (x.ended_on IS NULL OR bp.kind = 'home')
                         ORDER BY x.started_on DESC LIMIT 1) pl
    JOIN households h ON h.id = pl.household_id
    CROSS JOIN LATERAL (SELECT CASE WHEN bp.kind = 'home' THEN pl.ended_on::timestamptz ELSE now() END AS at) until
  ) w;

-- The busiest space: the first child in care for a while whose mother is in the space directly,
-- whose carers have an account and who has a plan for going home (p % 3 = 0, below). Their father
-- is in the space too, with his messages read by a worker first.
UPDATE bench_spaces
   SET is_busy = true, second_parent_id = md5('parent-second')::uuid,
       n_messages = ${PARTNERSHIP_SIZE.busyMessages}, n_updates = ${PARTNERSHIP_SIZE.busyUpdates},
       n_sessions = ${PARTNERSHIP_SIZE.busySessions}, n_decisions = ${PARTNERSHIP_SIZE.busyDecisions}
 WHERE p = (SELECT min(p) FROM bench_spaces
             WHERE kind = 'in_care' AND level = 'direct' AND p % 3 = 0 AND carer_id IS NOT NULL);
INSERT INTO users (id, email, name, role, password_hash)
  VALUES (md5('parent-second')::uuid, 'parent.second@large.example', 'Second Parent', 'birth_parent', '$HASH');
INSERT INTO birth_parents (child_id, user_id, relationship, space_level, space_level_reason,
                           space_level_set_by, space_level_set_at)
  SELECT child_id, second_parent_id, 'father', 'reviewed', 'Family time is supervised while the court decides.',
         worker_id, now() - interval '90 days'
  FROM bench_spaces WHERE is_busy;

INSERT INTO partnership_spaces (child_id, email_label, carers_relationship, updated_by)
  SELECT s.child_id, CASE WHEN s.c % 8 = 0 THEN 'Our star' ELSE '' END,
         CASE WHEN h.care_kind = 'kinship' THEN 'Mum''s aunt' ELSE '' END, s.worker_id
  FROM bench_spaces s JOIN households h ON h.id = s.household_id
  WHERE s.c % 8 = 0 OR h.care_kind = 'kinship';
INSERT INTO partnership_child_guides (child_id, routines, comforts, food, bedtime, want_carers_to_know, updated_by)
  SELECT child_id, 'Up at seven, cartoons before school.', 'Her blue rabbit and the landing light on.',
         'Loves pasta; no mushrooms.', 'A story, then lights out at half past seven.',
         'She gets quiet when she is worried: ask her about her day at tea.', parent_id
  FROM bench_spaces WHERE level <> 'not_in_space' AND c % 2 = 0;
`;

// Messages: a parent, a carer (or the worker where the home has no carer account, or after the
// child went home) and the worker take turns. A reviewed parent's messages are held until a worker
// reads them (the last two days' still are); 1 in 11 of them was not passed on.
const MESSAGES_SQL = `
INSERT INTO partnership_messages (id, child_id, author_id, body, status, moderated_by, moderated_at,
                                  moderation_note, created_at, delivered_at)
  SELECT m.id, m.child_id, m.author_id,
         CASE WHEN m.side = 'parent' THEN (ARRAY[
             'How did the school trip go? Did she remember her packed lunch?',
             'Thank you for the photos, they made my week.',
             'Please tell her I love her and I will see her on Saturday.',
             'Is his cough any better? He always gets one this time of year.',
             'Can I send a birthday card to the family centre for her?',
             'I have started the parenting course, first session was good.',
             'She used to be scared of the dark, does she still need the landing light?',
             'Thank you for looking after him so well.'])[1 + (m.c + m.k) % 8]
              WHEN m.side = 'carer' THEN (ARRAY[
             'Good day today: she ate all her tea and read two chapters to me.',
             'He scored his first goal at football and asked if he could tell you.',
             'She has been a bit quiet since the weekend; we had a long chat at bedtime.',
             'Parents evening went well, her teacher says she is settling in.',
             'He made you a card at school, we will bring it to family time.',
             'The dentist says all is fine, no fillings.'])[1 + (m.c + m.k) % 6]
              ELSE (ARRAY[
             'Just checking in after the review: the plan stays as we agreed.',
             'Family time next week is at the same time; the room has changed to Room 2.',
             'Thank you both, it helps a lot to hear how the week went.',
             'I will ring on Thursday to talk about the holidays.',
             'Reminder: the court date is next month, I will come with you.'])[1 + (m.c + m.k) % 5] END,
         m.status,
         CASE WHEN m.level = 'reviewed' AND m.status <> 'held' THEN m.worker_id END,
         CASE WHEN m.level = 'reviewed' AND m.status <> 'held' THEN m.seen_at END,
         CASE WHEN m.status = 'rejected' THEN 'Let us talk about this one together first; I will ring you.' ELSE '' END,
         m.at, CASE WHEN m.status = 'delivered' THEN m.seen_at END
  FROM (
    SELECT a.*,
           CASE WHEN a.level = 'reviewed' AND a.at > now() - interval '2 days' THEN 'held'
                WHEN a.level = 'reviewed' AND a.k % 11 = 0 THEN 'rejected' ELSE 'delivered' END AS status,
           CASE WHEN a.level = 'reviewed' THEN LEAST(now(), a.at + interval '3 hours') ELSE a.at END AS seen_at
    FROM (
      SELECT w.*,
             CASE w.who WHEN 'second' THEN w.second_parent_id WHEN 'parent' THEN w.parent_id
                        WHEN 'carer' THEN w.carer_id ELSE w.worker_id END AS author_id,
             CASE WHEN w.who IN ('second', 'parent') THEN 'parent' ELSE w.who END AS side,
             CASE w.who WHEN 'second' THEN 'reviewed' WHEN 'parent' THEN w.space_level ELSE 'staff' END AS level
      FROM (
        SELECT md5('message' || s.c || '-' || k)::uuid AS id, s.child_id, s.c, k, t.at, s.parent_id,
               s.second_parent_id, s.carer_id, s.worker_id, s.level AS space_level,
               CASE WHEN k % 3 = 0 AND s.second_parent_id IS NOT NULL AND k % 2 = 0 THEN 'second'
                    WHEN k % 3 = 0 AND s.level <> 'not_in_space' THEN 'parent'
                    WHEN k % 3 <> 2 AND s.carer_id IS NOT NULL AND t.at < s.care_until THEN 'carer'
                    ELSE 'worker' END AS who
        FROM bench_spaces s
        CROSS JOIN LATERAL generate_series(1, s.n_messages) k
        CROSS JOIN LATERAL (SELECT LEAST(now() - interval '1 minute',
            s.msg_from + (now() - s.msg_from) * ((k - 0.5) / s.n_messages)::float8
            + ((s.c * k) % 37) * interval '1 minute') AS at) t
      ) w
    ) a
  ) m;

-- How far each member has read: parents a few days behind, carers and workers closer.
INSERT INTO partnership_reads (child_id, user_id, last_read_at)
  SELECT s.child_id, r.user_id, r.at
  FROM bench_spaces s
  CROSS JOIN LATERAL (VALUES
    (CASE WHEN s.level <> 'not_in_space' THEN s.parent_id END, now() - (s.c % 10) * interval '1 day' - interval '2 hours'),
    (s.second_parent_id, now() - interval '3 days'),
    (CASE WHEN s.kind <> 'home' THEN s.carer_id END, now() - (s.c % 3) * interval '1 day' - interval '1 hour'),
    (s.worker_id, now() - (s.c % 7) * interval '1 day' - interval '5 hours')) r(user_id, at)
  WHERE r.user_id IS NOT NULL;
`;

// Shared updates (no photos) from the carers, or the worker where the home has no carer account;
// the parents react to two in three, the worker to one in four; a parent replies to one in three
// and the author answers one in six.
const UPDATES_SQL = `
INSERT INTO shared_updates (id, child_id, author_id, topic, body, happened_on, created_at)
  SELECT md5('update' || s.c || '-' || u)::uuid, s.child_id, coalesce(s.carer_id, s.worker_id),
         (ARRAY['everyday', 'school', 'health', 'milestone', 'fun'])[1 + (s.c + u) % 5],
         (ARRAY['We made pancakes this morning and she flipped one all by herself.',
                'Spelling test today: nine out of ten, and a sticker from her teacher.',
                'Check-up at the GP, all well. Height and weight are right on track.',
                'He rode his bike without stabilisers for the first time!',
                'Trip to the seaside: ice cream, a sandcastle and a very wet dog.',
                'Swimming lessons start next week; she chose a green costume.',
                'He has lost his first tooth and is waiting for the tooth fairy.'])[1 + (s.c * 3 + u) % 7],
         (t.at AT TIME ZONE 'Europe/London')::date, t.at
  FROM bench_spaces s
  CROSS JOIN LATERAL generate_series(1, s.n_updates) u
  CROSS JOIN LATERAL (SELECT s.care_from + (s.care_until - s.care_from) * ((u - 0.5) / s.n_updates)::float8
                             - ((s.c * u) % 300) * interval '1 minute' AS at) t;

CREATE TEMP TABLE bench_updates ON COMMIT DROP AS
  SELECT su.id, su.author_id, su.created_at, s.c, s.child_id, s.parent_id, s.second_parent_id, s.level,
         s.worker_id, row_number() OVER (PARTITION BY su.child_id ORDER BY su.created_at) AS u
  FROM shared_updates su JOIN bench_spaces s ON s.child_id = su.child_id;

INSERT INTO shared_update_reactions (update_id, user_id, reaction, created_at)
  SELECT x.id, r.user_id, (ARRAY['love', 'smile', 'proud', 'thanks'])[1 + (x.c + x.u + r.n) % 4],
         LEAST(now(), x.created_at + r.n * interval '3 hours')
  FROM bench_updates x
  CROSS JOIN LATERAL (VALUES
    (1, CASE WHEN x.level <> 'not_in_space' AND x.u % 3 <> 0 THEN x.parent_id END),
    (2, CASE WHEN x.u % 4 = 0 AND x.worker_id <> x.author_id THEN x.worker_id END),
    (3, CASE WHEN x.u % 2 = 0 THEN x.second_parent_id END)) r(n, user_id)
  WHERE r.user_id IS NOT NULL;

INSERT INTO partnership_messages (id, child_id, author_id, update_id, body, status, moderated_by,
                                  moderated_at, created_at, delivered_at)
  SELECT md5('reply' || y.c || '-' || y.u || '-' || y.n)::uuid, y.child_id, y.writer_id, y.id, y.words,
         y.status, CASE WHEN y.is_reviewed AND y.status = 'delivered' THEN y.worker_id END,
         CASE WHEN y.is_reviewed AND y.status = 'delivered' THEN y.seen_at END,
         y.at, CASE WHEN y.status = 'delivered' THEN y.seen_at END
  FROM (
    SELECT z.*, CASE WHEN z.is_reviewed AND z.at > now() - interval '2 days' THEN 'held' ELSE 'delivered' END AS status,
           CASE WHEN z.is_reviewed THEN LEAST(now(), z.at + interval '3 hours') ELSE z.at END AS seen_at
    FROM (
      SELECT x.*, r.n, r.writer_id, r.words, r.is_reviewed,
             LEAST(now() - interval '1 minute', x.created_at + r.n * interval '5 hours') AS at
      FROM bench_updates x
      CROSS JOIN LATERAL (VALUES
        (1, CASE WHEN x.level <> 'not_in_space' AND x.u % 3 = 0 THEN x.parent_id END,
            'That is wonderful, thank you for telling me. Give her a hug from me.', x.level = 'reviewed'),
        (2, CASE WHEN x.level <> 'not_in_space' AND x.u % 6 = 0 THEN x.author_id END,
            'She was so pleased when I said you had seen it.', false)) r(n, writer_id, words, is_reviewed)
      WHERE r.writer_id IS NOT NULL
    ) z
  ) y;
`;

// Family time once a week (the busiest space about three times a week) at four in the afternoon,
// from six months back (or the arrival) to two months ahead, or to going home; 1 in 12 called off.
// Parents are invited; after each session the worker notes who came, carers and parents add notes.
const FAMILY_TIME_SQL = `
INSERT INTO family_time_sessions (id, child_id, starts_at, ends_at, kind, is_supervised, supervised_by,
    venue, transport, notes_for_family, status, cancelled_by_party, cancelled_reason, cancelled_by,
    cancelled_at, created_by, created_at)
  SELECT md5('family-time' || s.c || '-' || f)::uuid, s.child_id, t.starts, t.starts + interval '90 minutes',
         CASE WHEN (s.c + f) % 5 = 0 THEN 'video' ELSE 'in_person' END,
         s.level = 'reviewed' OR s.c % 2 = 0,
         CASE WHEN s.level = 'reviewed' OR s.c % 2 = 0 THEN 'Family centre staff' ELSE '' END,
         CASE WHEN (s.c + f) % 5 = 0 THEN '' ELSE (ARRAY['Riverside family centre, Room 2',
           'The central library, the children''s corner', 'Westfield park, by the café'])[1 + s.c % 3] END,
         'Carer drops off and collects', 'Bring the photos from the holiday if you can.',
         CASE WHEN (s.c + f) % 12 = 0 THEN 'cancelled' ELSE 'planned' END,
         CASE WHEN (s.c + f) % 12 = 0 THEN (ARRAY['parent', 'carer', 'agency', 'child'])[1 + (s.c + f) % 4] END,
         CASE WHEN (s.c + f) % 12 = 0 THEN 'Poorly with a temperature' ELSE '' END,
         CASE WHEN (s.c + f) % 12 = 0 THEN s.worker_id END,
         CASE WHEN (s.c + f) % 12 = 0 THEN LEAST(now(), t.starts - interval '1 day') END,
         s.worker_id, LEAST(now(), t.starts - interval '14 days')
  FROM bench_spaces s
  CROSS JOIN LATERAL generate_series(1, s.n_sessions) f
  CROSS JOIN LATERAL (SELECT date_trunc('day', s.care_from
      + (s.sessions_until - s.care_from) * ((f - 0.5) / s.n_sessions)::float8) + interval '16 hours' AS starts) t;

CREATE TEMP TABLE bench_sessions ON COMMIT DROP AS
  SELECT fs.id, fs.starts_at, fs.ends_at, fs.status, s.c, s.parent_id, s.second_parent_id, s.level,
         s.carer_id, s.worker_id, row_number() OVER (PARTITION BY fs.child_id ORDER BY fs.starts_at) AS f
  FROM family_time_sessions fs JOIN bench_spaces s ON s.child_id = fs.child_id;

INSERT INTO family_time_invitees (session_id, user_id, confirmed_at)
  SELECT x.id, i.user_id,
         CASE WHEN (x.ends_at < now() AND (x.c + x.f) % 5 <> 0) OR (x.ends_at >= now() AND x.f % 2 = 0)
              THEN LEAST(now(), x.starts_at - interval '2 days') END
  FROM bench_sessions x
  CROSS JOIN LATERAL (VALUES (x.parent_id), (x.second_parent_id)) i(user_id)
  WHERE i.user_id IS NOT NULL;

INSERT INTO family_time_notes (session_id, author_id, party, attendance, note, created_at)
  SELECT x.id, n.author_id, n.party, n.attendance, n.note, LEAST(now(), x.ends_at + n.k * interval '2 hours')
  FROM bench_sessions x
  CROSS JOIN LATERAL (VALUES
    (1, x.worker_id, 'worker', (ARRAY['did_not_attend', 'late', 'left_early', 'attended', 'attended',
       'attended', 'attended', 'attended', 'attended'])[1 + (x.c + x.f) % 9],
       'A warm session; they played cards and talked about school.'),
    (2, CASE WHEN x.f % 3 = 0 THEN x.carer_id END, 'carer', NULL,
       'Tired but happy on the way home, talked about it all through tea.'),
    (3, CASE WHEN x.f % 4 = 0 AND x.level <> 'not_in_space' THEN x.parent_id END, 'parent', NULL,
       'Lovely to see her. She has grown so much.')) n(k, author_id, party, attendance, note)
  WHERE x.ends_at < now() AND x.status = 'planned' AND n.author_id IS NOT NULL;
`;

// Requests for a decision, spread over the months of messages; the parent's views on two in three,
// the answer after a few days for all but the last week's and one in five.
const DECISIONS_SQL = `
INSERT INTO decision_requests (id, child_id, topic, question, needed_by, asked_by, asked_at, parent_views,
    parent_views_by, parent_views_at, outcome, outcome_notes, decided_by, decided_at)
  SELECT md5('decision' || s.c || '-' || d)::uuid, s.child_id, q.topic, q.question,
         (t.at + interval '14 days')::date,
         CASE WHEN s.kind <> 'home' AND s.carer_id IS NOT NULL AND d % 2 = 0 THEN s.carer_id ELSE s.worker_id END,
         t.at,
         CASE WHEN s.level <> 'not_in_space' AND d % 3 <> 0 THEN 'I am happy with that, as long as she wants to.' ELSE '' END,
         CASE WHEN s.level <> 'not_in_space' AND d % 3 <> 0 THEN s.parent_id END,
         CASE WHEN s.level <> 'not_in_space' AND d % 3 <> 0 THEN LEAST(now(), t.at + interval '1 day') END,
         CASE WHEN t.at < now() - interval '7 days' AND d % 5 <> 4
              THEN (ARRAY['agreed', 'agreed_with_conditions', 'not_agreed'])[1 + (s.c + d) % 3] END,
         CASE WHEN t.at < now() - interval '7 days' AND d % 5 <> 4 THEN 'Talked it through with everyone.' ELSE '' END,
         CASE WHEN t.at < now() - interval '7 days' AND d % 5 <> 4 THEN s.worker_id END,
         CASE WHEN t.at < now() - interval '7 days' AND d % 5 <> 4 THEN t.at + interval '4 days' END
  FROM bench_spaces s
  CROSS JOIN LATERAL generate_series(1, s.n_decisions) d
  CROSS JOIN LATERAL (SELECT s.msg_from + (now() - s.msg_from) * ((d - 0.3) / s.n_decisions)::float8 AS at) t
  CROSS JOIN LATERAL (SELECT (ARRAY['haircuts', 'school_trips', 'sleepovers', 'routine_medical',
      'medical_treatment', 'religious_observance', 'holidays_abroad', 'social_media', 'photographs'])[1 + (s.c + d) % 9] AS topic,
    (ARRAY['May she have her hair cut short for the summer?', 'May he go on the school trip to the farm?',
      'May she sleep over at her best friend''s birthday party?', 'May we book her first eye test?',
      'The GP suggests grommets for his ears: do you agree?', 'May she go to the Eid celebration at her friend''s?',
      'May we take her to Spain for a week in August?', 'May he have a WhatsApp account for his football team?',
      'May the school put her photograph in the newsletter?'])[1 + (s.c + d) % 9] AS question) q;
`;

// Plans for going home: a third of the children in care for a while work towards it (reviews every
// six weeks, the next one due from two weeks ago to four weeks ahead); those gone home have the
// plan they went home on, and check-ins every four weeks since (one in six has missed the last).
const REUNIFICATION_SQL = `
INSERT INTO reunification_plans (child_id, aim, support_offered, target_on, next_review_on, status,
    went_home_on, support_ends_on, support_worker_id, updated_by)
  SELECT s.child_id, 'For her to go home to her mum, with the right help in place, before the new school year.',
         'Parenting course, weekly family time moving to unsupervised, help with the housing application.',
         CASE WHEN s.kind = 'home' THEN s.went_home_on ELSE current_date + 30 + s.c % 150 END,
         CASE WHEN s.kind = 'home' THEN NULL ELSE current_date + s.c % 42 - 14 END,
         CASE WHEN s.kind = 'home' THEN 'home' ELSE 'working_towards' END,
         s.went_home_on, (s.went_home_on + interval '6 months')::date,
         CASE WHEN s.kind = 'home' THEN s.worker_id END, s.worker_id
  FROM bench_spaces s
  WHERE s.kind = 'home' OR (s.kind = 'in_care' AND s.p % 3 = 0);

INSERT INTO reunification_steps (child_id, kind, title, detail, who, due_on, status, progress, position, updated_by)
  SELECT s.child_id, CASE WHEN i IN (1, 4, 7) THEN 'goal' ELSE 'step' END,
         (ARRAY['A safe, settled home', 'Finish the parenting course', 'Move to the new flat',
                'Family time without supervision', 'Longer visits at weekends', 'Overnight stays',
                'School and health sorted', 'Register with the new GP', 'Meet the new school'])[i],
         'Agreed at the review.', (ARRAY['family', 'agency', 'carers', 'together'])[1 + (s.c + i) % 4],
         s.care_from::date + i * 14,
         CASE WHEN s.kind = 'home' OR i <= 2 + s.c % 3 THEN 'done' WHEN i <= 5 THEN 'going' ELSE 'not_started' END,
         CASE WHEN s.kind = 'home' OR i <= 2 + s.c % 3 THEN 'Done, and going well.' ELSE '' END,
         i * 10, s.worker_id
  FROM bench_spaces s JOIN reunification_plans rp ON rp.child_id = s.child_id
  CROSS JOIN generate_series(1, 9) i;

INSERT INTO reunification_checkins (child_id, kind, held_on, how_it_is, for_family, staff_notes, next_on, recorded_by)
  SELECT s.child_id, 'review', s.care_from::date + r * 42,
         (ARRAY['going_well', 'going_well', 'some_worries', 'worried'])[1 + (s.c + r) % 4],
         'Everyone agreed the next steps; family time moves to Saturdays.',
         'Housing still the main worry.', s.care_from::date + (r + 1) * 42, s.worker_id
  FROM bench_spaces s JOIN reunification_plans rp ON rp.child_id = s.child_id
  CROSS JOIN generate_series(1, 4) r
  WHERE s.care_from::date + r * 42 < s.care_until::date;
INSERT INTO reunification_checkins (child_id, kind, held_on, how_it_is, for_family, staff_notes, next_on, recorded_by)
  SELECT s.child_id, 'check_in', s.went_home_on + r * 28 - s.c % 5,
         (ARRAY['going_well', 'going_well', 'going_well', 'some_worries', 'worried'])[1 + (s.c + r) % 5],
         'Good to see you all settled; the next visit is in four weeks.',
         'School attendance back up to 95 %.', s.went_home_on + (r + 1) * 28 - s.c % 5, s.worker_id
  FROM bench_spaces s CROSS JOIN generate_series(1, 7) r
  WHERE s.kind = 'home' AND s.went_home_on + r * 28 - s.c % 5 <= current_date
    AND NOT (s.c % 6 = 0 AND s.went_home_on + (r + 1) * 28 - s.c % 5 > current_date);
`;

// Getting started: for this month's arrivals three in four have the meeting arranged, and the
// meeting and the comfort call are recorded for some once their day has come; for the children in
// care for longer, both were held in their first days.
const STARTS_SQL = `
INSERT INTO partnership_starts (placement_id, child_id, intro_scheduled_at, intro_place, intro_held_on,
    intro_notes, comfort_call_held_on, comfort_call_notes, updated_by)
  SELECT pl.id, s.child_id, pl.started_on + interval '3 days 10 hours', 'Riverside family centre, Room 2',
         CASE WHEN s.p % 3 <> 0 AND pl.started_on + 4 <= current_date THEN pl.started_on + 4 END,
         CASE WHEN s.p % 3 <> 0 AND pl.started_on + 4 <= current_date THEN 'Met for an hour; the guide helped a lot.' ELSE '' END,
         CASE WHEN s.p % 2 = 0 AND pl.started_on + 1 <= current_date THEN pl.started_on + 1 END,
         CASE WHEN s.p % 2 = 0 AND pl.started_on + 1 <= current_date THEN 'Mum rang the carer; a short, kind call.' ELSE '' END,
         s.worker_id
  FROM bench_spaces s JOIN placements pl ON pl.child_id = s.child_id AND pl.ended_on IS NULL
  WHERE s.kind = 'arrived' AND s.p % 4 <> 0;
INSERT INTO partnership_starts (placement_id, child_id, intro_scheduled_at, intro_place, intro_held_on,
    intro_notes, comfort_call_held_on, comfort_call_notes, updated_by, updated_at)
  SELECT pl.id, s.child_id, pl.started_on + interval '3 days 10 hours', 'Riverside family centre, Room 2',
         pl.started_on + 4, 'Met for an hour; the guide helped a lot.', pl.started_on + 1,
         'A short, kind call on the first evening.', s.worker_id, pl.started_on + interval '4 days 12 hours'
  FROM bench_spaces s JOIN placements pl ON pl.child_id = s.child_id AND pl.ended_on IS NULL
  WHERE s.kind = 'in_care';
`;

/** The partnership's tables, for counting what a run measured against. */
export const PARTNERSHIP_TABLES = [
  'birth_parents',
  'partnership_messages',
  'partnership_reads',
  'shared_updates',
  'shared_update_reactions',
  'family_time_sessions',
  'family_time_invitees',
  'family_time_notes',
  'decision_requests',
  'reunification_plans',
  'reunification_steps',
  'reunification_checkins',
  'partnership_starts',
] as const;

/**
 * Fills the partnership with birth families into the large agency (after generate.ts's agency and
 * belonging, in one transaction); new parents' accounts get `passwordHash`.
 */
export async function fillPartnership(
  database: Database,
  passwordHash: string,
  size: AgencySize,
): Promise<void> {
  const script = [
    PARENTS_SQL(size),
    SPACES_SQL(size),
    MESSAGES_SQL,
    UPDATES_SQL,
    FAMILY_TIME_SQL,
    DECISIONS_SQL,
    REUNIFICATION_SQL,
    STARTS_SQL,
  ].join('\n');
  await database.execScript(script.replaceAll('$HASH', passwordHash));
}

/** How many rows each partnership table holds. */
export async function countPartnershipRows(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of PARTNERSHIP_TABLES) {
    const [row] = await selectRows<{ n: number | string }>(
      database.db,
      sql.raw(`SELECT count(*) AS n FROM ${table}`),
    );
    counts[table] = toCount(row!.n);
  }
  return counts;
}
