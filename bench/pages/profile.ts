// Shows which SQL statements a page spends its time in, on the large agency in a throwaway
// PostgreSQL cluster, and prints EXPLAIN (ANALYZE, BUFFERS) for the slowest of them: the evidence
// behind the Findings in RESULTS.md.
//
//   npx tsx bench/pages/profile.ts [/path ...]     (default: the pages slower than 100 ms at large size)
import pg from 'pg';
import pino from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { openPostgres } from '../../src/core/db/connect.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import { loadSecrets } from '../../src/core/http/secrets.ts';
import { startThrowawayCluster } from '../../test/support/postgres-server.ts';
import { Visitor, type TestApp } from '../../test/support/app.ts';
import { BENCH_PASSWORD, createFreshDatabase, fillLargeAgency } from './generate.ts';

type Statement = { text: string; values: unknown[]; ms: number };

const PAGES: Array<{ url: string; email: string }> = [
  { url: '/home', email: 'manager@large.example' },
  { url: '/home', email: 'officer1@large.example' },
  { url: '/audit', email: 'manager@large.example' },
  { url: '/audit?outcome=refused', email: 'manager@large.example' },
  { url: '/recruitment', email: 'officer1@large.example' },
  { url: '/recruitment?view=table', email: 'officer1@large.example' },
  { url: '/recruitment/dashboard', email: 'officer1@large.example' },
];
const TOP_STATEMENTS = 3;

// Indexes the Findings suggest, tried on the throwaway database after the pages are profiled, with
// the statements they are for: EXPLAIN before and after is the evidence.
const CANDIDATES: Array<{ index: string; statements: string[] }> = [
  {
    index: `CREATE INDEX audit_events_refused ON audit_events (id) WHERE outcome = 'refused'`,
    statements: [
      `SELECT count(*) FROM audit_events WHERE outcome = 'refused'`,
      `SELECT a.id, a.at, u.name FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id
         WHERE a.outcome = 'refused' ORDER BY a.id DESC LIMIT 50 OFFSET 950`,
    ],
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
    const pages = process.argv.length > 2 ? process.argv.slice(2) : null;
    const explainer = new pg.Client({ connectionString: cluster.url('kinfold_profile') });
    await explainer.connect();
    for (const page of PAGES.filter((p) => !pages || pages.includes(p.url))) {
      const visitor = new Visitor(testApp);
      await visitor.signIn(page.email, BENCH_PASSWORD);
      await visitor.get(page.url);
      recorded.length = 0;
      isRecording = true;
      const began = performance.now();
      const response = await visitor.get(page.url);
      const totalMs = performance.now() - began;
      isRecording = false;
      const sqlMs = recorded.reduce((sum, s) => sum + s.ms, 0);
      console.log(
        `\n## ${page.url} as ${page.email}: ${response.statusCode}, ${totalMs.toFixed(0)} ms in all, ` +
          `${sqlMs.toFixed(0)} ms in ${recorded.length} statements, ${response.body.length} bytes of HTML`,
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
    for (const candidate of CANDIDATES) {
      console.log(`\n## Candidate: ${candidate.index}`);
      for (const statement of candidate.statements)
        console.log(`\n### Before\n${statement}\n\n${await explain(explainer, statement)}`);
      await explainer.query(candidate.index);
      await explainer.query('ANALYZE audit_events');
      for (const statement of candidate.statements)
        console.log(`\n### After\n${statement}\n\n${await explain(explainer, statement)}`);
    }
    await explainer.end();
    await app.close();
  } finally {
    await database.close();
    cluster.stop();
  }
}

await main();
