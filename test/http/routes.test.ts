import type * as FastifyModule from 'fastify';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../src/core/db/connect.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { openTestDatabase } from '../support/database.ts';

type DeclaredRoute = { method: string; url: string; config: Record<string, unknown> };

// Every route the application declares, seen as it is declared: the real Fastify, with one
// onRoute hook added the moment the instance is created (before the core or any feature adds a
// route), so nothing registered later can slip past.
const declared = vi.hoisted(() => [] as DeclaredRoute[]);
vi.mock('fastify', async (importOriginal) => {
  const original = await importOriginal<typeof FastifyModule>();
  const create = original.default as unknown as (...args: unknown[]) => FastifyInstance;
  const observed = (...args: unknown[]) => {
    const app = create(...args);
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) {
        declared.push({
          method,
          url: route.url,
          config: (route.config ?? {}) as Record<string, unknown>,
        });
      }
    });
    return app;
  };
  return { ...original, default: observed };
});

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;

beforeAll(async () => {
  database = await openTestDatabase();
  testApp = await startTestApp(database);
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

/** How a route is reached: public, or the action it performs, and any other access flag. */
function accessOf(config: Record<string, unknown>): string {
  const { action, public: isPublic, url: _url, method: _method, ...flags } = config;
  const base = isPublic ? 'public' : `action ${String(action)}`;
  const extras = Object.entries(flags)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`);
  return [base, ...extras].join(' ');
}

/** The routes Fastify's router holds, read from its printed tree: "GET /children/:id". */
function routerRoutes(tree: string): string[] {
  const found: string[] = [];
  const path: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = match[1]!.length / 4;
    path.length = depth;
    path.push(match[2]!);
    for (const method of match[3]?.split(', ') ?? []) found.push(`${method} ${path.join('')}`);
  }
  return found;
}

describe('every route and who may reach it', () => {
  it('is the list below; a change of access shows up here in review', () => {
    const listing = declared
      .filter((route) => route.method !== 'HEAD')
      .sort((a, b) => a.url.localeCompare(b.url) || a.method.localeCompare(b.method))
      .map(
        (route) => `${route.method.padEnd(6)} ${route.url.padEnd(44)} ${accessOf(route.config)}`,
      );
    expect(`\n${listing.join('\n')}\n`).toMatchSnapshot();
  });

  it('misses no route the router holds', () => {
    const listed = new Set(declared.map((route) => `${route.method} ${route.url}`));
    const held = routerRoutes(testApp.app.printRoutes({ commonPrefix: false }));
    expect(held.length).toBeGreaterThan(10);
    expect(held.filter((route) => !listed.has(route))).toEqual([]);
  });

  // Local authorities' systems have no session: their routes are reached with an API key, which
  // the route checks itself before reading anything. The OpenAPI description holds no records.
  it('keeps every JSON API route behind an action or an API key, never simply public', () => {
    const publicApi = declared.filter(
      (route) =>
        route.url.startsWith('/api/') &&
        route.config.public &&
        route.config.apiKey !== true &&
        route.url !== '/api/v1/openapi.json',
    );
    expect(publicApi).toEqual([]);
  });
});
