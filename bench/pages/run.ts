// Measures how fast Kinfold's pages answer on the small demo agency and on a large national-scale
// one (see generate.ts), on the embedded database and on PostgreSQL, through app.inject so no
// network is timed. Writes the tables into RESULTS.md between the results markers.
//
//   npx tsx bench/pages/run.ts [requests per page, default 30] [--only partnership]
//
// With --only, only the pages tagged so are timed, and their tables go between that tag's markers
// (<!-- results:partnership:start --> ...), leaving the full run's tables as they are.
//
// PostgreSQL: a throwaway cluster is started (as test/support/postgres-server.ts does for the
// tests), or, when BENCH_DATABASE_URL is set, fresh databases are created on that server.
// profile.ts opens the same pages, as the same people, through PROBES and pickSamples.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import pino from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { openEmbedded, openPostgres, type Database } from '../../src/core/db/connect.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import { fileStoreFor } from '../../src/core/files/file-store.ts';
import { selectRows } from '../../src/core/db/rows.ts';
import { loadSecrets } from '../../src/core/http/secrets.ts';
import { DEMO_PASSWORD, seedDemoAgency } from '../../src/features/demo/index.ts';
import { startThrowawayCluster } from '../../test/support/postgres-server.ts';
import { Visitor, type TestApp } from '../../test/support/app.ts';
import { countPartnershipRows } from './generate-partnership.ts';
import { BENCH_PASSWORD, countRows, createFreshDatabase, fillLargeAgency } from './generate.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_FILE = path.join(HERE, 'RESULTS.md');
const WARM_UPS = 5;
const ARGS = process.argv.slice(2);
const ONLY = ARGS.includes('--only') ? (ARGS[ARGS.indexOf('--only') + 1] ?? '') : null;
const REQUESTS = Number(ARGS.find((arg) => /^\d+$/.test(arg)) ?? 30);

type SignInRole =
  'manager' | 'worker' | 'carer' | 'officer' | 'coordinator' | 'young' | 'parent' | 'familyWorker';
type Role = SignInRole | 'visitor';
/** A page the benchmark times, who asks for it, and the groups `--only` can pick it by. */
export type Probe = {
  label: string;
  role: Role;
  url: (ids: SampleIds) => string;
  tags?: readonly string[];
};
/** The records the pages open, the same on every run of the same data. */
export type SampleIds = {
  householdId: string;
  childId: string;
  carerId: string;
  /** The child with the most belonging records among those the signed-in worker supervises. */
  belongingChildId: string;
  /** The person on that child's map with the most family-finding steps. */
  personId: string;
  /** The busiest partnership space: the child in a home now with the most messages. */
  spaceChildId: string;
  /** That child's update with the most replies (the latest of those). */
  updateId: string;
  /** The family time calendar token of the parent who signs in. */
  feedToken: string;
};
type Timing = { label: string; status: number; medianMs: number; p95Ms: number };
type Size = 'small' | 'large';

export const PROBES: Probe[] = [
  {
    label: '/home (registered manager)',
    role: 'manager',
    url: () => '/home',
    tags: ['partnership'],
  },
  {
    label: '/home (supervising social worker)',
    role: 'worker',
    url: () => '/home',
    tags: ['partnership'],
  },
  { label: '/home (carer)', role: 'carer', url: () => '/home' },
  { label: '/home (recruitment officer)', role: 'officer', url: () => '/home' },
  { label: '/households', role: 'manager', url: () => '/households' },
  { label: '/households?page=50', role: 'manager', url: () => '/households?page=50' },
  { label: '/households (worker)', role: 'worker', url: () => '/households' },
  { label: '/households/:id', role: 'manager', url: (ids) => `/households/${ids.householdId}` },
  { label: '/children', role: 'manager', url: () => '/children' },
  { label: '/children (worker)', role: 'worker', url: () => '/children' },
  { label: '/children/:id', role: 'manager', url: (ids) => `/children/${ids.childId}` },
  { label: '/audit', role: 'manager', url: () => '/audit' },
  { label: '/audit?outcome=refused', role: 'manager', url: () => '/audit?outcome=refused' },
  { label: '/recruitment', role: 'officer', url: () => '/recruitment' },
  { label: '/recruitment?view=table', role: 'officer', url: () => '/recruitment?view=table' },
  { label: '/recruitment/dashboard', role: 'officer', url: () => '/recruitment/dashboard' },
  {
    label: '/api/v1/children?page=10&pageSize=100',
    role: 'manager',
    url: () => '/api/v1/children?page=10&pageSize=100',
  },
  { label: '/home (training coordinator)', role: 'coordinator', url: () => '/home' },
  { label: '/training/mine (carer)', role: 'carer', url: () => '/training/mine' },
  { label: '/training/carers (worker)', role: 'worker', url: () => '/training/carers' },
  { label: '/training/carers', role: 'coordinator', url: () => '/training/carers' },
  {
    label: '/training/carers/:id',
    role: 'coordinator',
    url: (ids) => `/training/carers/${ids.carerId}`,
  },
  { label: '/training/compliance', role: 'coordinator', url: () => '/training/compliance' },
  { label: '/training/sessions', role: 'coordinator', url: () => '/training/sessions' },
  { label: '/ (public)', role: 'visitor', url: () => '/' },
  { label: '/news (public)', role: 'visitor', url: () => '/news' },
  // Belonging and permanency: a child's pages as their home's supervising social worker opens
  // them, and the young person's own space (the manager's and worker's home pages above carry
  // the committed adults, drift and unanswered questions cards).
  ...[
    '/people',
    '/people.json',
    '/people/then-and-now',
    '/permanency',
    '/life-story',
    '/life-story/book.pdf',
    '/voice',
  ].map((page): Probe => ({
    label: `/children/:id${page}`,
    role: 'worker',
    url: (ids) => `/children/${ids.belongingChildId}${page}`,
  })),
  {
    label: '/children/:id/people/:pid',
    role: 'worker',
    url: (ids) => `/children/${ids.belongingChildId}/people/${ids.personId}`,
  },
  { label: '/home (young person)', role: 'young', url: () => '/home' },
  { label: '/my/people (young person)', role: 'young', url: () => '/my/people' },
  { label: '/my/story (young person)', role: 'young', url: () => '/my/story' },
  { label: '/my/future (young person)', role: 'young', url: () => '/my/future' },
  { label: '/my/voice (young person)', role: 'young', url: () => '/my/voice' },
  // The partnership with birth families, on the busiest space: the staff side as the supervising
  // social worker of the child's home, the family side as the child's parent (the manager's and the
  // worker's home pages above carry the messages waiting, getting started and support due cards).
  ...['', '/messages', '/messages/waiting', '/updates', '/family-time'].map((page): Probe => ({
    label: `/children/:id/family${page} (worker)`,
    role: 'familyWorker',
    url: (ids) => `/children/${ids.spaceChildId}/family${page}`,
    tags: ['partnership'],
  })),
  { label: '/home (birth parent)', role: 'parent', url: () => '/home', tags: ['partnership'] },
  ...[
    '',
    '/messages',
    '/updates',
    '/updates/:uid',
    '/family-time',
    '/decisions',
    '/going-home',
  ].map((page): Probe => ({
    label: `/family/:id${page} (parent)`,
    role: 'parent',
    url: (ids) => `/family/${ids.spaceChildId}${page.replace(':uid', ids.updateId)}`,
    tags: ['partnership'],
  })),
  {
    label: "/calendars/family-time/:token.ics (parent's feed)",
    role: 'visitor',
    url: (ids) => `/calendars/family-time/${ids.feedToken}.ics`,
    tags: ['partnership'],
  },
];

// The busiest partnership space: the child living in one of the agency's homes, with a parent in
// their space, who has the most messages.
const BUSIEST_SPACE = sql`(SELECT c.id FROM children c
  JOIN placements p ON p.child_id = c.id AND p.ended_on IS NULL
  WHERE EXISTS (SELECT 1 FROM birth_parents b WHERE b.child_id = c.id AND b.space_level <> 'not_in_space')
  ORDER BY (SELECT count(*) FROM partnership_messages m WHERE m.child_id = c.id) DESC, c.id LIMIT 1)`;

// Who signs in for each role: the worker with the most households, a carer with a child at home,
// the young person with the most on their map, in their story and in their voice, the busiest
// space's parent (in it directly, when one is) and the worker who supervises that child's home.
const SIGN_IN_SQL: Record<SignInRole, SQL> = {
  manager: sql`SELECT email FROM users WHERE role = 'registered_manager' ORDER BY email LIMIT 1`,
  officer: sql`SELECT email FROM users WHERE role = 'recruitment_officer' ORDER BY email LIMIT 1`,
  coordinator: sql`SELECT email FROM users WHERE role = 'training_coordinator' ORDER BY email LIMIT 1`,
  worker: sql`SELECT u.email FROM users u JOIN households h ON h.supervising_worker_id = u.id
              GROUP BY u.id, u.email ORDER BY count(*) DESC, u.email LIMIT 1`,
  carer: sql`SELECT u.email FROM users u JOIN household_members m ON m.user_id = u.id
             JOIN placements p ON p.household_id = m.household_id AND p.ended_on IS NULL
             WHERE u.role IN ('foster_carer', 'kinship_carer') ORDER BY u.email LIMIT 1`,
  young: sql`SELECT u.email FROM users u JOIN children c ON c.young_person_user_id = u.id
             WHERE u.role = 'young_person' ORDER BY ${belongingRecordsOf(sql`c.id`)} DESC, u.email LIMIT 1`,
  parent: sql`SELECT u.email FROM birth_parents b JOIN users u ON u.id = b.user_id
              WHERE b.child_id = ${BUSIEST_SPACE} AND b.space_level <> 'not_in_space'
              ORDER BY b.space_level = 'direct' DESC, u.email LIMIT 1`,
  familyWorker: sql`SELECT u.email FROM placements p JOIN households h ON h.id = p.household_id
                    JOIN users u ON u.id = h.supervising_worker_id
                    WHERE p.child_id = ${BUSIEST_SPACE} AND p.ended_on IS NULL`,
};

// How many belonging records a child has: the rows their pages read.
function belongingRecordsOf(childId: SQL): SQL {
  return sql`((SELECT count(*) FROM child_important_people x WHERE x.child_id = ${childId})
    + (SELECT count(*) FROM life_story_entries x WHERE x.child_id = ${childId})
    + (SELECT count(*) FROM permanency_conversations x WHERE x.child_id = ${childId})
    + (SELECT count(*) FROM young_person_voice x WHERE x.child_id = ${childId}))`;
}

/** Who signs in for each role, and the records the pages open. */
export type Samples = { emails: Record<SignInRole, string>; ids: SampleIds };

/** Picks the sign-ins and sample records by SQL, so each run of the same data opens the same pages. */
export async function pickSamples(database: Database): Promise<Samples> {
  const emails = {} as Record<SignInRole, string>;
  for (const [role, query] of Object.entries(SIGN_IN_SQL) as [SignInRole, SQL][]) {
    emails[role] = await firstValue(database, query);
  }
  const belongingChildId = await firstValue(
    database,
    sql`SELECT c.id::text FROM children c
          JOIN placements p ON p.child_id = c.id AND p.ended_on IS NULL
          JOIN households h ON h.id = p.household_id
          JOIN users u ON u.id = h.supervising_worker_id AND u.email = ${emails.worker}
        ORDER BY ${belongingRecordsOf(sql`c.id`)} DESC, c.last_name, c.id LIMIT 1`,
  );
  const ids: SampleIds = {
    householdId: await firstValue(
      database,
      sql`SELECT h.id::text FROM households h JOIN placements p ON p.household_id = h.id
          AND p.ended_on IS NULL ORDER BY h.reference LIMIT 1`,
    ),
    childId: await firstValue(
      database,
      sql`SELECT c.id::text FROM children c JOIN placements p ON p.child_id = c.id
          AND p.ended_on IS NULL ORDER BY c.last_name, c.id LIMIT 1`,
    ),
    carerId: await firstValue(
      database,
      sql`SELECT m.id::text FROM household_members m JOIN households h ON h.id = m.household_id
          WHERE m.member_role = 'carer' AND h.status = 'approved' ORDER BY h.reference LIMIT 1`,
    ),
    belongingChildId,
    personId: await firstValue(
      database,
      sql`SELECT p.id::text FROM child_important_people p WHERE p.child_id = ${belongingChildId}
          ORDER BY (SELECT count(*) FROM connection_outreach o WHERE o.connection_id = p.id) DESC,
                   p.joined_on, p.id LIMIT 1`,
    ),
    spaceChildId: await firstValue(database, sql`SELECT ${BUSIEST_SPACE}::text`),
    updateId: await firstValue(
      database,
      sql`SELECT u.id::text FROM shared_updates u WHERE u.child_id = ${BUSIEST_SPACE}
          ORDER BY (SELECT count(*) FROM partnership_messages m WHERE m.update_id = u.id) DESC,
                   u.created_at DESC, u.id LIMIT 1`,
    ),
    feedToken: await feedTokenOf(database, emails.parent),
  };
  return { emails, ids };
}

/**
 * The parent's family time calendar token, made for them (as if they had asked for one) when they
 * have none; derived from their email, so every run of the same data fetches the same address.
 */
async function feedTokenOf(database: Database, email: string): Promise<string> {
  const token = createHash('sha256').update(`kinfold-bench-feed:${email}`).digest('base64url');
  await selectRows(
    database.db,
    sql`INSERT INTO family_time_feeds (user_id, token) SELECT id, ${token} FROM users
        WHERE email = ${email} ON CONFLICT (user_id) DO NOTHING`,
  );
  return firstValue(
    database,
    sql`SELECT f.token FROM family_time_feeds f JOIN users u ON u.id = f.user_id
        WHERE u.email = ${email}`,
  );
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/**
 * Loads the agency of the given size into a migrated, empty database; returns the shared password.
 * The demo's life stories get their photos (the large agency's entries have no files).
 */
async function fillAgency(database: Database, size: Size, config: Config): Promise<string> {
  await migrate(database);
  if (size === 'large') {
    await fillLargeAgency(database);
    return BENCH_PASSWORD;
  }
  await seedDemoAgency(
    { actor: null, db: database.db, now: new Date(), request: { id: 'bench:small', ip: 'bench' } },
    fileStoreFor(config),
  );
  return DEMO_PASSWORD;
}

async function firstValue(database: Database, query: SQL): Promise<string> {
  const [row] = await selectRows<Record<string, string>>(database.db, query);
  if (!row) throw new Error('the agency has no row for a sample');
  return Object.values(row)[0]!;
}

/** Times every probe on one database: N requests after the warm-ups, one at a time. */
async function measurePages(
  database: Database,
  password: string,
  config: Config,
): Promise<Timing[]> {
  const secrets = await loadSecrets(database.db);
  const app = await buildApp({ config, database, secrets, logger: pino({ level: 'silent' }) });
  await app.ready();
  const testApp: TestApp = { app, config, secrets, close: () => app.close() };
  try {
    const { emails, ids } = await pickSamples(database);
    const visitors = new Map<Role, Visitor>();
    for (const [role, email] of Object.entries(emails) as [SignInRole, string][]) {
      const visitor = new Visitor(testApp, `198.51.100.${visitors.size + 10}`);
      await visitor.signIn(email, password);
      visitors.set(role, visitor);
    }
    visitors.set('visitor', new Visitor(testApp, '198.51.100.99'));
    const timings: Timing[] = [];
    for (const probe of PROBES.filter((candidate) => !ONLY || candidate.tags?.includes(ONLY))) {
      const visitor = visitors.get(probe.role)!;
      const url = probe.url(ids);
      let status = 0;
      for (let i = 0; i < WARM_UPS; i += 1) status = (await visitor.get(url)).statusCode;
      const samples: number[] = [];
      for (let i = 0; i < REQUESTS; i += 1) {
        const began = performance.now();
        status = (await visitor.get(url)).statusCode;
        samples.push(performance.now() - began);
      }
      samples.sort((a, b) => a - b);
      timings.push({
        label: probe.label,
        status,
        medianMs: percentile(samples, 0.5),
        p95Ms: percentile(samples, 0.95),
      });
    }
    return timings;
  } finally {
    await app.close();
  }
}

type Backend = { name: string; open: (size: Size) => Promise<Database>; stop: () => void };

async function postgresBackend(): Promise<Backend | null> {
  const given = process.env.BENCH_DATABASE_URL;
  try {
    const cluster = given ? null : await startThrowawayCluster();
    const serverUrl = given ?? cluster!.url('postgres');
    return {
      name: 'PostgreSQL',
      open: async (size) =>
        openPostgres(await createFreshDatabase(serverUrl, `kinfold_bench_${size}_${Date.now()}`)),
      stop: () => cluster?.stop(),
    };
  } catch (error) {
    console.log(`PostgreSQL is not available, measuring embedded only: ${String(error)}`);
    return null;
  }
}

function formatMs(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms.toFixed(1);
}

/** The Markdown table of one backend: both sizes side by side and how much slower large is. */
function renderTable(small: Timing[], large: Timing[]): string {
  const lines = [
    '| Page | Small median | Small p95 | Large median | Large p95 | Large / small (median) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [index, big] of large.entries()) {
    const little = small[index]!;
    const status = (timing: Timing) => (timing.status === 200 ? '' : ` (${timing.status})`);
    lines.push(
      `| ${big.label} | ${formatMs(little.medianMs)}${status(little)} | ${formatMs(little.p95Ms)} | ` +
        `${formatMs(big.medianMs)}${status(big)} | ${formatMs(big.p95Ms)} | ` +
        `${(big.medianMs / little.medianMs).toFixed(1)}× |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (ONLY !== null && !PROBES.some((probe) => probe.tags?.includes(ONLY))) {
    throw new Error(`No page is tagged "${ONLY}"; try --only partnership`);
  }
  const backends: Backend[] = [
    { name: 'Embedded (PGlite)', open: () => openEmbedded(null), stop: () => {} },
  ];
  const postgres = await postgresBackend();
  if (postgres) backends.push(postgres);
  // The demo's life story photos are stored as files: in a folder of this run's own.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinfold-bench-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const sections: string[] = [
    `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores ` +
      `(${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, ${REQUESTS} requests per page ` +
      `after ${WARM_UPS} warm-ups. Times in milliseconds. ` +
      `Command: \`${['npx tsx bench/pages/run.ts', ...ARGS].join(' ')}\`.`,
  ];
  try {
    for (const backend of backends) {
      const results: Partial<Record<Size, Timing[]>> = {};
      const counts: string[] = [];
      for (const size of ['small', 'large'] as const) {
        const database = await backend.open(size);
        try {
          const began = performance.now();
          const password = await fillAgency(database, size, config);
          const rows = {
            ...(await countRows(database)),
            ...(await countPartnershipRows(database)),
          };
          console.log(
            `${backend.name}, ${size}: filled in ${Math.round(performance.now() - began)} ms`,
            rows,
          );
          counts.push(
            `${size}: ${Object.entries(rows)
              .map(([table, n]) => `${n} ${table}`)
              .join(', ')}`,
          );
          results[size] = await measurePages(database, password, config);
          console.table(results[size]);
        } finally {
          await database.close();
        }
      }
      sections.push(
        `### ${backend.name}\n\n${counts.map((line) => `- ${line}`).join('\n')}\n\n` +
          renderTable(results.small!, results.large!),
      );
    }
  } finally {
    for (const backend of backends) backend.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  writeResults(sections.join('\n\n'), ONLY ? `results:${ONLY}` : 'results');
}

/** Replaces what lies between the named markers in RESULTS.md, keeping the rest as written. */
function writeResults(body: string, marker: string): void {
  const start = `<!-- ${marker}:start -->`;
  const end = `<!-- ${marker}:end -->`;
  let current = fs.existsSync(RESULTS_FILE)
    ? fs.readFileSync(RESULTS_FILE, 'utf8')
    : '# Page speed\n';
  if (!current.includes(start)) current += `\n${start}\n${end}\n`;
  const before = current.slice(0, current.indexOf(start) + start.length);
  const after = current.slice(current.indexOf(end));
  fs.writeFileSync(RESULTS_FILE, `${before}\n${body}\n${after}`);
  console.log(body);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
