import { sql } from 'drizzle-orm';
import type { Config } from '../config.ts';
import { openDatabase } from '../core/db/connect.ts';
import { migrate } from '../core/db/migrate.ts';
import { selectRows, toCount } from '../core/db/rows.ts';
import { fileStoreFor } from '../core/files/file-store.ts';
import { seedDemoAgency } from '../features/demo/index.ts';
import { commandLineCtx } from './context.ts';
import { CommandError } from './errors.ts';
import { printDemoSignIns } from './print-sign-ins.ts';

/** Applies migrations and stops. */
export async function migrateCommand(config: Config): Promise<number> {
  const database = await openDatabase(config);
  try {
    const applied = await migrate(database);
    console.log(
      applied.length > 0 ? `Applied: ${applied.join(', ')}` : 'The database is up to date.',
    );
    return 0;
  } finally {
    await database.close();
  }
}

/** Loads the demo agency, only into a database with no accounts yet. */
export async function seedDemoCommand(config: Config): Promise<number> {
  const database = await openDatabase(config);
  try {
    await migrate(database);
    const [row] = await selectRows<{ total: unknown }>(
      database.db,
      sql`SELECT count(*) AS total FROM users`,
    );
    if (toCount(row?.total) > 0) {
      throw new CommandError(
        'The database already has accounts: the demo agency is only loaded into an empty database.',
      );
    }
    printDemoSignIns(await seedDemoAgency(commandLineCtx(database), fileStoreFor(config)));
    return 0;
  } finally {
    await database.close();
  }
}
