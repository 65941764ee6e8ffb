import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  actorFor,
  addCarer,
  buildArea,
  buildChild,
  buildHousehold,
  buildUser,
  ctxFor,
  linkBirthParent,
  placeChild,
} from '../../../test/support/factories.ts';
import { recordAudit } from '../access/audit.ts';
import { verifyAuditChain } from '../access/verify-audit.ts';
import { loadSecrets } from '../http/secrets.ts';
import {
  BackupError,
  listTablesInDependencyOrder,
  orderByDependency,
  writeBackup,
} from './backup.ts';
import { openEmbedded, type Database, type Db } from './connect.ts';
import { migrate } from './migrate.ts';
import { openBackup, restoreBackup } from './restore.ts';
import { selectRows, toCount } from './rows.ts';

type TestDatabase = Database & { drop: () => Promise<void> };
let source: TestDatabase;
let target: TestDatabase;
let folder: string;

beforeAll(async () => {
  [source, target] = await Promise.all([openTestDatabase(), openTestDatabase()]);
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kinfold-backup-'));
});
afterAll(async () => {
  await Promise.all([source?.drop(), target?.drop()]);
  fs.rmSync(folder, { recursive: true, force: true });
});

/** An agency with a little of everything: people, a home, a child placed there, an audit trail. */
async function seedAgency(db: Db): Promise<void> {
  const manager = await buildUser(db, { role: 'registered_manager', name: 'Mira Manager' });
  const worker = await buildUser(db, { role: 'supervising_social_worker' });
  const carer = await buildUser(db, { role: 'foster_carer', name: 'Asha Carer' });
  const mother = await buildUser(db, { role: 'birth_parent' });
  const area = await buildArea(db, 'North');
  const household = await buildHousehold(db, { areaId: area, supervisingWorkerId: worker.id });
  await addCarer(db, household, carer);
  const leo = await buildChild(db, { firstName: 'Leo', preferredName: 'Lee' });
  await placeChild(db, leo, household);
  await linkBirthParent(db, leo, mother);
  await loadSecrets(db);
  await db.execute(sql`UPDATE agency_settings SET name = 'Harbour Fostering', locale = 'en-US'`);
  // More rows than one batch holds, in a table keyed by a number and in one keyed by a uuid.
  await db.execute(
    sql`INSERT INTO sign_in_failures (account_key, ip)
        SELECT 'key-' || n, '203.0.113.1' FROM generate_series(1, 2500) n`,
  );
  await db.execute(
    sql`INSERT INTO mail_outbox (to_address, subject, text_body)
        SELECT 'carer' || n || '@example.org', 'Training reminder', 'See you on Tuesday'
        FROM generate_series(1, 1200) n`,
  );
  const ctx = ctxFor(db, await actorFor(db, manager));
  for (const recordId of [leo, household, leo]) {
    await recordAudit(ctx, { action: 'child.read', recordType: 'child', recordId });
  }
}

/** Every row of a table as JSON text, sorted, so two databases can be compared exactly. */
async function tableContents(db: Db, table: string): Promise<string[]> {
  const rows = await selectRows<{ line: string }>(
    db,
    sql`SELECT row_to_json(t)::text AS line FROM ${sql.identifier(table)} t ORDER BY 1`,
  );
  return rows.map((row) => row.line);
}

/** Rewrites a backup's first line, as someone editing the file by hand would. */
function withHeader(file: string, change: (header: Record<string, unknown>) => void): string {
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').split('\n');
  const header = JSON.parse(lines[0]!) as Record<string, unknown>;
  change(header);
  lines[0] = JSON.stringify(header);
  const altered = path.join(folder, `altered-${Math.random().toString(36).slice(2)}.gz`);
  fs.writeFileSync(altered, zlib.gzipSync(lines.join('\n')));
  return altered;
}

async function refusal(work: Promise<unknown>): Promise<string> {
  return work.then(
    () => 'allowed',
    (error: Error) => {
      expect(error).toBeInstanceOf(BackupError);
      return error.message;
    },
  );
}

describe('backing up and restoring', () => {
  let file: string;

  it('writes every table, referenced tables first, to a file only its owner can read', async () => {
    await seedAgency(source.db);
    file = path.join(folder, 'agency.kinfold.gz');
    const summary = await writeBackup(source, file, new Date('2025-03-01T09:00:00Z'));

    const tables = summary.tables.map((section) => section.table);
    expect(tables).toEqual(await listTablesInDependencyOrder(source.db));
    expect(tables).not.toContain('schema_migrations');
    expect(tables.indexOf('users')).toBeLessThan(tables.indexOf('households'));
    expect(tables.indexOf('households')).toBeLessThan(tables.indexOf('placements'));
    expect(tables.indexOf('children')).toBeLessThan(tables.indexOf('placements'));
    const rowsOf = (table: string) =>
      summary.tables.find((section) => section.table === table)?.rows;
    expect(rowsOf('users')).toBe(4);
    expect(rowsOf('sign_in_failures')).toBe(2500);
    expect(rowsOf('mail_outbox')).toBe(1200);
    expect(summary.header).toMatchObject({
      format: 'kinfold-backup',
      version: 1,
      schemaVersion: expect.stringMatching(/^\d{4}_/),
      createdAt: '2025-03-01T09:00:00.000Z',
    });
    expect(summary.bytes).toBe(fs.statSync(file).size);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(`${file}.tmp`)).toBe(false);
  });

  it('restores into a new database exactly, with an intact audit trail', async () => {
    const summary = await restoreBackup(target, await openBackup(file));

    for (const { table, rows } of summary.tables) {
      const restored = await tableContents(target.db, table);
      expect(restored, table).toHaveLength(rows);
      expect(restored, table).toEqual(await tableContents(source.db, table));
    }
    const [settings] = await selectRows<{ name: string }>(
      target.db,
      sql`SELECT name FROM agency_settings`,
    );
    expect(settings?.name).toBe('Harbour Fostering');
    const audit = await verifyAuditChain(target.db);
    expect(audit.firstBroken).toBeNull();
    expect(audit).toEqual(await verifyAuditChain(source.db));
  });

  it('lets new rows follow the restored ones (sequences moved past the restored ids)', async () => {
    await recordAudit(ctxFor(target.db, null), {
      action: 'child.read',
      recordType: 'child',
      recordId: 'after-restore',
    });
    await target.db.execute(
      sql`INSERT INTO sign_in_failures (account_key, ip) VALUES ('c', '203.0.113.3')`,
    );
    const audit = await verifyAuditChain(target.db);
    expect(audit.firstBroken).toBeNull();
    expect(audit.entriesChecked).toBe((await verifyAuditChain(source.db)).entriesChecked + 1);
    expect(await tableContents(target.db, 'sign_in_failures')).toHaveLength(2501);
  });

  it.runIf(inject('testDatabase').kind === 'postgres')(
    'moves a server database into the embedded one with the same file',
    async () => {
      const embedded = await openEmbedded(null);
      try {
        await migrate(embedded);
        const summary = await restoreBackup(embedded, await openBackup(file));
        for (const { table, rows } of summary.tables) {
          const [row] = await selectRows<{ total: unknown }>(
            embedded.db,
            sql`SELECT count(*) AS total FROM ${sql.identifier(table)}`,
          );
          expect(toCount(row?.total), table).toBe(rows);
        }
        // The chain's hashes cover every audited value, so equal heads mean an identical trail.
        expect(await verifyAuditChain(embedded.db)).toEqual(await verifyAuditChain(source.db));
        expect(await tableContents(embedded.db, 'children')).toEqual(
          await tableContents(source.db, 'children'),
        );
      } finally {
        await embedded.close();
      }
    },
  );

  it('refuses to restore into a database that already has accounts, and changes nothing', async () => {
    const before = await tableContents(target.db, 'users');
    const message = await refusal(restoreBackup(target, await openBackup(file)));
    expect(message).toMatch(/already has 4 account\(s\)/);
    expect(await tableContents(target.db, 'users')).toEqual(before);
  });

  it('refuses a backup of another schema version, saying which is which', async () => {
    const empty = await openTestDatabase();
    try {
      const older = withHeader(file, (header) => (header.schemaVersion = '0000_before'));
      const message = await refusal(restoreBackup(empty, await openBackup(older)));
      expect(message).toMatch(/backup was made at schema version 0000_before/);
      expect(message).toMatch(/this database is at \d{4}_[a-z0-9_]+/);
      const [row] = await selectRows<{ total: unknown }>(
        empty.db,
        sql`SELECT count(*) AS total FROM users`,
      );
      expect(Number(row?.total)).toBe(0);
    } finally {
      await empty.drop();
    }
  });

  it('explains a missing file, a file that is not a backup, and a damaged one', async () => {
    expect(await refusal(openBackup(path.join(folder, 'nowhere.gz')))).toMatch(/no file at/);

    const text = path.join(folder, 'notes.txt');
    fs.writeFileSync(text, 'shopping list\n');
    expect(await refusal(openBackup(text))).toMatch(/not a Kinfold backup \(it is not a gzip/);

    const otherGzip = path.join(folder, 'other.gz');
    fs.writeFileSync(otherGzip, zlib.gzipSync('{"hello":"world"}\n'));
    expect(await refusal(openBackup(otherGzip))).toMatch(/not a Kinfold backup/);

    const newer = withHeader(file, (header) => (header.version = 2));
    expect(await refusal(openBackup(newer))).toMatch(/format version 2/);

    // A copy cut short in transfer: its header still reads, its rows do not.
    const whole = fs.readFileSync(file);
    const truncated = path.join(folder, 'truncated.gz');
    fs.writeFileSync(truncated, whole.subarray(0, whole.length - 20));
    const backup = await openBackup(truncated);
    try {
      let error: unknown = null;
      try {
        while ((await backup.nextLine()) !== null);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(/is damaged/);
    } finally {
      backup.close();
    }
  });
});

describe('the order tables load in', () => {
  it('puts every table after the tables it refers to, whatever order they are listed in', () => {
    const references = [
      { referencing: 'placements', referenced: 'children' },
      { referencing: 'placements', referenced: 'households' },
      { referencing: 'households', referenced: 'users' },
      { referencing: 'children', referenced: 'users' },
      { referencing: 'users', referenced: 'users' },
    ];
    expect(
      orderByDependency(['placements', 'households', 'children', 'users'], references),
    ).toEqual(['users', 'children', 'households', 'placements']);
  });

  it('refuses tables that refer to each other in a circle', () => {
    expect(() =>
      orderByDependency(
        ['a', 'b'],
        [
          { referencing: 'a', referenced: 'b' },
          { referencing: 'b', referenced: 'a' },
        ],
      ),
    ).toThrow(/circle.*a, b/);
  });
});
