import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/core/db/connect.ts';
import { loadSecrets } from '../../src/core/http/secrets.ts';
import { startTestApp, Visitor, type TestApp } from '../support/app.ts';
import { openTestDatabase } from '../support/database.ts';
import { buildUser } from '../support/factories.ts';
import {
  findFreePort,
  runKinfold,
  spawnKinfold,
  stopIfRunning,
  waitUntilServing,
  type KinfoldProcess,
} from '../cli/kinfold-process.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

type LogLine = Record<string, unknown>;

/** The whole application with its log kept for the test to read, and any extra routes added before it is ready. */
async function startLoggedApp(
  on: Database,
  addRoutes: (app: FastifyInstance) => void = () => {},
): Promise<{ testApp: TestApp; logLines: LogLine[] }> {
  const logLines: LogLine[] = [];
  const logger = pino(
    { level: 'warn' },
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        logLines.push(JSON.parse(chunk.toString('utf8')) as LogLine);
        done();
      },
    }),
  );
  const config = loadConfig({ DATA_DIR: '.test-data', LOG_LEVEL: 'warn' });
  const secrets = await loadSecrets(on.db);
  const app = await buildApp({ config, database: on, secrets, logger });
  addRoutes(app);
  await app.ready();
  return { testApp: { app, config, secrets, close: () => app.close() }, logLines };
}

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database);
});
afterAll(async () => {
  await testApp?.close();
  await database?.drop();
});

describe('health and readiness', () => {
  it('says the process is alive and the database answers', async () => {
    const health = await testApp.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await testApp.app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready' });
  });

  it('is not ready once its database has gone away, though still alive', async () => {
    const lost = await openTestDatabase();
    const { testApp: lostApp, logLines } = await startLoggedApp(lost);
    try {
      await lost.drop();
      const ready = await lostApp.app.inject({ method: 'GET', url: '/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ status: 'unavailable' });
      expect(logLines).toContainEqual(expect.objectContaining({ msg: 'database not reachable' }));
      const health = await lostApp.app.inject({ method: 'GET', url: '/health' });
      expect(health.statusCode).toBe(200);
    } finally {
      await lostApp.close();
    }
  });
});

describe('security headers', () => {
  it('forbid inline scripts and framing, keep referrers on the site, and skip HSTS over plain HTTP', async () => {
    const page = await testApp.app.inject({ method: 'GET', url: '/sign-in' });
    expect(page.statusCode).toBe(200);
    const policy = String(page.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(page.headers['referrer-policy']).toBe('same-origin');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['strict-transport-security']).toBeUndefined();
    expect(String(page.headers['set-cookie'])).not.toMatch(/Secure/);
  });

  it('send HSTS and secure cookies when Kinfold is reached over HTTPS', async () => {
    const tls = await startTestApp(database, {
      isTls: true,
      publicUrl: 'https://kinfold.example.org',
    });
    try {
      const page = await tls.app.inject({ method: 'GET', url: '/sign-in' });
      expect(page.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(String(page.headers['set-cookie'])).toMatch(/Secure/);
    } finally {
      await tls.close();
    }
  });
});

describe('pages that are not there', () => {
  it('answers an unknown address with a friendly page, signed out and signed in', async () => {
    const visitor = new Visitor(testApp);
    const signedOut = await visitor.get('/no-such-page');
    expect(signedOut.statusCode).toBe(404);
    expect(signedOut.headers['content-type']).toMatch(/^text\/html/);
    expect(signedOut.body).toMatch(/<h1[^>]*>\s*Page not found\s*<\/h1>/);
    expect(signedOut.body).toContain('href="/"');

    const manager = await buildUser(database.db, { role: 'registered_manager', name: 'Mira Hale' });
    await visitor.signIn(manager.email, manager.password);
    const signedIn = await visitor.get('/no-such-page');
    expect(signedIn.statusCode).toBe(404);
    expect(signedIn.body).toMatch(/<h1[^>]*>\s*Page not found\s*<\/h1>/);
    expect(signedIn.body).toContain('href="/home"');
    expect(signedIn.body).toContain('Mira Hale');
  });

  it('answers an unknown API address with problem+json', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ status: 404, title: 'Not found' });
  });
});

describe('something failing inside Kinfold', () => {
  const SECRET_DETAIL = 'the disk at /srv/kinfold/secret-folder is full';
  let failing: TestApp;
  let logLines: LogLine[];

  beforeAll(async () => {
    ({ testApp: failing, logLines } = await startLoggedApp(database, (app) => {
      const explode = async () => {
        throw new Error(SECRET_DETAIL);
      };
      app.get('/test/failing', { config: { public: true } }, explode);
      app.get('/api/test/failing', { config: { public: true } }, explode);
    }));
  });
  afterAll(async () => {
    await failing?.close();
  });

  /** The error logged for a request, found by the reference shown to the person. */
  const loggedFor = (reference: string) =>
    logLines.find((line) => line.reqId === reference && line.msg === 'unexpected error');

  it('shows a page with a reference the log can be searched for, and no details', async () => {
    const response = await failing.app.inject({ method: 'GET', url: '/test/failing' });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toMatch(/<h1[^>]*>\s*Sorry, something went wrong\s*<\/h1>/);
    const reference = UUID.exec(response.body)?.[0];
    expect(reference).toBeDefined();
    expect(response.body).not.toContain(SECRET_DETAIL);
    expect(response.body).not.toMatch(/\bat .*\.ts:\d+/);
    expect(loggedFor(reference!)).toMatchObject({ err: { message: SECRET_DETAIL } });
  });

  it('answers the API with problem+json carrying the reference, and no details', async () => {
    const response = await failing.app.inject({ method: 'GET', url: '/api/test/failing' });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json<{ status: number; reference: string }>();
    expect(problem).toMatchObject({ status: 500, reference: expect.stringMatching(UUID) });
    expect(response.body).not.toContain(SECRET_DETAIL);
    expect(loggedFor(problem.reference)).toMatchObject({ err: { message: SECRET_DETAIL } });
  });
});

// Starting the real command takes several seconds per start; it does not depend on the database
// server, so it runs in the embedded project only.
describe.skipIf(inject('testDatabase').kind === 'postgres')(
  'stopping and starting again',
  { timeout: 180_000 },
  () => {
    const PASSWORD = 'purple otters juggle seven lemons';
    let dataDir: string;
    let running: KinfoldProcess | null = null;
    beforeAll(() => {
      dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kinfold-restart-'));
    });
    afterAll(() => {
      stopIfRunning(running);
      fs.rmSync(dataDir, { recursive: true, force: true });
    });

    const start = async (port: number) => {
      running = spawnKinfold(['start', '--no-demo'], {
        dataDir,
        env: { PORT: String(port), HOST: '127.0.0.1' },
      });
      await waitUntilServing(running, `http://127.0.0.1:${port}/health`);
      return running;
    };

    const stop = async (kinfold: KinfoldProcess) => {
      kinfold.child.kill('SIGTERM');
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('kinfold did not stop within 15 s')), 15_000),
      );
      return Promise.race([kinfold.finished, timeout]);
    };

    it('finishes cleanly on SIGTERM and keeps every change when started again', async () => {
      const added = await runKinfold(
        [
          'user',
          'add',
          '--role',
          'registered_manager',
          '--email',
          'mira@example.org',
          '--name',
          'Mira Hale',
          '--password-stdin',
        ],
        { dataDir, input: PASSWORD },
      );
      expect(added.code).toBe(0);

      const port = await findFreePort();
      const base = `http://127.0.0.1:${port}`;
      const first = await start(port);
      const session = await signIn(base, 'mira@example.org', PASSWORD);
      const stopped = await stop(first);
      expect(stopped.stdout).toContain('SIGTERM received');
      expect(stopped.stdout).toContain('Kinfold has stopped.');
      expect(stopped.code).toBe(0);

      // The account, and the session started before the restart, are both still there.
      const second = await start(port);
      const home = await fetch(`${base}/home`, {
        headers: { cookie: session },
        redirect: 'manual',
      });
      expect(home.status).toBe(200);
      expect(await home.text()).toContain('Mira Hale');
      expect((await stop(second)).code).toBe(0);
    });
  },
);

/** Signs in through the real sign-in form; returns the cookie header that carries the session. */
async function signIn(base: string, email: string, password: string): Promise<string> {
  const form = await fetch(`${base}/sign-in`);
  const anonymous = form.headers.getSetCookie().map((cookie) => cookie.split(';')[0]!);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  expect(csrf).toBeDefined();
  const response = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: anonymous.join('; '),
    },
    body: new URLSearchParams({ _csrf: csrf!, email, password }).toString(),
  });
  expect(response.status).toBe(303);
  const session = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0]!)
    .find((cookie) => cookie.startsWith('kf_session='));
  expect(session).toBeDefined();
  return session!;
}
