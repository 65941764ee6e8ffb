import { asc, gt } from 'drizzle-orm';
import type { Db } from '../db/connect.ts';
import { auditEvents } from '../db/tables.ts';
import { GENESIS_HASH, hashAuditEvent } from './audit.ts';

export type AuditVerification = {
  entriesChecked: number;
  /** The newest entry's hash: write it down somewhere else to detect removal of the newest entries later. */
  headHash: string;
  firstBroken: { id: number; reason: string } | null;
};

const BATCH = 2000;

/** Walks the whole trail in order and checks that each entry is sealed to the one before it. */
export async function verifyAuditChain(db: Db): Promise<AuditVerification> {
  let expectedPrev = GENESIS_HASH;
  let lastId = 0;
  let entriesChecked = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(asc(auditEvents.id))
      .limit(BATCH);
    for (const event of batch) {
      if (event.prevHash !== expectedPrev) {
        return broken(
          entriesChecked,
          expectedPrev,
          event.id,
          'it does not follow the entry before it (an entry was removed or reordered)',
        );
      }
      if (hashAuditEvent(event) !== event.hash) {
        return broken(
          entriesChecked,
          expectedPrev,
          event.id,
          'its content does not match its seal (it was edited)',
        );
      }
      expectedPrev = event.hash;
      entriesChecked += 1;
    }
    const last = batch.at(-1);
    if (!last) break;
    lastId = last.id;
  }
  return { entriesChecked, headHash: expectedPrev, firstBroken: null };
}

function broken(
  entriesChecked: number,
  headHash: string,
  id: number,
  reason: string,
): AuditVerification {
  return { entriesChecked, headHash, firstBroken: { id, reason } };
}
