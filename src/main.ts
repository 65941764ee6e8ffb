import { parseArgs } from 'node:util';
import { CommandError } from './cli/errors.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DatabaseInUseError } from './core/db/connect.ts';
import { MigrationError } from './core/db/migrate.ts';

const USAGE = `Usage: kinfold <command>

Commands:
  start [--no-demo]          start Kinfold (loads the demo agency into an empty embedded database unless --no-demo)
  migrate                    apply database migrations and stop
  seed-demo                  load the demo agency into an empty database
  user add --role ROLE --email EMAIL --name "NAME" [--password-stdin | --generate-password]
                             add an account (asks for a password unless told otherwise)
  verify-audit               check that the audit trail has not been altered
  backup FILE [--force]      write every record to FILE (--force replaces an existing FILE)
  restore FILE               load a backup into an empty database

Environment: PORT, HOST, DATA_DIR, DATABASE_URL, PUBLIC_URL, SMTP_URL, MAIL_FROM, LOG_LEVEL (see README.md).`;

/** Runs one command; returns the process exit code. Each command loads only the code it needs. */
export async function main(argv: string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'no-demo': { type: 'boolean' },
        role: { type: 'string' },
        email: { type: 'string' },
        name: { type: 'string' },
        'password-stdin': { type: 'boolean' },
        'generate-password': { type: 'boolean' },
        force: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      console.log(USAGE);
      return command || values.help ? 0 : 1;
    }
    const config = loadConfig();
    switch (command) {
      case 'start':
        return await (
          await import('./cli/start.ts')
        ).start(config, { isDemoWanted: !values['no-demo'] });
      case 'migrate':
        return await (await import('./cli/database-commands.ts')).migrateCommand(config);
      case 'seed-demo':
        return await (await import('./cli/database-commands.ts')).seedDemoCommand(config);
      case 'user':
        if (rest[0] !== 'add')
          throw new CommandError(
            'Did you mean: kinfold user add --role ROLE --email EMAIL --name "NAME"?',
          );
        return await (
          await import('./cli/user-add.ts')
        ).userAdd(config, {
          role: values.role,
          email: values.email,
          name: values.name,
          passwordStdin: values['password-stdin'],
          generate: values['generate-password'],
        });
      case 'verify-audit':
        return await (await import('./cli/verify-audit.ts')).verifyAudit(config);
      case 'backup':
        return await (
          await import('./cli/backup-commands.ts')
        ).backupCommand(config, rest[0], { isForced: values.force });
      case 'restore':
        return await (await import('./cli/backup-commands.ts')).restoreCommand(config, rest[0]);
      default:
        throw new CommandError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } catch (error) {
    if (
      error instanceof CommandError ||
      error instanceof ConfigError ||
      error instanceof MigrationError ||
      error instanceof DatabaseInUseError
    ) {
      console.error(error.message);
      return 1;
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`${error.message}\n\n${USAGE}`);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'ECONNREFUSED') {
      console.error(
        'Could not connect to the database server named by DATABASE_URL: is it running?',
      );
      return 1;
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    return 1;
  }
}
