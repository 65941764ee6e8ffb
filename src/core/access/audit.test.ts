import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/database.ts';
import { actorFor, buildUser, ctxFor } from '../../../test/support/factories.ts';
import type { Database } from '../db/connect.ts';
import { auditEvents } from '../db/tables.ts';
import { recordAudit } from './audit.ts';
import { verifyAuditChain } from './verify-audit.ts';

let database: Database & { drop: () => Promise<void> };
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe('the audit trail', () => {
  it('chains entries so that verification passes, then names the first entry edited behind its back', async () => {
    const manager = await buildUser(database.db, { role: 'registered_manager' });
    const ctx = ctxFor(database.db, await actorFor(database.db, manager));
    for (const recordId of ['a', 'b', 'c']) {
      await recordAudit(ctx, { action: 'child.read', recordType: 'child', recordId });
    }
    const intact = await verifyAuditChain(database.db);
    expect(intact.firstBroken).toBeNull();
    expect(intact.entriesChecked).toBeGreaterThanOrEqual(3);

    const [second] = await database.db
      .select()
      .from(auditEvents)
      .where(sql`${auditEvents.recordId} = 'b'`);
    // Someone with the database owner's rights switches the guard off to hide a read.
    await database.execScript(`
      ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
      UPDATE audit_events SET record_id = 'z' WHERE id = ${second!.id};
      ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`);
    const tampered = await verifyAuditChain(database.db);
    expect(tampered.firstBroken).toEqual({
      id: second!.id,
      reason: expect.stringContaining('edited'),
    });
  });

  it('refuses to update or delete entries', async () => {
    // The database's own message comes through as the cause of the query builder's error.
    const refusal = (query: Promise<unknown>) =>
      query.then(
        () => 'allowed',
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(await refusal(database.db.execute(sql`UPDATE audit_events SET action = 'x'`))).toMatch(
      /append-only: UPDATE/,
    );
    expect(await refusal(database.db.execute(sql`DELETE FROM audit_events`))).toMatch(
      /append-only: DELETE/,
    );
    expect(await refusal(database.db.execute(sql`TRUNCATE audit_events`))).toMatch(
      /append-only: TRUNCATE/,
    );
  });

  it('rolls an entry back with the change it describes', async () => {
    const before = (await verifyAuditChain(database.db)).entriesChecked;
    const ctx = ctxFor(database.db, null);
    await expect(
      database.db.transaction(async (tx) => {
        await recordAudit(
          { ...ctx, db: tx as never },
          { action: 'child.read', recordType: 'child', recordId: 'rolled-back' },
        );
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect((await verifyAuditChain(database.db)).entriesChecked).toBe(before);
  });
});
