import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { verifyAuditChain } from '../core/access/verify-audit.ts';
import { BackupError, writeBackup, type TableSection } from '../core/db/backup.ts';
import { openDatabase, type Database } from '../core/db/connect.ts';
import { migrate } from '../core/db/migrate.ts';
import { openBackup, restoreBackup } from '../core/db/restore.ts';
import { CommandError } from './errors.ts';

/**
 * Writes every record to FILE: gzip'd JSON lines that load into the embedded database or a
 * PostgreSQL server alike, so a backup is also how an agency moves from one to the other.
 */
export async function backupCommand(
  config: Config,
  file: string | undefined,
  options: { isForced?: boolean } = {},
): Promise<number> {
  if (!file) throw new CommandError('Name the file to write: kinfold backup FILE');
  const target = path.resolve(file);
  if (fs.existsSync(target) && !options.isForced) {
    throw new CommandError(
      `${target} already exists. Choose another name, or add --force to replace it.`,
    );
  }
  if (!fs.existsSync(path.dirname(target))) {
    throw new CommandError(`The folder ${path.dirname(target)} does not exist.`);
  }
  // Opening the embedded database creates it: a mistyped DATA_DIR must not leave an empty one behind.
  if (!config.databaseUrl && !fs.existsSync(path.join(config.dataDir, 'pglite'))) {
    throw new CommandError(
      `There is no Kinfold database in ${config.dataDir} (DATA_DIR) to back up.`,
    );
  }
  const database = await openDatabase(config);
  try {
    const summary = await writeBackup(database, target);
    console.log(
      `Backed up ${describeRows(summary.tables)} to ${target} (${formatSize(summary.bytes)}):`,
    );
    printTables(summary.tables);
    console.log(
      'The file holds personal details, password hashes and two-factor secrets: keep it as safe as the database itself.',
    );
    return 0;
  } catch (error) {
    if (error instanceof BackupError) throw new CommandError(error.message);
    throw error;
  } finally {
    await database.close();
  }
}

/**
 * Loads a backup into a database with no accounts (migrating it first), in one transaction, then
 * checks the restored audit trail.
 */
export async function restoreCommand(config: Config, file: string | undefined): Promise<number> {
  if (!file) throw new CommandError('Name the backup to load: kinfold restore FILE');
  // The file is checked before the database is opened, so a wrong name fails at once.
  const backup = await explainBackupErrors(() => openBackup(path.resolve(file)));
  let database: Database | null = null;
  try {
    database = await openDatabase(config);
    await migrate(database);
    const opened = database;
    const summary = await explainBackupErrors(() => restoreBackup(opened, backup));
    console.log(
      `Restored ${describeRows(summary.tables)} from the backup made ${summary.header.createdAt} into ${database.describe}:`,
    );
    printTables(summary.tables);
    return await reportAuditChain(database);
  } finally {
    backup.close();
    await database?.close();
  }
}

async function reportAuditChain(database: Database): Promise<number> {
  const audit = await verifyAuditChain(database.db);
  if (audit.firstBroken) {
    console.error(
      `Everything was restored, but the audit trail in the backup is broken at entry ${audit.firstBroken.id}: ${audit.firstBroken.reason}.`,
    );
    return 1;
  }
  console.log(`The audit trail is intact: ${audit.entriesChecked} entries checked.`);
  console.log(`Newest entry's hash: ${audit.headHash}`);
  return 0;
}

async function explainBackupErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError)
      throw new CommandError(`${error.message}\nNothing was restored.`);
    throw error;
  }
}

function describeRows(tables: TableSection[]): string {
  const total = tables.reduce((sum, section) => sum + section.rows, 0);
  return `${total} ${total === 1 ? 'row' : 'rows'} in ${tables.length} tables`;
}

function printTables(tables: TableSection[]): void {
  const width = Math.max(...tables.map((section) => section.table.length));
  for (const section of tables) {
    console.log(`  ${section.table.padEnd(width)}  ${String(section.rows).padStart(8)}`);
  }
}

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
