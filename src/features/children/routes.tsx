import type { FastifyInstance } from 'fastify';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { idParam } from './params.ts';
import { childPhotoRoutes } from './photo-routes.tsx';
import { childProfileRoutes } from './profile-routes.tsx';
import { readChildRecord } from './record-service.ts';
import { childRelationRoutes } from './relations-routes.tsx';
import { CHILDREN_PER_PAGE, ZChildListQuery } from './schemas.ts';
import { listChildren } from './service.ts';
import { ChildPage } from './views/child-page.tsx';
import { ChildrenListPage } from './views/children-list-page.tsx';

/** The list of children, each child's record, and the forms that keep it. */
export function childRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/children', { config: { action: 'child.list' } }, async (request, reply) => {
    const query = parseForm(ZChildListQuery, request.query);
    // A page number that cannot be read is explained above the first page.
    const page = query.ok ? query.data.page : 1;
    const list = await listChildren(request.ctx, { page, pageSize: CHILDREN_PER_PAGE });
    const context = await pageContext(request, reply, deps);
    return reply.page(
      ChildrenListPage({ context, list, ...(query.ok ? {} : { errors: query.errors }) }),
      query.ok ? 200 : 400,
    );
  });

  app.get('/children/:id', { config: { action: 'child.read' } }, async (request, reply) => {
    const child = await readChildRecord(request.ctx, idParam(request));
    return reply.page(ChildPage({ context: await pageContext(request, reply, deps), child }));
  });

  childProfileRoutes(app, deps);
  childRelationRoutes(app, deps);
  childPhotoRoutes(app, deps);
}
