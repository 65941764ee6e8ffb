// Fills a database with a very large fictional agency for the matching benchmark: 40 areas with
// positions, 50,000 households (terms of approval, skills, languages, faith, positions), their
// carers and birth children, about 84,000 children placed now (so most homes are full), 30,000
// earlier placements, a training catalogue whose courses prepare for needs, completed courses for
// most carers, and six referrals that ask for different homes. Rows are made in SQL with
// generate_series, with ids derived from md5 so every table can point at the others.
//
//   npx tsx bench/matching/generate.ts          (embedded, in memory: prints what it made)
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/matching/generate.ts   (a fresh database there)
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openEmbedded, openPostgres, type Database } from '../../src/core/db/connect.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import { selectRows, toCount } from '../../src/core/db/rows.ts';
import { localAuthorities, referrals } from '../../src/core/db/tables.ts';
import { createFreshDatabase } from '../pages/generate.ts';

/** The large agency; the benchmark also measures one a tenth of its size for comparison. */
export const MATCHING_SIZE = {
  areas: 40,
  households: 50_000,
  /** Earlier placements: 0.6 for every household. */
  pastPlacementsPerHousehold: 0.6,
} as const;

const NEEDS = `ARRAY['attachment','trauma','behaviour','emotional_wellbeing','sexualised_behaviour',
  'exploitation','substance_use','disability','learning_disability','education','baby','teenager',
  'asylum','parent_and_child']`;

/** The SQL that makes an agency with this many households. */
function agencySql(households: number): string {
  const pastPlacements = Math.round(households * MATCHING_SIZE.pastPlacementsPerHousehold);
  return `
INSERT INTO areas (id, name, latitude, longitude)
  SELECT md5('marea' || a)::uuid, 'Area ' || lpad(a::text, 2, '0'),
         50.6 + (a % 8) * 0.45, -3.2 + (a / 8) * 0.7
  FROM generate_series(1, ${MATCHING_SIZE.areas}) a;

INSERT INTO users (id, email, name, role, password_hash)
  VALUES (md5('mmanager')::uuid, 'manager@matching.example', 'Morgan Hale', 'registered_manager', 'not-a-hash');

-- Terms of approval vary with g in independent cycles: status (20), care types (7), ages (5 of
-- every 15), places (4), brothers and sisters (6); a fifth of homes have no position of their own.
INSERT INTO households (id, reference, name, status, care_kind, area_id, address_line, town, postcode,
                        approved_on, max_children, age_from, age_to, latitude, longitude, care_types,
                        sibling_group_max, skills, excluded_needs, languages, faith, ethnicity)
  SELECT md5('mh' || g)::uuid, 'M-' || lpad(g::text, 5, '0'), 'The household ' || g,
         CASE g % 20 WHEN 0 THEN 'applicant' WHEN 1 THEN 'on_hold' WHEN 2 THEN 'resigned' ELSE 'approved' END,
         CASE WHEN g % 10 = 0 THEN 'kinship' ELSE 'foster' END,
         a.id, g || ' Long Lane', 'Town', 'AB1 2CD',
         CASE WHEN g % 20 >= 3 THEN date '2010-01-01' + (g % 5000) END,
         1 + g % 4,
         (ARRAY[0, 0, 5, 11, 0])[1 + (g / 3) % 5],
         (ARRAY[18, 8, 15, 18, 4])[1 + (g / 3) % 5],
         CASE WHEN g % 5 <> 0 THEN a.latitude + (hashtext('lat' || g) % 1000) / 5000.0 END,
         CASE WHEN g % 5 <> 0 THEN a.longitude + (hashtext('lon' || g) % 1000) / 3000.0 END,
         (CASE g % 7
           WHEN 0 THEN ARRAY['emergency', 'short_term']
           WHEN 1 THEN ARRAY['short_term', 'long_term']
           WHEN 2 THEN ARRAY['long_term']
           WHEN 3 THEN ARRAY['emergency', 'short_term', 'long_term']
           WHEN 4 THEN ARRAY['short_break']
           WHEN 5 THEN ARRAY['long_term', 'short_break']
           ELSE ARRAY['parent_and_child', 'short_term'] END
          || CASE WHEN g % 50 = 0 THEN ARRAY['remand'] ELSE ARRAY[]::text[] END),
         CASE g % 6 WHEN 0 THEN 3 WHEN 1 THEN 2 ELSE 1 END,
         ARRAY(SELECT n FROM unnest(${NEEDS}) n WHERE (hashtext(g::text || n) & 7) < 2),
         CASE WHEN g % 25 = 0 THEN ARRAY['sexualised_behaviour'] ELSE ARRAY[]::text[] END,
         CASE g % 6 WHEN 0 THEN ARRAY['English', 'Polish'] WHEN 1 THEN ARRAY['English', 'Urdu']
           WHEN 2 THEN ARRAY['English', 'Arabic'] ELSE ARRAY['English'] END,
         (ARRAY['Christian', 'Muslim', 'None', 'Hindu', 'Sikh', ''])[1 + g % 6],
         (ARRAY['White British', 'Black British', 'Asian British', 'Mixed', 'White Polish'])[1 + (g / 7) % 5]
  FROM generate_series(1, ${households}) g
  JOIN areas a ON a.id = md5('marea' || (1 + g % ${MATCHING_SIZE.areas}))::uuid;

INSERT INTO household_members (id, household_id, first_name, last_name, member_role, date_of_birth)
  SELECT md5('mcarer1-' || g)::uuid, md5('mh' || g)::uuid, 'Carer', 'Number ' || g, 'carer',
         date '1965-01-01' + (g % 7000)
  FROM generate_series(1, ${households}) g;
INSERT INTO household_members (id, household_id, first_name, last_name, member_role, date_of_birth)
  SELECT md5('mcarer2-' || g)::uuid, md5('mh' || g)::uuid, 'Partner', 'Number ' || g, 'carer',
         date '1966-01-01' + (g % 7000)
  FROM generate_series(2, ${households}, 2) g;
INSERT INTO household_members (household_id, first_name, last_name, member_role, date_of_birth)
  SELECT md5('mh' || g)::uuid, 'Birth child', 'Number ' || g, 'birth_child',
         current_date - (365 * (2 + g % 20) + g % 300)
  FROM generate_series(5, ${households}, 5) g;

-- Approved homes are mostly full: a quarter have one place free, about one in ten two, and one in
-- eleven has nobody placed at all.
CREATE TEMP TABLE bench_homes AS
  SELECT g, md5('mh' || g)::uuid AS id, h.age_from, h.age_to,
         CASE WHEN g % 11 = 0 THEN 0
              ELSE greatest(0, h.max_children - CASE WHEN g % 4 = 0 THEN 1 WHEN g % 9 = 0 THEN 2 ELSE 0 END)
         END AS placed
  FROM generate_series(1, ${households}) g
  JOIN households h ON h.id = md5('mh' || g)::uuid
  WHERE h.status = 'approved';

INSERT INTO children (id, first_name, last_name, date_of_birth, gender, legal_status, placing_authority, needs)
  SELECT md5('mchild' || b.g || '-' || k)::uuid, 'Child', 'Number ' || b.g || '-' || k,
         current_date - (365 * (b.age_from + (b.g + k) % (b.age_to - b.age_from + 1)) + (b.g * 7 + k) % 360),
         CASE WHEN k % 2 = 0 THEN 'girl' ELSE 'boy' END, 'Care order', 'Council ' || (b.g % 60),
         ARRAY(SELECT n FROM unnest(${NEEDS}) n WHERE (hashtext(b.g || '-' || k || n) & 15) < 2)
  FROM bench_homes b, generate_series(1, b.placed) k;
INSERT INTO placements (child_id, household_id, care_type, started_on)
  SELECT md5('mchild' || b.g || '-' || k)::uuid, b.id, 'long_term', current_date - (b.g % 900) - 1
  FROM bench_homes b, generate_series(1, b.placed) k;

-- Earlier homes: 30,000 children who lived with a household before; 40% had attachment needs.
INSERT INTO children (id, first_name, last_name, date_of_birth, gender, legal_status, placing_authority, needs)
  SELECT md5('mpast' || p)::uuid, 'Former', 'Child ' || p, current_date - (365 * (2 + p % 16)),
         'girl', 'Section 20', 'Council ' || (p % 60),
         CASE WHEN p % 5 < 2 THEN ARRAY['attachment', 'trauma'] ELSE ARRAY['behaviour'] END
  FROM generate_series(1, ${pastPlacements}) p;
INSERT INTO placements (child_id, household_id, care_type, started_on, ended_on, end_reason)
  SELECT md5('mpast' || p)::uuid, md5('mh' || (1 + (p * 13) % ${households}))::uuid,
         'short_term', date '2019-01-01' + (p % 1000), date '2019-01-01' + (p % 1000) + 200, 'Moved on'
  FROM generate_series(1, ${pastPlacements}) p;

-- The training catalogue says what each course prepares for; 60% of carers completed about 3.
INSERT INTO training_courses (id, title, duration_minutes, delivery_mode, audience, prepares_for_needs)
  SELECT md5('mcourse' || c)::uuid, t.title, 180, 'classroom', 'all_carers', t.needs
  FROM (VALUES
    (1, 'Attachment and therapeutic care', ARRAY['attachment', 'trauma']),
    (2, 'Managing behaviour', ARRAY['behaviour']),
    (3, 'Safeguarding children', ARRAY['exploitation', 'sexualised_behaviour']),
    (4, 'Health and wellbeing', ARRAY['emotional_wellbeing', 'substance_use']),
    (5, 'Child development', ARRAY['baby', 'learning_disability']),
    (6, 'Identity, culture and faith', ARRAY['asylum']),
    (7, 'Relationships and family time', ARRAY['teenager']),
    (8, 'First aid', ARRAY[]::text[])
  ) AS t(c, title, needs);
INSERT INTO training_completions (carer_id, course_id, completed_on, source)
  SELECT m.id, md5('mcourse' || c)::uuid, current_date - (hashtext(m.id::text || c) & 1023), 'recorded'
  FROM household_members m, generate_series(1, 8) c
  WHERE m.member_role = 'carer' AND (hashtext(m.id::text) & 15) < 10
    AND (hashtext(m.id::text || c) & 7) < 3;

-- A child known to the agency, with an earlier home and homes they must never be matched with.
INSERT INTO matching_exclusions (child_id, household_id, reason)
  SELECT md5('mpast1')::uuid, md5('mh' || (g * 97))::uuid, 'A known risk'
  FROM generate_series(1, 20) g;
`;
}

/** The referrals the benchmark ranks homes for: different ages, kinds of care and needs. */
export const BENCH_REFERRALS = [
  {
    label: 'Mia, 9, long-term, attachment and trauma',
    childFirstName: 'Mia',
    childDateOfBirth: '2017-03-04',
    careType: 'long_term',
    needs: ['attachment', 'trauma'],
    childLanguages: ['English', 'Polish'],
    childFaith: 'Christian',
    childEthnicity: 'White Polish',
    schoolArea: 3,
    familyTimeArea: 5,
    avoidArea: 11,
  },
  {
    label: 'Noah, 1, emergency, a baby',
    childFirstName: 'Noah',
    childDateOfBirth: '2025-06-10',
    careType: 'emergency',
    needs: ['baby'],
    schoolArea: null,
    familyTimeArea: 8,
  },
  {
    label: 'Zara, 15, short-term, known to us, exploitation',
    childFirstName: 'Zara',
    childDateOfBirth: '2011-05-01',
    careType: 'short_term',
    needs: ['behaviour', 'exploitation', 'substance_use', 'teenager'],
    childFaith: 'Muslim',
    schoolArea: 14,
    familyTimeArea: 14,
    knownChild: true,
  },
  {
    label: 'Three brothers and sisters (4, 6, 8), long-term',
    childFirstName: 'Leo',
    childDateOfBirth: '2018-02-02',
    careType: 'long_term',
    needs: ['education'],
    siblingsCount: 2,
    siblingsAges: [4, 6],
    schoolArea: 20,
    familyTimeArea: 21,
  },
  {
    label: 'Isla, 11, short breaks, disability, does best alone',
    childFirstName: 'Isla',
    childDateOfBirth: '2015-09-15',
    careType: 'short_break',
    needs: ['disability', 'learning_disability'],
    prefersOnlyChild: true,
    schoolArea: 30,
    familyTimeArea: null,
  },
  {
    label: 'Ruby, 6, short-term, no needs recorded',
    childFirstName: 'Ruby',
    childDateOfBirth: '2020-01-20',
    careType: 'short_term',
    needs: [],
    schoolArea: 2,
    familyTimeArea: 2,
  },
] as const;

type BenchReferral = (typeof BENCH_REFERRALS)[number];

const areaId = async (database: Database, area: number | null) => {
  if (area === null) return null;
  const [row] = await selectRows<{ id: string }>(
    database.db,
    sql`SELECT md5(${`marea${area}`})::uuid::text AS id`,
  );
  return row!.id;
};

/** Adds the benchmark's referrals; returns their ids with their labels. */
export async function addBenchReferrals(
  database: Database,
): Promise<{ id: string; label: string }[]> {
  const [authority] = await database.db
    .insert(localAuthorities)
    .values({ name: 'Benchshire County Council' })
    .returning({ id: localAuthorities.id });
  const [known] = await selectRows<{ id: string }>(
    database.db,
    sql`SELECT md5('mpast1')::uuid::text AS id`,
  );
  const made: { id: string; label: string }[] = [];
  for (const [index, referral] of BENCH_REFERRALS.entries()) {
    const facts = referral as BenchReferral & Record<string, unknown>;
    const schoolArea = await areaId(database, referral.schoolArea);
    const [row] = await database.db
      .insert(referrals)
      .values({
        reference: `B-${index + 1}`,
        authorityId: authority!.id,
        receivedVia: 'staff',
        childId: facts.knownChild ? known!.id : null,
        childFirstName: referral.childFirstName,
        childLastName: 'Bench',
        childDateOfBirth: referral.childDateOfBirth,
        childLanguages: (facts.childLanguages as string[] | undefined) ?? [],
        childFaith: (facts.childFaith as string | undefined) ?? '',
        childEthnicity: (facts.childEthnicity as string | undefined) ?? '',
        siblingsCount: (facts.siblingsCount as number | undefined) ?? 0,
        siblingsAges: (facts.siblingsAges as number[] | undefined) ?? [],
        careType: referral.careType,
        urgency: 'planned',
        needs: [...referral.needs],
        schoolName: schoolArea ? 'Bench Primary' : '',
        schoolAreaId: schoolArea,
        familyTimeAreaId: await areaId(database, referral.familyTimeArea),
        avoidAreaId: await areaId(database, (facts.avoidArea as number | undefined) ?? null),
        prefersOnlyChild: (facts.prefersOnlyChild as boolean | undefined) ?? false,
      })
      .returning({ id: referrals.id });
    made.push({ id: row!.id, label: referral.label });
  }
  return made;
}

/** Loads an agency with this many households (50,000 unless told) into a migrated, empty database. */
export async function fillMatchingAgency(
  database: Database,
  households: number = MATCHING_SIZE.households,
): Promise<void> {
  await database.execScript(agencySql(households));
  // Fresh statistics and visibility maps, as autovacuum would have left them on a database this
  // size (index-only scans need the visibility map). VACUUM cannot run inside a transaction.
  await database.db.execute(sql`VACUUM ANALYZE`);
}

/** How many rows of each kind the database holds, to show what a run measured against. */
export async function countMatchingRows(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of [
    'households',
    'household_members',
    'children',
    'placements',
    'training_completions',
  ]) {
    const [row] = await selectRows<{ n: number | string }>(
      database.db,
      sql.raw(`SELECT count(*) AS n FROM ${table}`),
    );
    counts[table] = toCount(row!.n);
  }
  return counts;
}

async function main(): Promise<void> {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  const database = serverUrl
    ? await openPostgres(await createFreshDatabase(serverUrl, `kinfold_match_${Date.now()}`))
    : await openEmbedded(null);
  try {
    const began = performance.now();
    await migrate(database);
    await fillMatchingAgency(database);
    await addBenchReferrals(database);
    console.log(`${database.describe}: filled in ${Math.round(performance.now() - began)} ms`);
    console.log(await countMatchingRows(database));
  } finally {
    await database.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
