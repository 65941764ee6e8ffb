// Where the matching benchmark's time goes: for each benchmark referral on PostgreSQL, the time of
// the candidates query alone against the whole ranking, and EXPLAIN (ANALYZE, BUFFERS) of the
// query: the evidence behind "What changed" in RESULTS.md.
//
//   npx tsx bench/matching/profile.ts            (a throwaway PostgreSQL cluster)
//   BENCH_DATABASE_URL=postgres://... npx tsx bench/matching/profile.ts
import { sql } from 'drizzle-orm';
import { openPostgres } from '../../src/core/db/connect.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import { selectRows } from '../../src/core/db/rows.ts';
import {
  candidatesStatement,
  findCandidates,
} from '../../src/features/matching/candidate-store.ts';
import { candidateQueryFor } from '../../src/features/matching/cheap-rules-sql.ts';
import { rankReferral } from '../../src/features/matching/rank-referral.ts';
import { matchChildFrom, matchingDate } from '../../src/features/matching/referral-child.ts';
import { findReferral, findWeights } from '../../src/features/matching/store.ts';
import { startThrowawayCluster } from '../../test/support/postgres-server.ts';
import { createFreshDatabase } from '../pages/generate.ts';
import { addBenchReferrals, fillMatchingAgency } from './generate.ts';

const RUNS = 20;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(call: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < RUNS + 3; i += 1) {
    const began = performance.now();
    await call();
    if (i >= 3) samples.push(performance.now() - began);
  }
  return median(samples);
}

async function main(): Promise<void> {
  const given = process.env.BENCH_DATABASE_URL;
  const cluster = given ? null : await startThrowawayCluster();
  const database = await openPostgres(
    await createFreshDatabase(given ?? cluster!.url('postgres'), `kinfold_match_${Date.now()}`),
  );
  try {
    await migrate(database);
    await fillMatchingAgency(database);
    const today = new Date().toISOString().slice(0, 10);
    for (const { id, label } of await addBenchReferrals(database)) {
      const referral = (await findReferral(database.db, id))!;
      const weights = await findWeights(database.db);
      const child = matchChildFrom(referral, today);
      const query = candidateQueryFor(child, matchingDate(referral.neededBy, today));
      const sqlMs = await timed(() => findCandidates(database.db, query));
      const allMs = await timed(() => rankReferral(database.db, referral, weights, today));
      console.log(
        `\n## ${label}: candidates query ${sqlMs.toFixed(1)} ms, whole ranking ${allMs.toFixed(1)} ms`,
      );
      const plan = await selectRows<Record<string, string>>(
        database.db,
        sql`EXPLAIN (ANALYZE, BUFFERS) ${candidatesStatement(query)}`,
      );
      console.log(plan.map((row) => row['QUERY PLAN']).join('\n'));
    }
  } finally {
    await database.close();
    cluster?.stop();
  }
}

await main();
