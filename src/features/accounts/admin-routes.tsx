import type { FastifyInstance } from 'fastify';
import { Conflict, Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import {
  getAccount,
  getPeopleAndAccess,
  resetAccountTwoFactor,
  setAccountActive,
  startAddingAccount,
} from './admin-service.ts';
import { ZNewUser } from './schemas.ts';
import { createUser } from './service.ts';
import { AddPersonPage, PersonAddedPage } from './views/add-person-page.tsx';
import { PeoplePage } from './views/people-page.tsx';
import { PersonPage } from './views/person-page.tsx';

/** People and access: the accounts list, adding a person, deactivating and reactivating. */
export function adminAccountRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/admin/users', { config: { action: 'user.list' } }, async (request, reply) => {
    const people = await getPeopleAndAccess(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(PeoplePage({ context, ...people }));
  });

  app.get('/admin/users/new', { config: { action: 'user.create' } }, async (request, reply) => {
    const roles = await startAddingAccount(request.ctx);
    return reply.page(AddPersonPage({ context: await pageContext(request, reply, deps), roles }));
  });

  app.post('/admin/users/new', { config: { action: 'user.create' } }, async (request, reply) => {
    const roles = await startAddingAccount(request.ctx);
    const form = parseForm(ZNewUser, request.body);
    const showAgain = async (errors: Record<string, string>) =>
      reply.page(
        AddPersonPage({
          context: await pageContext(request, reply, deps),
          roles,
          values: form.values,
          errors,
        }),
        400,
      );
    if (!form.ok) return showAgain(form.errors);
    try {
      const created = await createUser(request.ctx, form.data);
      const context = await pageContext(request, reply, deps);
      const person = { id: created.id, ...form.data };
      return reply.page(PersonAddedPage({ context, person, password: created.password }), 201);
    } catch (error) {
      if (error instanceof Invalid) return showAgain(error.fieldErrors);
      if (error instanceof Conflict) {
        return showAgain({
          email: 'Someone already has an account with this email address. Enter a different one',
        });
      }
      throw error;
    }
  });

  app.get('/admin/users/:id', { config: { action: 'user.list' } }, async (request, reply) => {
    const { id } = request.params as { id: string };
    const person = await getAccount(request.ctx, id);
    return reply.page(PersonPage({ context: await pageContext(request, reply, deps), person }));
  });

  const changes = [
    { path: 'deactivate', text: 'The account is deactivated and its sessions have ended.' },
    { path: 'reactivate', text: 'The account is active again.' },
    { path: 'two-factor/reset', text: 'Two-factor sign-in is off for this account.' },
  ] as const;
  for (const change of changes) {
    app.post(
      `/admin/users/:id/${change.path}`,
      { config: { action: 'user.update' } },
      async (request, reply) => {
        const { id } = request.params as { id: string };
        if (change.path === 'two-factor/reset') await resetAccountTwoFactor(request.ctx, id);
        else await setAccountActive(request.ctx, id, change.path === 'reactivate');
        setFlash(reply, deps.config, { kind: 'success', text: change.text });
        return reply.redirect(`/admin/users/${id}`, 303);
      },
    );
  }
}
