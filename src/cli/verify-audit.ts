import type { Config } from '../config.ts';
import { verifyAuditChain } from '../core/access/verify-audit.ts';
import { openDatabase } from '../core/db/connect.ts';

/** Checks the audit trail's chain; exits 1 naming the first broken entry. */
export async function verifyAudit(config: Config): Promise<number> {
  const database = await openDatabase(config);
  try {
    const result = await verifyAuditChain(database.db);
    if (result.firstBroken) {
      console.error(
        `The audit trail is broken at entry ${result.firstBroken.id}: ${result.firstBroken.reason}.`,
      );
      console.error(`${result.entriesChecked} entries before it are intact.`);
      return 1;
    }
    console.log(`The audit trail is intact: ${result.entriesChecked} entries checked.`);
    console.log(`Newest entry's hash: ${result.headHash}`);
    console.log(
      'Keep this hash somewhere else: if later entries are ever removed, it will no longer be found.',
    );
    return 0;
  } finally {
    await database.close();
  }
}
