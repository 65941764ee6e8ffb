import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export type Finished = { code: number | null; stdout: string; stderr: string };

/** A running `kinfold` process, with what it has printed so far and a promise of its end. */
export type KinfoldProcess = {
  child: ChildProcess;
  output: () => { stdout: string; stderr: string };
  finished: Promise<Finished>;
};

/** Starts `node bin/kinfold.js ARGS` on the embedded database in dataDir, as an operator would. */
export function spawnKinfold(
  args: string[],
  options: { dataDir: string; input?: string; env?: Record<string, string> },
): KinfoldProcess {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kinfold.js'), ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: options.dataDir,
      // Empty means unset: these commands must use the embedded database in dataDir.
      DATABASE_URL: '',
      PUBLIC_URL: '',
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin!.end(options.input ?? '');
  const finished = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, output: () => ({ stdout, stderr }), finished };
}

/** Runs one command to its end. */
export function runKinfold(
  args: string[],
  options: { dataDir: string; input?: string },
): Promise<Finished> {
  return spawnKinfold(args, options).finished;
}

/** A TCP port nothing listens on right now. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
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

/** Waits until the process answers GET path with 200; fails at once if it exits first. */
export async function waitUntilServing(
  running: KinfoldProcess,
  url: string,
  timeoutMs = 45_000,
): Promise<void> {
  let exited: Finished | null = null;
  void running.finished.then((finished) => (exited = finished));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`kinfold exited before serving: ${JSON.stringify(exited)}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `kinfold did not serve ${url} within ${timeoutMs} ms: ${JSON.stringify(running.output())}`,
  );
}

/** Stops a process this test started, if it is still running (a failed test must not leave it behind). */
export function stopIfRunning(running: KinfoldProcess | null): void {
  if (running && running.child.exitCode === null && running.child.signalCode === null) {
    running.child.kill('SIGKILL');
  }
}
