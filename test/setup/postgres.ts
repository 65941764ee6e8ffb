import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openPostgres } from '../../src/core/db/connect.ts';
import { migrate } from '../../src/core/db/migrate.ts';
import { startThrowawayCluster } from '../support/postgres-server.ts';

const TEMPLATE = 'kinfold_template';

/**
 * Runs the suite on a real PostgreSQL server: TEST_DATABASE_URL's server when given (its user must
 * be able to create databases), else a throwaway cluster started here. Each test file gets its own
 * database copied from a migrated template.
 */
export default async function setup(project: TestProject) {
  const cluster = process.env.TEST_DATABASE_URL ? null : await startThrowawayCluster();
  const adminUrl = process.env.TEST_DATABASE_URL ?? cluster!.url('postgres');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
  await admin.query(`CREATE DATABASE ${TEMPLATE}`);
  await admin.end();
  const templateUrl = withDatabase(adminUrl, TEMPLATE);
  const database = await openPostgres(templateUrl, 1);
  await migrate(database);
  await database.close();
  project.provide('testDatabase', { kind: 'postgres', adminUrl, template: TEMPLATE });
  return () => cluster?.stop();
}

/** The same server address with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
