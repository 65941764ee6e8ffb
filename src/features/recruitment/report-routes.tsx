import type { FastifyInstance } from 'fastify';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import {
  describePeriod,
  exportFileName,
  exportPipelineCsv,
  getDashboard,
} from './report-service.ts';
import { ZPeriod, type TPeriod } from './schemas.ts';
import { DashboardPage } from './views/dashboard-page.tsx';

/** The recruitment dashboard and the CSV export. */
export function reportRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(
    '/recruitment/dashboard',
    { config: { action: 'recruitment.list' } },
    async (request, reply) => {
      const query = parseForm(ZPeriod, request.query);
      // Dates that cannot be read are explained, and the whole history shown meanwhile.
      const period: TPeriod = query.ok ? query.data : {};
      const funnel = await getDashboard(request.ctx, period);
      const context = await pageContext(request, reply, deps);
      return reply.page(
        DashboardPage({
          context,
          funnel,
          period,
          periodWords: describePeriod(period, context.locale),
          values: query.values,
          ...(query.ok ? {} : { errors: query.errors }),
        }),
        query.ok ? 200 : 400,
      );
    },
  );

  app.get(
    '/recruitment/export.csv',
    { config: { action: 'recruitment.export' } },
    async (request, reply) => {
      // A link with filters that cannot be read answers with a page saying which (400), not a file.
      const csv = await exportPipelineCsv(request.ctx, request.query);
      const { timeZone } = await getAgencySettings(request.ctx.db);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="${exportFileName(todayIn(timeZone, request.ctx.now))}"`,
        )
        .header('cache-control', 'no-store')
        .send(csv);
    },
  );
}
