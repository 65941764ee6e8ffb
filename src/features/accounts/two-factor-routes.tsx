import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { EMPTY_REACH } from '../../core/access/actor.ts';
import type { Ctx } from '../../core/context.ts';
import { Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { ZTwoFactorCode } from './schemas.ts';
import { disableTwoFactor, enableTwoFactor, getTwoFactorState } from './two-factor-service.ts';
import { TwoFactorPage } from './views/two-factor-page.tsx';

const ZEnable = z.object({ code: ZTwoFactorCode });
const ZDisable = z.object({ password: z.string().min(1, 'Enter your password') });

// Staff whom the agency requires to use two-factor are sent here before anything else, so these
// pages must be reachable before the rest of Kinfold is.
const config = { action: 'account.manage_own', allowsPendingTwoFactor: true } as const;

/** Setting up and turning off two-factor sign-in for one's own account. */
export function twoFactorSetupRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/account/two-factor', { config }, async (request, reply) => {
    const ctx = ownAccountCtx(request);
    if (!ctx) return reply.redirect('/sign-in/two-factor', 303);
    const state = await getTwoFactorState(ctx);
    const isRequiredNotice = (request.query as { required?: string }).required === '1';
    const context = await pageContext(request, reply, deps);
    return reply.page(
      TwoFactorPage({ context, state, isRequiredNotice: isRequiredNotice || state.isRequired }),
    );
  });

  app.post('/account/two-factor', { config }, async (request, reply) => {
    const ctx = ownAccountCtx(request);
    if (!ctx) return reply.redirect('/sign-in/two-factor', 303);
    const form = parseForm(ZEnable, request.body);
    try {
      if (!form.ok) throw new Invalid(form.errors);
      await enableTwoFactor(ctx, form.data.code, request.session!.tokenHash);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const state = await getTwoFactorState(ctx);
      const context = await pageContext(request, reply, deps);
      return reply.page(
        TwoFactorPage({
          context,
          state,
          isRequiredNotice: state.isRequired,
          errors: error.fieldErrors,
        }),
        400,
      );
    }
    setFlash(reply, deps.config, {
      kind: 'success',
      text: 'Two-factor sign-in is on. Next time you sign in, you will also enter a code from your app.',
    });
    return reply.redirect('/account', 303);
  });

  app.post('/account/two-factor/disable', { config }, async (request, reply) => {
    const ctx = ownAccountCtx(request);
    if (!ctx) return reply.redirect('/sign-in/two-factor', 303);
    const form = parseForm(ZDisable, request.body);
    try {
      if (!form.ok) throw new Invalid(form.errors);
      await disableTwoFactor(ctx, form.data.password);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const state = await getTwoFactorState(ctx);
      const context = await pageContext(request, reply, deps);
      return reply.page(
        TwoFactorPage({ context, state, isRequiredNotice: false, errors: error.fieldErrors }),
        400,
      );
    }
    setFlash(reply, deps.config, { kind: 'success', text: 'Two-factor sign-in is off.' });
    return reply.redirect('/account', 303);
  });
}

/**
 * The context for a person managing their own two-factor sign-in, or null while their session
 * still owes the second factor (they must pass it, not set up another). The core gives a full
 * actor once two-factor is passed or not needed; the session alone is enough here otherwise.
 */
function ownAccountCtx(request: FastifyRequest): Ctx | null {
  const session = request.session;
  if (!session || (session.hasTwoFactor && !session.isTwoFactorPassed)) return null;
  if (request.ctx.actor) return request.ctx;
  const { userId, role, name, email } = session;
  return { ...request.ctx, actor: { userId, role, name, email, reach: EMPTY_REACH } };
}
