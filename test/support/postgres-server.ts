import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/** Finds the directory of PostgreSQL's server programs (initdb, pg_ctl), installing Debian's package when missing and allowed. */
export function findPostgresBin(): string {
  const found = lookForBin();
  if (found) return found;
  if (process.getuid?.() === 0) {
    console.log(
      'PostgreSQL is not installed: installing it from Debian packages (apt-get install postgresql)…',
    );
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'postgresql'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = lookForBin();
    if (installed) return installed;
  }
  throw new Error(
    'PostgreSQL server programs were not found. Install them (apt-get install postgresql) or set TEST_DATABASE_URL.',
  );
}

function lookForBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(root, version, 'bin');
    if (fs.existsSync(path.join(bin, 'initdb')) && fs.existsSync(path.join(bin, 'pg_ctl')))
      return bin;
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export type ThrowawayCluster = { url: (database: string) => string; stop: () => void };

/**
 * Starts a throwaway PostgreSQL cluster on 127.0.0.1 and a free port, in a temporary folder that
 * is removed when it stops. As root, the server runs as the postgres user (it refuses to run as root).
 */
export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = findPostgresBin();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinfold-pg-'));
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  const run = (program: string, args: string[]) => {
    const command = path.join(bin, program);
    const result = isRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' })
      : spawnSync(command, args, { encoding: 'utf8' });
    if (result.status !== 0)
      throw new Error(`${program} failed: ${result.stderr || result.stdout}`);
  };
  if (isRoot) execFileSync('chown', ['postgres:postgres', dir]);
  run('initdb', ['-D', dataDir, '-U', 'kinfold', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    '-D',
    dataDir,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    'start',
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
  ]);
  return {
    url: (database) => `postgres://kinfold@127.0.0.1:${port}/${database}`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
