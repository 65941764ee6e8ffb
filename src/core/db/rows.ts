import type { SQL } from 'drizzle-orm';
import type { Db } from './connect.ts';

/** Runs a raw SQL query and returns its rows (PGlite and node-postgres both answer with `rows`). */
export async function selectRows<Row extends Record<string, unknown>>(
  db: Db,
  query: SQL,
): Promise<Row[]> {
  const result = (await db.execute(query)) as unknown as { rows: Row[] };
  return result.rows;
}

/** Counts come back as numbers from PGlite and as strings from node-postgres; this is the one place that evens them out. */
export function toCount(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string') return Number.parseInt(value, 10);
  return 0;
}
