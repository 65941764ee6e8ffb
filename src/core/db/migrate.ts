import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from './connect.ts';
import { selectRows } from './rows.ts';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any constant works; it only has to be the same for every Kinfold process sharing a server.
const MIGRATION_LOCK = 7_405_001;

export type Migration = { name: string; sql: string };

/** The migration files in the order they apply: NNNN_what.sql. */
export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => ({
      name: file.replace(/\.sql$/, ''),
      sql: fs.readFileSync(path.join(dir, file), 'utf8'),
    }));
}

/** Applies every migration not yet applied, each in its own transaction; returns the names applied. */
export async function migrate(
  database: Database,
  migrations = listMigrations(),
): Promise<string[]> {
  await database.execScript(`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    );`);
  const done = new Set(
    (await selectRows<{ name: string }>(database.db, sql`SELECT name FROM schema_migrations`)).map(
      (row) => row.name,
    ),
  );
  const applied: string[] = [];
  for (const migration of migrations.filter((m) => !done.has(m.name))) {
    // The lock makes two processes starting together against one server take turns.
    const script = `
      SELECT pg_advisory_xact_lock(${MIGRATION_LOCK});
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM schema_migrations WHERE name = '${migration.name}') THEN
          RAISE EXCEPTION 'kinfold:already-applied';
        END IF;
      END $$;
      ${migration.sql}
      ;
      INSERT INTO schema_migrations (name) VALUES ('${migration.name}');`;
    try {
      await database.execScript(script);
      applied.push(migration.name);
    } catch (error) {
      if (error instanceof Error && error.message.includes('kinfold:already-applied')) continue;
      throw new MigrationError(migration.name, error);
    }
  }
  return applied;
}

/** The name of the newest migration applied, or null for an empty database. */
export async function currentSchemaVersion(database: Database): Promise<string | null> {
  const rows = await selectRows<{ name: string }>(
    database.db,
    sql`SELECT name FROM schema_migrations ORDER BY name DESC LIMIT 1`,
  );
  return rows[0]?.name ?? null;
}

/** A migration that failed; start-up stops with its name and the database's reason. */
export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(
      `Migration ${migration} failed: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
  }
}
