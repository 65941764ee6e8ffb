import type { Config } from '../config.ts';
import { CommandError } from './errors.ts';

/** Writes every record to a file. */
export async function backupCommand(config: Config, file: string | undefined): Promise<number> {
  void config;
  throw new CommandError(`backup ${file ?? ''}: not available yet`);
}

/** Loads a backup into an empty database. */
export async function restoreCommand(config: Config, file: string | undefined): Promise<number> {
  void config;
  throw new CommandError(`restore ${file ?? ''}: not available yet`);
}
