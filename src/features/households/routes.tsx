import type { FastifyInstance } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { householdMemberRoutes } from './member-routes.tsx';
import { householdProfileRoutes } from './profile-routes.tsx';
import { HOUSEHOLDS_PER_PAGE, ZHouseholdId, ZHouseholdListQuery } from './schemas.ts';
import { listHouseholds, readHousehold } from './service.ts';
import { HouseholdListPage } from './views/household-list-page.tsx';
import { HouseholdPage } from './views/household-page.tsx';

/** The list of households, each household's record, and the forms that keep it. */
export function householdRoutes(app: FastifyInstance, deps: HttpDeps): void {
  householdProfileRoutes(app, deps);
  householdMemberRoutes(app, deps);

  app.get('/households', { config: { action: 'household.list' } }, async (request, reply) => {
    const query = parseForm(ZHouseholdListQuery, request.query);
    // A filter that cannot be read is explained above the whole first page, not answered with nothing.
    const filter = query.ok ? query.data : { status: undefined, page: 1 };
    const list = await listHouseholds(request.ctx, { ...filter, pageSize: HOUSEHOLDS_PER_PAGE });
    const context = await pageContext(request, reply, deps);
    return reply.page(
      HouseholdListPage({
        context,
        list,
        status: filter.status,
        values: query.values,
        ...(query.ok ? {} : { errors: query.errors }),
      }),
      query.ok ? 200 : 400,
    );
  });

  app.get('/households/:id', { config: { action: 'household.read' } }, async (request, reply) => {
    const id = ZHouseholdId.safeParse((request.params as { id: string }).id);
    if (!id.success) throw new NotFound();
    const household = await readHousehold(request.ctx, id.data);
    return reply.page(
      HouseholdPage({ context: await pageContext(request, reply, deps), household }),
    );
  });
}
