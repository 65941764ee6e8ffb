// Measures how long `kinfold start` takes to serve its first page: on an empty DATA_DIR (creating
// the embedded database, migrating and loading the demo agency: what a newcomer waits for after
// `npx kinfold start`), and when started again on that data. Writes RESULTS.md beside this file.
//
//   npx tsx bench/startup/measure.ts [runs]
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const START_LIMIT_MS = 300_000;

type Run = { firstStartMs: number; restartMs: number };

/** Starts Kinfold on dataDir and resolves with the milliseconds until GET /sign-in answers 200. */
async function timeUntilServing(dataDir: string): Promise<{ ms: number; child: ChildProcess }> {
  const port = await findFreePort();
  const began = performance.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin', 'kinfold.js'), 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PUBLIC_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  while (performance.now() - began < START_LIMIT_MS) {
    if (child.exitCode !== null) throw new Error(`kinfold exited early:\n${output}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/sign-in`);
      if (response.status === 200) return { ms: performance.now() - began, child };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGKILL');
  throw new Error(`kinfold did not serve /sign-in within ${START_LIMIT_MS} ms:\n${output}`);
}

/** Stops Kinfold the way a service manager does, and waits for it to finish. */
async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await exited;
}

function findFreePort(): Promise<number> {
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function describeMachine(): string[] {
  const cpus = os.cpus();
  const pglite = JSON.parse(
    fs.readFileSync(
      path.join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'),
      'utf8',
    ),
  ) as { version: string };
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    `- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `- System: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node.js ${process.version}, PGlite ${pglite.version}`,
    `- Load average when the measurement began: ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(', ')} (1, 5, 15 min)`,
  ];
}

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const machine = describeMachine();
  const results: Run[] = [];
  for (let index = 1; index <= runs; index += 1) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinfold-bench-'));
    try {
      const first = await timeUntilServing(dataDir);
      await stop(first.child);
      const again = await timeUntilServing(dataDir);
      await stop(again.child);
      results.push({ firstStartMs: first.ms, restartMs: again.ms });
      console.log(`run ${index}: empty ${seconds(first.ms)}, restart ${seconds(again.ms)}`);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  const firstStarts = results.map((run) => run.firstStartMs);
  const restarts = results.map((run) => run.restartMs);
  const report = [
    '# Start-up time',
    '',
    'Time from `node bin/kinfold.js start` until `GET /sign-in` answers 200, on the embedded',
    'database. Produced by `npx tsx bench/startup/measure.ts`.',
    '',
    `Measured ${new Date().toISOString()} on:`,
    '',
    ...machine,
    '',
    'A load average above the number of CPUs means other work shared the machine during the',
    'measurement; an idle machine starts faster.',
    '',
    `| Start | Median of ${runs} | Runs |`,
    '| --- | --- | --- |',
    `| Empty DATA_DIR (creates the database, migrates, loads the demo agency) | ${seconds(median(firstStarts))} | ${firstStarts.map(seconds).join(', ')} |`,
    `| Restart on existing data | ${seconds(median(restarts))} | ${restarts.map(seconds).join(', ')} |`,
    '',
  ].join('\n');
  fs.writeFileSync(path.join(HERE, 'RESULTS.md'), report);
  console.log(report);
}

await main();
