import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openEmbedded, openPostgres, type Database } from '../../src/core/db/connect.ts';

declare module 'vitest' {
  interface ProvidedContext {
    testDatabase:
      | { kind: 'embedded'; template: string }
      | { kind: 'postgres'; adminUrl: string; template: string };
  }
}

/** A fresh, migrated database for one test file: embedded or PostgreSQL, as the test project says. */
export async function openTestDatabase(): Promise<Database & { drop: () => Promise<void> }> {
  const target = inject('testDatabase');
  if (target.kind === 'embedded') {
    const database = await openEmbedded(null, new Blob([fs.readFileSync(target.template)]));
    return { ...database, drop: database.close };
  }
  const name = `kinfold_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: target.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${target.template}`);
  await admin.end();
  const url = new URL(target.adminUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 5);
  return {
    ...database,
    drop: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: target.adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name}`);
      await cleanup.end();
    },
  };
}
