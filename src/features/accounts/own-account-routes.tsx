import type { FastifyInstance } from 'fastify';
import { Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { ZChangePassword } from './schemas.ts';
import { changeOwnPassword, getOwnAccount } from './service.ts';
import { AccountPage } from './views/account-page.tsx';

/** "Your account": who you are, changing your password. */
export function ownAccountRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const config = { action: 'account.manage_own' } as const;

  app.get('/account', { config }, async (request, reply) => {
    const account = await getOwnAccount(request.ctx);
    return reply.page(AccountPage({ context: await pageContext(request, reply, deps), account }));
  });

  app.post('/account/password', { config }, async (request, reply) => {
    const form = parseForm(ZChangePassword, request.body);
    const showAgain = async (errors: Record<string, string>) =>
      reply.page(
        AccountPage({
          context: await pageContext(request, reply, deps),
          account: await getOwnAccount(request.ctx),
          errors,
        }),
        400,
      );
    if (!form.ok) return showAgain(form.errors);
    try {
      await changeOwnPassword(request.ctx, form.data, request.session!.tokenHash);
    } catch (error) {
      if (error instanceof Invalid) return showAgain(error.fieldErrors);
      throw error;
    }
    setFlash(reply, deps.config, {
      kind: 'success',
      text: 'Your password has been changed. You have been signed out on your other devices.',
    });
    return reply.redirect('/account', 303);
  });
}
