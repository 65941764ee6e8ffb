// Shows which SQL statements a page spends its time in, on the large agency in a throwaway
// PostgreSQL cluster, and prints EXPLAIN (ANALYZE, BUFFERS) for the slowest of them; then times each
// part of the staff home pages on its own, and tries the changes the Findings suggest: the evidence
// behind the Findings in RESULTS.md.
//
//   npx tsx bench/pages/profile.ts ['/home (registered manager)' ...]
//
// Pages are named by their label in run.ts (the same sign-ins and sample records); without any,
// the pages that were slowest at the large size.
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { loadReach, type Actor } from '../../src/core/access/actor.ts';
import type { Role } from '../../src/core/access/roles.ts';
import type { Ctx } from '../../src/core/context.ts';
import { openPostgres, type Database } from '../../src/core/db/connect.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import { loadSecrets } from '../../src/core/http/secrets.ts';
import { unacknowledgedReportsFor } from '../../src/features/daily-records/index.ts';
import { summariseCommittedAdults } from '../../src/features/family-finding/index.ts';
import { summarisePermanencyDrift } from '../../src/features/permanency/index.ts';
import { placementTasksFor } from '../../src/features/placements/index.ts';
import { summariseUnansweredQuestions } from '../../src/features/voice/index.ts';
import { startThrowawayCluster } from '../../test/support/postgres-server.ts';
import { Visitor, type TestApp } from '../../test/support/app.ts';
import { BENCH_PASSWORD, createFreshDatabase, fillLargeAgency } from './generate.ts';
import { PROBES, pickSamples, type Samples } from './run.ts';

type Statement = { text: string; values: unknown[]; ms: number };

const DEFAULT_PAGES = [
  '/home (registered manager)',
  '/home (supervising social worker)',
  '/children/:id/people',
  '/children/:id/life-story/book.pdf',
];
const TOP_STATEMENTS = 3;

// The parts of the staff home pages that grow with the agency, each timed on its own.
const HOME_PARTS: Record<string, (ctx: Ctx) => Promise<unknown>> = {
  'placement plans due (placementTasksFor)': placementTasksFor,
  'reports to read (unacknowledgedReportsFor)': unacknowledgedReportsFor,
  'committed adults (summariseCommittedAdults)': summariseCommittedAdults,
  'permanency drift (summarisePermanencyDrift)': summarisePermanencyDrift,
  'unanswered questions (summariseUnansweredQuestions)': summariseUnansweredQuestions,
};

// Changes the Findings suggest, tried on the throwaway database after the pages are profiled: the
// statement as the feature runs it and as it would run after the change, under EXPLAIN. `$SCOPE`
// becomes the signed-in worker's scope of children (as scope.ts writes it), then the manager's.
const COMMITTED_ADULTS = `
  SELECT c.id, c.first_name, c.last_name, coalesce(committed.adults, 0) AS committed
    FROM children c
    CROSS JOIN (SELECT committed_adults_target FROM agency_settings WHERE id = 1) settings
    $JOIN
   WHERE $SCOPE AND c.date_of_birth <= current_date - interval '15 years'
     AND EXISTS (SELECT 1 FROM placements now_placed
                  WHERE now_placed.child_id = c.id AND now_placed.ended_on IS NULL)
     AND coalesce(committed.adults, 0) < settings.committed_adults_target
   ORDER BY committed, c.last_name, c.first_name, c.id`;
const IS_COMMITTED = `p.status = 'confirmed' AND p.contact_status <> 'not_safe'
     AND NOT p.has_no_contact_order AND (p.left_on IS NULL OR p.left_on > current_date)
     AND pact.agreed_on <= current_date AND (pact.ended_on IS NULL OR pact.ended_on > current_date)`;
const CANDIDATES: Array<{ change: string; before: string; after: string }> = [
  {
    change: 'committed adults counted for the children in scope only (LATERAL), not the agency',
    before: COMMITTED_ADULTS.replace(
      '$JOIN',
      `LEFT JOIN (SELECT p.child_id, count(*) AS adults FROM child_important_people p
         JOIN permanency_pacts pact ON pact.connection_id = p.id
        WHERE ${IS_COMMITTED} GROUP BY p.child_id) committed ON committed.child_id = c.id`,
    ),
    after: COMMITTED_ADULTS.replace(
      '$JOIN',
      `CROSS JOIN LATERAL (SELECT count(*) AS adults FROM child_important_people p
         JOIN permanency_pacts pact ON pact.connection_id = p.id
        WHERE p.child_id = c.id AND ${IS_COMMITTED}) committed`,
    ),
  },
];

async function explain(client: pg.Client, statement: string): Promise<string> {
  const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement}`);
  return plan.rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
}

// Every statement the pool runs goes through Client.query; timing it there sees them all.
const recorded: Statement[] = [];
let isRecording = false;
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function timedQuery(this: pg.Client, ...args: unknown[]) {
  const result = originalQuery.apply(this, args);
  const [first, second] = args as [string | { text: string; values?: unknown[] }, unknown[]?];
  if (!isRecording || !(result instanceof Promise)) return result;
  const began = performance.now();
  const text = typeof first === 'string' ? first : first.text;
  const values = (typeof first === 'string' ? second : (first.values ?? second)) ?? [];
  return result.then((value: unknown) => {
    recorded.push({ text, values, ms: performance.now() - began });
    return value;
  });
} as typeof pg.Client.prototype.query;

/** Inlines $1..$n so the statement can be run under EXPLAIN on its own. */
function inlineValues(statement: Statement): string {
  return statement.text.replace(/\$(\d+)/g, (_match, index: string) => {
    const value = statement.values[Number(index) - 1];
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    const text = value instanceof Date ? value.toISOString() : String(value);
    return `'${text.replaceAll("'", "''")}'`;
  });
}

/** Requests one page twice as its probe's role and explains the slowest statements of the second. */
async function profilePage(
  testApp: TestApp,
  explainer: pg.Client,
  samples: Samples,
  label: string,
): Promise<void> {
  const probe = PROBES.find((candidate) => candidate.label === label);
  if (!probe) throw new Error(`run.ts has no page labelled ${label}`);
  const visitor = new Visitor(testApp);
  if (probe.role !== 'visitor') await visitor.signIn(samples.emails[probe.role], BENCH_PASSWORD);
  const url = probe.url(samples.ids);
  await visitor.get(url);
  recorded.length = 0;
  isRecording = true;
  const began = performance.now();
  const response = await visitor.get(url);
  const totalMs = performance.now() - began;
  isRecording = false;
  const sqlMs = recorded.reduce((sum, s) => sum + s.ms, 0);
  console.log(
    `\n## ${label}: ${url}, ${response.statusCode}, ${totalMs.toFixed(0)} ms in all, ` +
      `${sqlMs.toFixed(0)} ms in ${recorded.length} statements, ${response.rawPayload.length} bytes`,
  );
  const slowest = [...recorded].sort((a, b) => b.ms - a.ms).slice(0, TOP_STATEMENTS);
  for (const statement of slowest) {
    if (!/^\s*select/i.test(statement.text)) {
      console.log(`\n### ${statement.ms.toFixed(1)} ms: ${statement.text.slice(0, 200)}`);
      continue;
    }
    console.log(`\n### ${statement.ms.toFixed(1)} ms\n${inlineValues(statement)}\n`);
    console.log(await explain(explainer, inlineValues(statement)));
  }
}

/** Times each growing part of a staff home page on its own, as the signed-in person. */
async function timeHomeParts(database: Database, explainer: pg.Client, email: string) {
  const { rows } = await explainer.query<{ id: string; role: Role; name: string }>(
    'SELECT id, role, name FROM users WHERE email = $1',
    [email],
  );
  const user = rows[0]!;
  const actor: Actor = {
    userId: user.id,
    role: user.role,
    name: user.name,
    email,
    reach: await loadReach(database.db, user.id, user.role),
  };
  const ctx: Ctx = {
    actor,
    db: database.db,
    now: new Date(),
    request: { id: 'profile', ip: 'bench' },
  };
  console.log(`\n## Parts of /home as ${email} (second of two calls)\n`);
  for (const [part, gather] of Object.entries(HOME_PARTS)) {
    await gather(ctx);
    recorded.length = 0;
    isRecording = true;
    const began = performance.now();
    await gather(ctx);
    const totalMs = performance.now() - began;
    isRecording = false;
    const sqlMs = recorded.reduce((sum, s) => sum + s.ms, 0);
    console.log(`- ${part}: ${totalMs.toFixed(0)} ms, of which ${sqlMs.toFixed(0)} ms in SQL`);
  }
}

async function main(): Promise<void> {
  const cluster = await startThrowawayCluster();
  const database = await openPostgres(
    await createFreshDatabase(cluster.url('postgres'), 'kinfold_profile'),
  );
  try {
    await migrate(database);
    await fillLargeAgency(database);
    const config = loadConfig({ DATA_DIR: '.bench-data', LOG_LEVEL: 'silent' });
    const secrets = await loadSecrets(database.db);
    const app = await buildApp({ config, database, secrets, logger: pino({ level: 'silent' }) });
    await app.ready();
    const testApp: TestApp = { app, config, secrets, close: () => app.close() };
    const samples = await pickSamples(database);
    const explainer = new pg.Client({ connectionString: cluster.url('kinfold_profile') });
    await explainer.connect();
    const labels = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_PAGES;
    for (const label of labels) await profilePage(testApp, explainer, samples, label);
    for (const email of [samples.emails.manager, samples.emails.worker]) {
      await timeHomeParts(database, explainer, email);
    }
    const { rows } = await explainer.query<{ id: string }>(
      'SELECT id FROM users WHERE email = $1',
      [samples.emails.worker],
    );
    const scopes = {
      [samples.emails.worker]: `c.id IN (SELECT p.child_id FROM placements p
        WHERE p.ended_on IS NULL AND p.household_id IN
          (SELECT h.id FROM households h WHERE h.supervising_worker_id = '${rows[0]!.id}'))`,
      [samples.emails.manager]: 'true',
    };
    for (const candidate of CANDIDATES) {
      for (const [email, scope] of Object.entries(scopes)) {
        console.log(`\n## Candidate: ${candidate.change}, as ${email}`);
        for (const [when, statement] of [
          ['Before', candidate.before],
          ['After', candidate.after],
        ] as const) {
          const inScope = statement.replace('$SCOPE', scope);
          console.log(`\n### ${when}\n${inScope}\n\n${await explain(explainer, inScope)}`);
        }
      }
    }
    await explainer.end();
    await app.close();
  } finally {
    await database.close();
    cluster.stop();
  }
}

await main();
