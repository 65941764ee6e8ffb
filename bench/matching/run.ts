// Measures how fast matching ranks every household for a referral in a very large agency (see
// generate.ts), on the embedded database and on PostgreSQL. Two calls are timed, one after another:
//   - the ranking: the candidates query and the rules and scores in TypeScript (rankReferral);
//   - the matches page's service call: the ranking, the households that cannot be matched
//     (counted by reason, the first 100 listed), the shortlist and offers, and the audit entry.
// Writes the tables into RESULTS.md between the results markers.
//
//   npx tsx bench/matching/run.ts [runs per referral, default 60]
//
// PostgreSQL: a throwaway cluster is started (as the page benchmark does), or, when
// BENCH_DATABASE_URL is set, a fresh database is created on that server.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { EMPTY_REACH } from '../../src/core/access/actor.ts';
import type { Ctx } from '../../src/core/context.ts';
import { openEmbedded, openPostgres, type Database } from '../../src/core/db/connect.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import { selectRows } from '../../src/core/db/rows.ts';
import { getAgencySettings } from '../../src/core/settings.ts';
import { todayIn } from '../../src/core/time/dates.ts';
import { showMatches } from '../../src/features/matching/matching-service.ts';
import { rankReferral } from '../../src/features/matching/rank-referral.ts';
import { findReferral, findWeights } from '../../src/features/matching/store.ts';
import { startThrowawayCluster } from '../../test/support/postgres-server.ts';
import { createFreshDatabase } from '../pages/generate.ts';
import {
  addBenchReferrals,
  countMatchingRows,
  fillMatchingAgency,
  MATCHING_SIZE,
} from './generate.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const RESULTS_FILE = path.join(HERE, 'RESULTS.md');
const WARM_UPS = 5;
const RUNS = Number(process.argv[2] ?? 60);
// The large agency, and one a tenth of its size (about the largest English agencies) to compare.
const SIZES = [MATCHING_SIZE.households, MATCHING_SIZE.households / 10];
// The whole page call does more work; fewer runs keep the benchmark to a few minutes.
const PAGE_RUNS = Math.max(10, Math.round(RUNS / 3));

type Timing = {
  label: string;
  candidates: number;
  eligible: number;
  rankMedian: number;
  rankP95: number;
  pageMedian: number;
  pageP95: number;
};

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

async function timeRuns(runs: number, call: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < WARM_UPS; i += 1) await call();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const began = performance.now();
    await call();
    samples.push(performance.now() - began);
  }
  return samples.sort((a, b) => a - b);
}

/** Times the ranking and the matches page's service call for every benchmark referral. */
async function measure(database: Database): Promise<Timing[]> {
  const referrals = await addBenchReferrals(database);
  const { timeZone } = await getAgencySettings(database.db);
  const now = new Date();
  const today = todayIn(timeZone, now);
  const ctx: Ctx = {
    actor: {
      userId: await managerId(database),
      role: 'registered_manager',
      name: 'Morgan Hale',
      email: 'manager@matching.example',
      reach: EMPTY_REACH,
    },
    db: database.db,
    now,
    request: { id: 'bench:matching', ip: 'bench' },
  };
  const timings: Timing[] = [];
  for (const { id, label } of referrals) {
    const referral = (await findReferral(database.db, id))!;
    const weights = await findWeights(database.db);
    const sample = await rankReferral(database.db, referral, weights, today);
    const rank = await timeRuns(RUNS, () => rankReferral(database.db, referral, weights, today));
    const page = await timeRuns(PAGE_RUNS, () => showMatches({ ...ctx, now: new Date() }, id));
    timings.push({
      label,
      candidates: sample.ranking.ranked.length + sample.ranking.refused.length,
      eligible: sample.ranking.ranked.length,
      rankMedian: percentile(rank, 0.5),
      rankP95: percentile(rank, 0.95),
      pageMedian: percentile(page, 0.5),
      pageP95: percentile(page, 0.95),
    });
    console.log(timings.at(-1));
  }
  return timings;
}

async function managerId(database: Database): Promise<string> {
  const [row] = await selectRows<{ id: string }>(
    database.db,
    sql`SELECT md5('mmanager')::uuid::text AS id`,
  );
  return row!.id;
}

type Backend = { name: string; open: () => Promise<Database>; stop: () => void };

async function postgresBackend(): Promise<Backend | null> {
  const given = process.env.BENCH_DATABASE_URL;
  try {
    const cluster = given ? null : await startThrowawayCluster();
    const serverUrl = given ?? cluster!.url('postgres');
    return {
      name: 'PostgreSQL',
      open: async () =>
        openPostgres(await createFreshDatabase(serverUrl, `kinfold_match_${Date.now()}`)),
      stop: () => cluster?.stop(),
    };
  } catch (error) {
    console.log(`PostgreSQL is not available, measuring embedded only: ${String(error)}`);
    return null;
  }
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

function renderTable(timings: Timing[]): string {
  const lines = [
    '| Referral | Candidates (eligible) | Ranking median | Ranking p95 | Page call median | Page call p95 |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const t of timings) {
    lines.push(
      `| ${t.label} | ${t.candidates} (${t.eligible}) | ${ms(t.rankMedian)} | ${ms(t.rankP95)} | ` +
        `${ms(t.pageMedian)} | ${ms(t.pageP95)} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const backends: Backend[] = [
    { name: 'Embedded (PGlite)', open: () => openEmbedded(null), stop: () => {} },
  ];
  const postgres = process.env.BENCH_EMBEDDED_ONLY ? null : await postgresBackend();
  if (postgres) backends.push(postgres);
  const sections: string[] = [
    `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${os.cpus().length} cores ` +
      `(${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; ${RUNS} rankings and ` +
      `${PAGE_RUNS} page calls per referral after ${WARM_UPS} warm-ups each. Times in milliseconds.`,
  ];
  try {
    for (const backend of backends) {
      for (const households of SIZES) {
        const database = await backend.open();
        try {
          const began = performance.now();
          await migrate(database);
          await fillMatchingAgency(database, households);
          const rows = await countMatchingRows(database);
          console.log(
            `${backend.name}: filled in ${Math.round(performance.now() - began)} ms`,
            rows,
          );
          const timings = await measure(database);
          const counts = Object.entries(rows)
            .map(([table, n]) => `${n} ${table}`)
            .join(', ');
          sections.push(
            `### ${backend.name}, ${households} households\n\n${counts}\n\n${renderTable(timings)}`,
          );
        } finally {
          await database.close();
        }
      }
    }
  } finally {
    for (const backend of backends) backend.stop();
  }
  writeResults(sections.join('\n\n'));
}

/** Replaces what lies between the results markers in RESULTS.md, keeping the rest as written. */
function writeResults(body: string): void {
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const current = fs.existsSync(RESULTS_FILE)
    ? fs.readFileSync(RESULTS_FILE, 'utf8')
    : `# Matching speed\n\n${start}\n${end}\n`;
  const before = current.slice(0, current.indexOf(start) + start.length);
  const after = current.slice(current.indexOf(end));
  fs.writeFileSync(RESULTS_FILE, `${before}\n${body}\n${after}`);
  console.log(body);
}

await main();
