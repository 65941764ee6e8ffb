import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openEmbedded } from '../../src/core/db/connect.ts';
import { migrate } from '../../src/core/db/migrate.ts';

/** Migrates one embedded database and keeps its files, so each test file starts from a copy (about 1 s) instead of migrating. */
export default async function setup(project: TestProject): Promise<() => void> {
  const database = await openEmbedded(null);
  await migrate(database);
  const client = (
    database.db as unknown as { $client: { dumpDataDir: (c: 'none') => Promise<Blob> } }
  ).$client;
  const dump = await client.dumpDataDir('none');
  const file = path.resolve('.test-data', `embedded-template-${process.pid}.tar`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  project.provide('testDatabase', { kind: 'embedded', template: file });
  return () => fs.rmSync(file, { force: true });
}
