import fs from 'node:fs';
import { type Readable, pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BATCH_ROWS,
  BackupError,
  listTablesInDependencyOrder,
  type BackupHeader,
  type TableSection,
} from './backup.ts';
import type { Database, Db } from './connect.ts';
import { currentSchemaVersion } from './migrate.ts';
import { selectRows, toCount } from './rows.ts';

/** An open backup file whose header has been checked; its lines are read one at a time. */
export type BackupReader = {
  file: string;
  header: BackupHeader;
  nextLine: () => Promise<string | null>;
  close: () => void;
};

export type RestoreSummary = { header: BackupHeader; tables: TableSection[] };

// A batch's rows travel as one JSON parameter; this keeps each under a few megabytes.
const BATCH_BYTES = 4 * 1024 * 1024;

const ZHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  schemaVersion: z.string().min(1),
  createdAt: z.string(),
  tables: z.array(z.string().min(1)),
});
const ZSection = z.object({ table: z.string(), rows: z.number().int().min(0) });

/** Opens a backup and checks its header; throws BackupError for a missing, foreign or damaged file. */
export async function openBackup(file: string): Promise<BackupReader> {
  assertGzipFile(file);
  const gunzip = pipeline(fs.createReadStream(file), zlib.createGunzip(), () => {
    // An error here also destroys the gunzip stream, so the line reader below reports it.
  });
  const lines = readLines(gunzip);
  const reader: BackupReader = {
    file,
    header: undefined as unknown as BackupHeader,
    nextLine: async () => {
      try {
        const next = await lines.next();
        return next.done ? null : next.value;
      } catch (error) {
        throw new BackupError(
          `${file} is damaged (${error instanceof Error ? error.message : String(error)}): it cannot be restored. Use another copy.`,
        );
      }
    },
    close: () => gunzip.destroy(),
  };
  try {
    reader.header = parseHeader(file, await reader.nextLine());
  } catch (error) {
    reader.close();
    throw error;
  }
  return reader;
}

/**
 * Loads a backup into a migrated database with no accounts, all in one transaction: checks the
 * schema version, clears what migrations and start-up put there (the agency's default settings),
 * inserts every table in the backup's order, then moves sequences past the restored ids.
 */
export async function restoreBackup(
  database: Database,
  backup: BackupReader,
): Promise<RestoreSummary> {
  const current = await currentSchemaVersion(database);
  if (backup.header.schemaVersion !== current) {
    throw new BackupError(schemaMismatch(backup.header.schemaVersion, current));
  }
  const tables = await database.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    await assertNoAccounts(db);
    const here = await listTablesInDependencyOrder(db);
    assertSameTables(backup.header.tables, here);
    for (const table of [...here].reverse()) {
      await db.execute(sql`DELETE FROM ${sql.identifier(table)}`);
    }
    const restored: TableSection[] = [];
    for (const table of backup.header.tables) restored.push(await restoreTable(db, backup, table));
    if ((await backup.nextLine()) !== null) {
      throw new BackupError(`${backup.file} has more lines after its last table: it was altered.`);
    }
    for (const table of here) await resetSequences(db, table);
    return restored;
  });
  return { header: backup.header, tables };
}

function assertGzipFile(file: string): void {
  let magic: Buffer;
  try {
    const descriptor = fs.openSync(file, 'r');
    magic = Buffer.alloc(2);
    fs.readSync(descriptor, magic, 0, 2, 0);
    fs.closeSync(descriptor);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new BackupError(`There is no file at ${file}.`);
    if (code === 'EISDIR') throw new BackupError(`${file} is a folder, not a backup file.`);
    throw new BackupError(`${file} cannot be read: ${(error as Error).message}`);
  }
  if (magic[0] !== 0x1f || magic[1] !== 0x8b) {
    throw new BackupError(`${file} is not a Kinfold backup (it is not a gzip file).`);
  }
}

function parseHeader(file: string, line: string | null): BackupHeader {
  let json: unknown;
  try {
    json = JSON.parse(line ?? '');
  } catch {
    json = null;
  }
  const parsed = ZHeader.safeParse(json);
  if (!parsed.success) {
    throw new BackupError(`${file} is not a Kinfold backup (it does not start with one's header).`);
  }
  if (parsed.data.version !== BACKUP_VERSION) {
    throw new BackupError(
      `${file} is a Kinfold backup in format version ${parsed.data.version}; this release of Kinfold reads version ${BACKUP_VERSION}.`,
    );
  }
  return { ...parsed.data, format: BACKUP_FORMAT, version: BACKUP_VERSION };
}

async function* readLines(stream: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of stream) {
    const parts = (rest + decoder.write(chunk as Buffer)).split('\n');
    rest = parts.pop() ?? '';
    yield* parts;
  }
  rest += decoder.end();
  if (rest.length > 0) yield rest;
}

function schemaMismatch(backupVersion: string, databaseVersion: string | null): string {
  const both = `The backup was made at schema version ${backupVersion}; this database is at ${databaseVersion ?? 'none (it is not migrated)'}.`;
  return databaseVersion && backupVersion < databaseVersion
    ? `${both} Restore it with the Kinfold release that made it, then upgrade that database to this release.`
    : `${both} The backup comes from a newer Kinfold release: restore it with that release or a later one.`;
}

async function assertNoAccounts(db: Db): Promise<void> {
  const [row] = await selectRows<{ accounts: unknown; entries: unknown }>(
    db,
    sql`SELECT (SELECT count(*) FROM users) AS accounts, (SELECT count(*) FROM audit_events) AS entries`,
  );
  const accounts = toCount(row?.accounts);
  if (accounts > 0) {
    throw new BackupError(
      `This database already has ${accounts} account(s). A backup is only restored into a database with no accounts, so nothing is overwritten: use a new DATA_DIR (or an empty PostgreSQL database in DATABASE_URL).`,
    );
  }
  // The audit trail is append-only, so entries already here could be neither removed nor merged.
  const entries = toCount(row?.entries);
  if (entries > 0) {
    throw new BackupError(
      `This database has no accounts but already has ${entries} audit trail entries, which cannot be removed: use a new DATA_DIR (or an empty PostgreSQL database in DATABASE_URL).`,
    );
  }
}

function assertSameTables(inBackup: string[], here: string[]): void {
  const missingHere = inBackup.filter((table) => !here.includes(table));
  const missingInBackup = here.filter((table) => !inBackup.includes(table));
  if (missingHere.length > 0 || missingInBackup.length > 0) {
    throw new BackupError(
      `The backup's tables do not match this database's (only in the backup: ${missingHere.join(', ') || 'none'}; only here: ${missingInBackup.join(', ') || 'none'}).`,
    );
  }
}

async function restoreTable(db: Db, backup: BackupReader, table: string): Promise<TableSection> {
  const section = parseSection(backup, await backup.nextLine(), table);
  let batch: string[] = [];
  let bytes = 0;
  const insertBatch = async () => {
    if (batch.length === 0) return;
    const rows = `[${batch.join(',')}]`;
    batch = [];
    bytes = 0;
    try {
      // OVERRIDING SYSTEM VALUE keeps the backup's ids in identity columns too.
      await db.execute(
        sql`INSERT INTO ${sql.identifier(table)} OVERRIDING SYSTEM VALUE
            SELECT * FROM json_populate_recordset(null::${sql.identifier(table)}, ${rows}::json)`,
      );
    } catch (error) {
      const reason = (error as { cause?: Error }).cause?.message ?? (error as Error).message;
      throw new BackupError(`The rows of ${table} could not be loaded (${reason}).`);
    }
  };
  for (let index = 0; index < section.rows; index += 1) {
    const line = await backup.nextLine();
    if (line === null) {
      throw new BackupError(`${backup.file} ends in the middle of ${table}: it is incomplete.`);
    }
    batch.push(line);
    bytes += line.length;
    if (batch.length >= BATCH_ROWS || bytes >= BATCH_BYTES) await insertBatch();
  }
  await insertBatch();
  return section;
}

function parseSection(backup: BackupReader, line: string | null, table: string): TableSection {
  let json: unknown;
  try {
    json = JSON.parse(line ?? '');
  } catch {
    json = null;
  }
  const parsed = ZSection.safeParse(json);
  if (!parsed.success || parsed.data.table !== table) {
    throw new BackupError(
      `${backup.file} does not have ${table}'s rows where its header says: it is damaged or was altered.`,
    );
  }
  return parsed.data;
}

/** Moves each serial or identity column's sequence past the largest restored value. */
async function resetSequences(db: Db, table: string): Promise<void> {
  const serials = await selectRows<{ column_name: string; sequence_name: string }>(
    db,
    sql`SELECT column_name, sequence_name FROM (
          SELECT column_name::text,
                 pg_get_serial_sequence(format('public.%I', table_name), column_name) AS sequence_name
          FROM information_schema.columns
          WHERE table_schema = 'public' AND table_name = ${table}) found
        WHERE sequence_name IS NOT NULL`,
  );
  for (const serial of serials) {
    const column = sql.identifier(serial.column_name);
    await db.execute(
      sql`SELECT setval(${serial.sequence_name}::regclass,
            COALESCE((SELECT max(${column}) FROM ${sql.identifier(table)}), 0) + 1, false)`,
    );
  }
}
