import { randomUUID } from 'node:crypto';
import type { Ctx } from '../core/context.ts';
import type { Database } from '../core/db/connect.ts';

/** The context for work done from the command line: no one is signed in; the audit trail says "command line". */
export function commandLineCtx(database: Database): Ctx {
  return {
    actor: null,
    db: database.db,
    now: new Date(),
    request: { id: `command-line:${randomUUID()}`, ip: 'command-line' },
  };
}
