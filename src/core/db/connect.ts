import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';

/** The query interface every store uses; a transaction has the same shape. */
export type Db = PgDatabase<PgQueryResultHKT>;

/** An open database: the embedded PGlite or a PostgreSQL server, behind one interface. */
export type Database = {
  db: Db;
  kind: 'embedded' | 'postgres';
  /** Runs a script of several SQL statements in one transaction (migrations, restores). */
  execScript: (sqlText: string) => Promise<void>;
  /** Closes the connection (and releases the embedded database for other processes). */
  close: () => Promise<void>;
  /** A human description for start-up messages, without credentials. */
  describe: string;
};

const DATE_OID = 1082;
// Civil dates (birthdays, term dates) stay 'YYYY-MM-DD' strings: turning them into a JavaScript
// Date would attach a time zone and shift them by a day for part of the world.
pg.types.setTypeParser(DATE_OID, (value: string) => value);

/** Opens the embedded database stored in a folder (created when missing), or in memory when dir is null. */
export async function openEmbedded(dir: string | null, loadFrom?: Blob): Promise<Database> {
  if (dir) fs.mkdirSync(path.dirname(dir), { recursive: true });
  const unlock = dir ? lockDataDir(dir) : () => {};
  const client = await PGlite.create({
    ...(dir ? { dataDir: dir } : {}),
    ...(loadFrom ? { loadDataDir: loadFrom } : {}),
    parsers: { [DATE_OID]: (value: string) => value },
  });
  const db = drizzlePglite({ client }) as unknown as Db;
  return {
    db,
    kind: 'embedded',
    execScript: async (sqlText) => {
      await client.transaction(async (tx) => {
        await tx.exec(sqlText);
      });
    },
    close: async () => {
      if (!client.closed) await client.close();
      unlock();
    },
    describe: dir ? `embedded PostgreSQL in ${dir}` : 'embedded PostgreSQL in memory',
  };
}

/** Another process has the embedded database open; two at once would damage it. */
export class DatabaseInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `The embedded database in ${dir} is in use by another Kinfold process (pid ${pid}). Stop it first, then try again.`,
    );
  }
}

/**
 * Marks the embedded database as open by this process. PGlite has no locking of its own, and two
 * processes writing the same files would damage them. A lock left by a process that died is taken over.
 */
function lockDataDir(dir: string): () => void {
  const lockFile = `${dir}.lock`;
  const mine = String(process.pid);
  try {
    fs.writeFileSync(lockFile, mine, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
    if (holder && holder !== process.pid && isProcessAlive(holder))
      throw new DatabaseInUseError(dir, holder);
    fs.writeFileSync(lockFile, mine);
  }
  return () => {
    if (fs.existsSync(lockFile) && fs.readFileSync(lockFile, 'utf8') === mine) fs.rmSync(lockFile);
  };
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Connects to a PostgreSQL server through a small pool. */
export async function openPostgres(url: string, poolSize = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Fail early with a clear message rather than on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg({ client: pool }) as unknown as Db;
  const where = new URL(url);
  return {
    db,
    kind: 'postgres',
    execScript: async (sqlText) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(sqlText);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: async () => {
      await pool.end();
    },
    describe: `PostgreSQL at ${where.hostname}:${where.port || 5432}${where.pathname}`,
  };
}

/** Opens the database the configuration names: PostgreSQL when a URL is given, else embedded. */
export async function openDatabase(options: {
  databaseUrl: string | undefined;
  dataDir: string;
}): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : openEmbedded(path.join(options.dataDir, 'pglite'));
}
