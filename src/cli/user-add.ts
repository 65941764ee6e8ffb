import readline from 'node:readline';
import { Writable } from 'node:stream';
import type { Config } from '../config.ts';
import { isRole, ROLES } from '../core/access/roles.ts';
import { openDatabase } from '../core/db/connect.ts';
import { migrate } from '../core/db/migrate.ts';
import { Conflict, Invalid } from '../core/errors.ts';
import { createUserFromCommandLine } from '../features/accounts/index.ts';
import { commandLineCtx } from './context.ts';
import { CommandError } from './errors.ts';

type Options = {
  role?: string;
  email?: string;
  name?: string;
  passwordStdin?: boolean;
  generate?: boolean;
};

/**
 * Adds an account. The password is asked for (hidden), read from standard input with
 * --password-stdin for scripts, or generated with --generate-password and printed once.
 */
export async function userAdd(config: Config, options: Options): Promise<number> {
  if (!options.role || !isRole(options.role)) {
    throw new CommandError(`--role must be one of: ${ROLES.join(', ')}`);
  }
  if (!options.email) throw new CommandError('--email is required');
  if (!options.name) throw new CommandError('--name is required');
  const password = options.passwordStdin
    ? await readAll(process.stdin)
    : options.generate || !process.stdin.isTTY
      ? undefined
      : await askPassword();

  const database = await openDatabase(config);
  try {
    await migrate(database);
    const created = await createUserFromCommandLine(commandLineCtx(database), {
      role: options.role,
      email: options.email,
      name: options.name,
      ...(password ? { password } : {}),
    });
    console.log(`Added ${options.name} <${options.email}> as ${options.role}.`);
    if (created.isPasswordGenerated) {
      console.log(`Their password is: ${created.password}`);
      console.log(
        'It is shown only this once. Ask them to change it after signing in (Your account).',
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof Invalid)
      throw new CommandError(
        Object.entries(error.fieldErrors)
          .map(([field, message]) => `${field}: ${message}`)
          .join('\n'),
      );
    if (error instanceof Conflict) throw new CommandError(error.message);
    throw error;
  } finally {
    await database.close();
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  const password = text.replace(/\r?\n$/, '');
  if (!password) throw new CommandError('--password-stdin was given but standard input was empty');
  return password;
}

async function askPassword(): Promise<string> {
  const first = await askHidden('Password (at least 12 characters): ');
  const second = await askHidden('The same password again: ');
  if (first !== second) throw new CommandError('The two passwords were not the same');
  return first;
}

function askHidden(question: string): Promise<string> {
  process.stdout.write(question);
  const silent = new Writable({ write: (_chunk, _encoding, done) => done() });
  const rl = readline.createInterface({ input: process.stdin, output: silent, terminal: true });
  return new Promise((resolve) => {
    rl.question('', (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}
