import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Invalid, TooManyAttempts } from '../../core/errors.ts';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { ZTwoFactorCode } from '../accounts/index.ts';
import { safeNext } from './safe-next.ts';
import { passTwoFactor } from './two-factor-service.ts';
import { TwoFactorChallengePage } from './views/two-factor-challenge-page.tsx';

const ZChallenge = z.object({ code: ZTwoFactorCode, next: z.string().optional() });

// Between the password and the code, the session may reach only these pages and sign-out.
const pending = { action: 'home.view', allowsPendingTwoFactor: true } as const;

/** The second step of signing in, for people who have turned two-factor sign-in on. */
export function twoFactorChallengeRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/sign-in/two-factor', { config: pending }, async (request, reply) => {
    const { next } = request.query as { next?: string };
    const session = request.session!;
    if (!session.hasTwoFactor || session.isTwoFactorPassed) {
      return reply.redirect(safeNext(next), 303);
    }
    const context = await pageContext(request, reply, deps);
    return reply.page(TwoFactorChallengePage({ context, next }));
  });

  app.post('/sign-in/two-factor', { config: pending }, async (request, reply) => {
    const form = parseForm(ZChallenge, request.body);
    const showAgain = async (errors: Record<string, string>, status: number) =>
      reply.page(
        TwoFactorChallengePage({
          context: await pageContext(request, reply, deps),
          next: form.values.next,
          errors,
        }),
        status,
      );
    if (!form.ok) return showAgain(form.errors, 400);
    const session = request.session!;
    if (!session.hasTwoFactor || session.isTwoFactorPassed) {
      return reply.redirect(safeNext(form.data.next), 303);
    }
    try {
      await passTwoFactor(request.ctx, session, form.data.code);
    } catch (error) {
      if (error instanceof Invalid) return showAgain(error.fieldErrors, 400);
      if (error instanceof TooManyAttempts) {
        reply.header('retry-after', String(error.retryAfterSeconds));
        return showAgain({ code: error.message }, 429);
      }
      throw error;
    }
    return reply.redirect(safeNext(form.data.next), 303);
  });
}
