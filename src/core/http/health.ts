import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { HttpDeps } from './server.ts';

/** Liveness (the process answers) and readiness (the database answers), for load balancers and monitors. */
export function healthRoutes(app: FastifyInstance, deps: HttpDeps): void {
  // Probes come every few seconds: log them only when something is wrong, and never when logging is off.
  const quiet = deps.config.logLevel === 'silent' ? 'silent' : 'warn';
  app.get('/health', { config: { public: true }, logLevel: quiet }, async () => ({
    status: 'ok',
  }));
  app.get('/ready', { config: { public: true }, logLevel: quiet }, async (request, reply) => {
    try {
      await deps.database.db.execute(sql`SELECT 1`);
      return { status: 'ready' };
    } catch (error) {
      request.log.error({ err: error }, 'database not reachable');
      return reply
        .code(503)
        .send({ status: 'unavailable', detail: 'The database is not reachable' });
    }
  });
}
