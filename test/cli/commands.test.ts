import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROLES } from '../../src/core/access/roles.ts';
import { openEmbedded } from '../../src/core/db/connect.ts';
import { selectRows } from '../../src/core/db/rows.ts';
import { sql } from 'drizzle-orm';
import { runKinfold } from './kinfold-process.ts';

// Each command opens the embedded database (a few seconds), so the story is told with few runs.
// It does not depend on the database server, so it runs in the embedded project only.
const PASSWORD = 'purple otters juggle seven lemons';

describe.skipIf(inject('testDatabase').kind === 'postgres')(
  'the kinfold command',
  { timeout: 90_000 },
  () => {
    let folder: string;
    let agencyDir: string;
    let file: string;
    beforeAll(() => {
      folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kinfold-cli-'));
      agencyDir = path.join(folder, 'agency');
      file = path.join(folder, 'agency-backup.gz');
    });
    afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

    it('migrates an empty folder into a new database', async () => {
      const migrated = await runKinfold(['migrate'], { dataDir: agencyDir });
      expect(migrated).toMatchObject({ code: 0, stderr: '' });
      expect(migrated.stdout).toMatch(/Applied: 0001_foundation/);
    });

    it('adds the first administrator with a password read from standard input', async () => {
      const added = await runKinfold(
        [
          'user',
          'add',
          '--role',
          'administrator',
          '--email',
          'a@example.org',
          '--name',
          'Ada Admin',
          '--password-stdin',
        ],
        { dataDir: agencyDir, input: `${PASSWORD}\n` },
      );
      expect(added.stderr).toBe('');
      expect(added.code).toBe(0);
      expect(added.stdout).toContain('Added Ada Admin <a@example.org> as administrator.');
      expect(added.stdout).not.toContain(PASSWORD);
    });

    it('refuses the same email twice, and a role that does not exist, saying why', async () => {
      const again = await runKinfold(
        [
          'user',
          'add',
          '--role',
          'administrator',
          '--email',
          'A@example.org',
          '--name',
          'Ada',
          '--password-stdin',
        ],
        { dataDir: agencyDir, input: `${PASSWORD}\n` },
      );
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already exists/);

      const badRole = await runKinfold(
        ['user', 'add', '--role', 'wizard', '--email', 'w@example.org', '--name', 'Wiz'],
        { dataDir: agencyDir },
      );
      expect(badRole.code).toBe(1);
      for (const role of ROLES) expect(badRole.stderr).toContain(role);
    });

    it('generates a password when asked and shows it exactly once', async () => {
      const generated = await runKinfold(
        [
          'user',
          'add',
          '--role',
          'foster_carer',
          '--email',
          'asha@example.org',
          '--name',
          'Asha Carer',
          '--generate-password',
        ],
        { dataDir: agencyDir },
      );
      expect(generated.code).toBe(0);
      const password = /Their password is: (\S+)/.exec(generated.stdout)?.[1];
      expect(password?.length).toBeGreaterThanOrEqual(12);
      expect(generated.stdout.split(password!)).toHaveLength(2);
    });

    it('finds the audit trail intact', async () => {
      const verified = await runKinfold(['verify-audit'], { dataDir: agencyDir });
      expect(verified.code).toBe(0);
      expect(verified.stdout).toMatch(/intact: 2 entries checked/);
    });

    it('backs everything up to a file, and will not overwrite it unless forced', async () => {
      const backedUp = await runKinfold(['backup', file], { dataDir: agencyDir });
      expect(backedUp.stderr).toBe('');
      expect(backedUp.code).toBe(0);
      expect(backedUp.stdout).toMatch(/^\s+users\s+2$/m);
      expect(backedUp.stdout).toMatch(/^\s+audit_events\s+2$/m);
      expect(backedUp.stdout).toMatch(/\(\d+(\.\d)? (bytes|KiB)\)/);

      const notAgain = await runKinfold(['backup', file], { dataDir: agencyDir });
      expect(notAgain.code).toBe(1);
      expect(notAgain.stderr).toMatch(/already exists.*--force/);
    });

    it('restores the backup into a new folder, audit trail and all', async () => {
      const restored = await runKinfold(['restore', file], {
        dataDir: path.join(folder, 'new-server'),
      });
      expect(restored.stderr).toBe('');
      expect(restored.code).toBe(0);
      expect(restored.stdout).toMatch(/^\s+users\s+2$/m);
      expect(restored.stdout).toMatch(/The audit trail is intact: 2 entries checked/);

      const moved = await openEmbedded(path.join(folder, 'new-server', 'pglite'));
      const people = await selectRows<{ email: string }>(
        moved.db,
        sql`SELECT email FROM users ORDER BY email`,
      );
      await moved.close();
      expect(people.map((person) => person.email)).toEqual(['a@example.org', 'asha@example.org']);
    });

    it('names the audit entry someone altered behind its back', async () => {
      // Someone with the files opens the database directly and rewrites history.
      const direct = await openEmbedded(path.join(agencyDir, 'pglite'));
      const [first] = await selectRows<{ id: number }>(
        direct.db,
        sql`SELECT id FROM audit_events ORDER BY id LIMIT 1`,
      );
      await direct.execScript(`
        ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only;
        UPDATE audit_events SET record_id = 'someone-else' WHERE id = ${first!.id};
        ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only;`);
      await direct.close();

      const verified = await runKinfold(['verify-audit'], { dataDir: agencyDir });
      expect(verified.code).toBe(1);
      expect(verified.stderr).toContain(`The audit trail is broken at entry ${first!.id}`);
    });

    it('answers an unknown command with the usage', async () => {
      const unknown = await runKinfold(['frobnicate'], { dataDir: agencyDir });
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toContain('Unknown command "frobnicate"');
      expect(unknown.stderr).toContain('Usage: kinfold <command>');
    });
  },
);
