import type { FastifyInstance } from 'fastify';
import { NotFound } from '../../core/errors.ts';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { CHILDREN_PER_PAGE, ZChildId, ZChildListQuery } from './schemas.ts';
import { listChildren, readChild } from './service.ts';
import { ChildPage } from './views/child-page.tsx';
import { ChildrenListPage } from './views/children-list-page.tsx';

/** The list of children and each child's record. */
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
    const id = ZChildId.safeParse((request.params as { id: string }).id);
    if (!id.success) throw new NotFound();
    const child = await readChild(request.ctx, id.data);
    return reply.page(ChildPage({ context: await pageContext(request, reply, deps), child }));
  });
}
