import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Invalid, NotFound } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { ZAuthorityId, ZAuthorityInput, ZKeyInput } from './authority-schemas.ts';
import {
  checkCanManageAuthorities,
  createApiKey,
  createAuthority,
  listAuthorities,
  readAuthority,
  revokeApiKey,
  updateAuthority,
} from './authorities-service.ts';
import { AuthorityFormPage } from './views/authority-form-page.tsx';
import { AuthorityListPage } from './views/authority-list-page.tsx';
import { AuthorityPage } from './views/authority-page.tsx';
import { KeyCreatedPage } from './views/key-created-page.tsx';

const manage = { action: 'authority.manage' as const };

function idOf(request: FastifyRequest, param: 'id' | 'keyId' = 'id'): string {
  const id = ZAuthorityId.safeParse((request.params as Record<string, string>)[param]);
  if (!id.success) throw new NotFound();
  return id.data;
}

/** The administrator's and manager's pages for local authorities and their API keys. */
export function authorityRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/admin/authorities', { config: manage }, async (request, reply) => {
    const authorities = await listAuthorities(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(AuthorityListPage({ context, authorities }));
  });

  app.get('/admin/authorities/new', { config: manage }, async (request, reply) => {
    await checkCanManageAuthorities(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(AuthorityFormPage({ context, values: {} }));
  });

  app.post('/admin/authorities/new', { config: manage }, async (request, reply) => {
    await checkCanManageAuthorities(request.ctx);
    const form = parseForm(ZAuthorityInput, request.body);
    try {
      if (!form.ok) throw new Invalid(form.errors);
      const id = await createAuthority(request.ctx, form.data);
      setFlash(reply, deps.config, { kind: 'success', text: `${form.data.name} is added.` });
      return reply.redirect(`/admin/authorities/${id}`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const context = await pageContext(request, reply, deps);
      return reply.page(
        AuthorityFormPage({ context, values: form.values, errors: error.fieldErrors }),
        400,
      );
    }
  });

  app.get('/admin/authorities/:id', { config: manage }, async (request, reply) => {
    const view = await readAuthority(request.ctx, idOf(request));
    return reply.page(AuthorityPage({ context: await pageContext(request, reply, deps), view }));
  });

  app.post('/admin/authorities/:id', { config: manage }, async (request, reply) => {
    const view = await readAuthority(request.ctx, idOf(request));
    const form = parseForm(ZAuthorityInput, request.body);
    try {
      if (!form.ok) throw new Invalid(form.errors);
      await updateAuthority(request.ctx, view.authority.id, form.data);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const context = await pageContext(request, reply, deps);
      const details = { values: form.values, errors: error.fieldErrors };
      return reply.page(AuthorityPage({ context, view, details }), 400);
    }
    setFlash(reply, deps.config, { kind: 'success', text: 'The details are saved.' });
    return reply.redirect(`/admin/authorities/${view.authority.id}`, 303);
  });

  app.post('/admin/authorities/:id/keys', { config: manage }, async (request, reply) => {
    const view = await readAuthority(request.ctx, idOf(request));
    const form = parseForm(ZKeyInput, request.body);
    const context = await pageContext(request, reply, deps);
    if (!form.ok) {
      const key = { values: form.values, errors: form.errors };
      return reply.page(AuthorityPage({ context, view, key }), 400);
    }
    const created = await createApiKey(request.ctx, view.authority.id, form.data);
    return reply.page(KeyCreatedPage({ context, created, publicUrl: deps.config.publicUrl }), 201);
  });

  app.post(
    '/admin/authorities/:id/keys/:keyId/revoke',
    { config: manage },
    async (request, reply) => {
      const authorityId = idOf(request);
      await revokeApiKey(request.ctx, authorityId, idOf(request, 'keyId'));
      setFlash(reply, deps.config, {
        kind: 'success',
        text: 'The key is revoked: it no longer works.',
      });
      return reply.redirect(`/admin/authorities/${authorityId}`, 303);
    },
  );
}
