import { sql } from 'drizzle-orm';
import { buildApp } from '../app.ts';
import type { Config } from '../config.ts';
import { openDatabase, type Database } from '../core/db/connect.ts';
import { migrate } from '../core/db/migrate.ts';
import { selectRows, toCount } from '../core/db/rows.ts';
import { loadSecrets } from '../core/http/secrets.ts';
import { createLogger } from '../core/logger.ts';
import { startHousekeeping } from '../core/jobs/housekeeping.ts';
import { startMailDelivery } from '../core/mail/delivery.ts';
import { fileStoreFor } from '../core/files/file-store.ts';
import { seedDemoAgency } from '../features/demo/index.ts';
import { commandLineCtx } from './context.ts';
import { printDemoSignIns } from './print-sign-ins.ts';

/**
 * Starts Kinfold: opens the database, applies migrations, loads the demo agency into an empty
 * embedded database (never into a server database, never with --no-demo), then serves.
 */
export async function start(config: Config, options: { isDemoWanted: boolean }): Promise<number> {
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config);
  console.log(`Database: ${database.describe}`);
  const applied = await migrate(database);
  if (applied.length > 0)
    console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}`);

  if (options.isDemoWanted && database.kind === 'embedded' && (await isEmpty(database))) {
    console.log('The database is empty: loading the demo agency…');
    const signIns = await seedDemoAgency(commandLineCtx(database), fileStoreFor(config));
    printDemoSignIns(signIns);
  } else if (await isEmpty(database)) {
    console.log('No accounts yet. Create the first administrator with:');
    console.log(
      '  npx kinfold user add --role administrator --email you@example.org --name "Your Name"',
    );
  }

  const secrets = await loadSecrets(database.db);
  const app = await buildApp({ config, database, secrets, logger });
  const mail = startMailDelivery({
    config,
    database,
    logger,
    printToConsole: database.kind === 'embedded' && options.isDemoWanted,
  });
  const stopHousekeeping = startHousekeeping(database, logger);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  // With PORT=0 the system picks the port, so the address is only known now.
  console.log(
    `Kinfold is running at ${config.port === 0 ? `http://localhost:${port}` : config.publicUrl}`,
  );

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      console.log(`${signal} received: finishing requests in progress, then stopping.`);
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  mail.stop();
  stopHousekeeping();
  await app.close();
  await database.close();
  console.log('Kinfold has stopped.');
  return 0;
}

async function isEmpty(database: Database): Promise<boolean> {
  const [row] = await selectRows<{ total: unknown }>(
    database.db,
    sql`SELECT count(*) AS total FROM users`,
  );
  return toCount(row?.total) === 0;
}
