import fs from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database, Db } from './connect.ts';
import { currentSchemaVersion } from './migrate.ts';
import { selectRows, toCount } from './rows.ts';

// A backup is gzip'd JSON lines: a header, then for each table a section line naming it and
// counting its rows, then one line per row as PostgreSQL's row_to_json wrote it. Rows are never
// parsed in JavaScript, so numbers and timestamps keep their exact value, and the same file loads
// into the embedded database or a PostgreSQL server.

export const BACKUP_FORMAT = 'kinfold-backup';
export const BACKUP_VERSION = 1;

/** The first line of a backup file. */
export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** The newest migration applied to the database the backup was made from. */
  schemaVersion: string;
  createdAt: string;
  /** Every table, in the order its rows follow (referenced tables first). */
  tables: string[];
};

/** The line that opens a table's rows: its name and how many row lines follow. */
export type TableSection = { table: string; rows: number };

export type BackupSummary = { header: BackupHeader; tables: TableSection[]; bytes: number };

/** Rows read or inserted per query: large enough to be quick, small enough to keep memory flat. */
export const BATCH_ROWS = 1000;

/** A backup that cannot be written or restored; the message says why in words an operator can act on. */
export class BackupError extends Error {}

/** Kinfold's tables, each placed after every table it references, so rows can be inserted in this order. */
export async function listTablesInDependencyOrder(db: Db): Promise<string[]> {
  const tables = await selectRows<{ name: string }>(
    db,
    sql`SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
          AND table_name <> 'schema_migrations'`,
  );
  const references = await selectRows<{ referencing: string; referenced: string }>(
    db,
    sql`SELECT DISTINCT source.relname AS referencing, target.relname AS referenced
        FROM pg_constraint c
        JOIN pg_class source ON source.oid = c.conrelid
        JOIN pg_class target ON target.oid = c.confrelid
        JOIN pg_namespace n ON n.oid = source.relnamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'`,
  );
  return orderByDependency(
    tables.map((table) => table.name),
    references,
  );
}

/** Orders tables so that each comes after the tables it references (alphabetical among equals). */
export function orderByDependency(
  tables: string[],
  references: Array<{ referencing: string; referenced: string }>,
): string[] {
  const needs = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { referencing, referenced } of references) {
    // A table referring to itself is inserted in one statement; it does not change the order.
    if (referencing !== referenced && needs.has(referenced))
      needs.get(referencing)?.add(referenced);
  }
  const ordered: string[] = [];
  while (needs.size > 0) {
    const ready = [...needs]
      .filter(([, referenced]) => [...referenced].every((table) => !needs.has(table)))
      .map(([table]) => table)
      .sort();
    if (ready.length === 0) {
      throw new BackupError(
        `These tables refer to each other in a circle, so there is no order to load them in: ${[...needs.keys()].sort().join(', ')}`,
      );
    }
    for (const table of ready) {
      ordered.push(table);
      needs.delete(table);
    }
  }
  return ordered;
}

/**
 * Writes every table to a backup file. The rows are read in one repeatable-read transaction, so
 * the file is a consistent picture even while Kinfold is in use; it is written to FILE.tmp and
 * renamed only when complete, so a failed backup never leaves a half-written FILE.
 */
export async function writeBackup(
  database: Database,
  file: string,
  now = new Date(),
): Promise<BackupSummary> {
  const schemaVersion = await readSchemaVersion(database);
  const temporary = `${file}.tmp`;
  try {
    const written = await database.db.transaction(
      async (tx) => {
        const db = tx as unknown as Db;
        const tables: TableSection[] = [];
        for (const table of await listTablesInDependencyOrder(db)) {
          const [row] = await selectRows<{ total: unknown }>(
            db,
            sql`SELECT count(*) AS total FROM ${sql.identifier(table)}`,
          );
          tables.push({ table, rows: toCount(row?.total) });
        }
        const header: BackupHeader = {
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          schemaVersion,
          createdAt: now.toISOString(),
          tables: tables.map((section) => section.table),
        };
        await pipeline(
          Readable.from(backupLines(db, header, tables)),
          zlib.createGzip(),
          // The file holds personal data and password hashes: only its owner may read it.
          fs.createWriteStream(temporary, { mode: 0o600, flush: true }),
        );
        return { header, tables };
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
    fs.renameSync(temporary, file);
    return { ...written, bytes: fs.statSync(file).size };
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}

async function readSchemaVersion(database: Database): Promise<string> {
  const [row] = await selectRows<{ found: string | null }>(
    database.db,
    sql`SELECT to_regclass('public.schema_migrations')::text AS found`,
  );
  const version = row?.found ? await currentSchemaVersion(database) : null;
  if (!version)
    throw new BackupError('This database has no Kinfold tables yet: nothing to back up.');
  return version;
}

async function* backupLines(
  db: Db,
  header: BackupHeader,
  tables: TableSection[],
): AsyncGenerator<string> {
  yield `${JSON.stringify(header)}\n`;
  for (const section of tables) {
    yield `${JSON.stringify(section)}\n`;
    let written = 0;
    for await (const batch of readRowBatches(db, section.table)) {
      written += batch.length;
      yield `${batch.join('\n')}\n`;
    }
    // Cannot happen inside the snapshot; checked so a mistake here can never write a file that
    // restores silently wrong.
    if (written !== section.rows) {
      throw new Error(`${section.table}: counted ${section.rows} rows but read ${written}`);
    }
  }
}

/** A table's rows as JSON text, in batches ordered by primary key (keyset paging, not OFFSET). */
async function* readRowBatches(db: Db, table: string): AsyncGenerator<string[]> {
  const from = sql`${sql.identifier(table)} backup_row`;
  const key = await selectRows<{ name: string; type: string }>(
    db,
    sql`SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
        WHERE i.indisprimary AND n.nspname = 'public' AND c.relname = ${table}
        ORDER BY array_position(i.indkey::int2[], a.attnum)`,
  );
  if (key.length === 0) {
    // Every Kinfold table has a primary key; a table without one is still backed up, in one read.
    const rows = await selectRows<{ line: string }>(
      db,
      sql`SELECT row_to_json(backup_row)::text AS line FROM ${from}`,
    );
    if (rows.length > 0) yield rows.map((row) => row.line);
    return;
  }
  const columns = sql.join(
    key.map((column) => sql`backup_row.${sql.identifier(column.name)}`),
    sql`, `,
  );
  const keyTexts = sql.join(
    key.map(
      (column, index) =>
        sql`backup_row.${sql.identifier(column.name)}::text AS ${sql.identifier(`key_${index}`)}`,
    ),
    sql`, `,
  );
  let after: string[] | null = null;
  for (;;) {
    const where: ReturnType<typeof sql> = after
      ? sql`WHERE (${columns}) > (${sql.join(
          after.map((value, index) => sql`${value}::${sql.raw(key[index]!.type)}`),
          sql`, `,
        )})`
      : sql``;
    const rows = await selectRows<Record<string, string>>(
      db,
      sql`SELECT row_to_json(backup_row)::text AS line, ${keyTexts} FROM ${from}
          ${where} ORDER BY ${columns} LIMIT ${BATCH_ROWS}`,
    );
    if (rows.length > 0) yield rows.map((row) => row.line!);
    const last = rows.at(-1);
    if (!last || rows.length < BATCH_ROWS) return;
    after = key.map((_, index) => last[`key_${index}`]!);
  }
}
