import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Invalid, TooManyAttempts } from '../../core/errors.ts';
import { cookieOptions, pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { SESSION_COOKIE } from '../../core/http/sessions.ts';
import { parseForm } from '../../core/http/validation.ts';
import { passwordResetRoutes } from './password-reset-routes.tsx';
import { safeNext } from './safe-next.ts';
import { signIn, signOut, signOutEverywhere } from './service.ts';
import { twoFactorChallengeRoutes } from './two-factor-routes.tsx';
import { SignInPage } from './views/sign-in-page.tsx';

const ZSignIn = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address')
    .max(254, 'Enter an email address of 254 characters or fewer'),
  password: z
    .string()
    .min(1, 'Enter your password')
    .max(200, 'Enter a password of 200 characters or fewer'),
  next: z.string().optional(),
});

export { safeNext };

/** Sign in and sign out, the second step of signing in, and forgotten passwords. */
export function signInRoutes(app: FastifyInstance, deps: HttpDeps): void {
  passwordResetRoutes(app, deps);
  twoFactorChallengeRoutes(app, deps);

  app.get('/sign-in', { config: { public: true } }, async (request, reply) => {
    if (request.ctx.actor) return reply.redirect('/home', 303);
    const query = request.query as Record<string, string | undefined>;
    const notice = query.expired
      ? 'expired'
      : query['signed-out']
        ? 'signed-out'
        : query['password-reset']
          ? 'password-reset'
          : null;
    return reply.page(
      SignInPage({ context: await pageContext(request, reply, deps), next: query.next, notice }),
    );
  });

  app.post('/sign-in', { config: { public: true } }, async (request, reply) => {
    const form = parseForm(ZSignIn, request.body);
    const showAgain = async (errors: Record<string, string>, status: number) =>
      reply.page(
        SignInPage({
          context: await pageContext(request, reply, deps),
          values: { email: form.values.email ?? '' },
          errors,
          next: form.values.next,
        }),
        status,
      );
    if (!form.ok) return showAgain(form.errors, 400);
    try {
      const signedIn = await signIn(request.ctx, form.data);
      reply.setCookie(SESSION_COOKIE, signedIn.token, cookieOptions(deps.config));
      const next = safeNext(form.data.next);
      return reply.redirect(
        signedIn.isTwoFactorNeeded ? `/sign-in/two-factor?next=${encodeURIComponent(next)}` : next,
        303,
      );
    } catch (error) {
      if (error instanceof Invalid) return showAgain(error.fieldErrors, 400);
      if (error instanceof TooManyAttempts) {
        reply.header('retry-after', String(error.retryAfterSeconds));
        return showAgain({ email: error.message }, 429);
      }
      throw error;
    }
  });

  app.post(
    '/sign-out',
    { config: { action: 'home.view', allowsPendingTwoFactor: true } },
    async (request, reply) => {
      if (request.session) await signOut(request.ctx, request.session);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      setFlash(reply, deps.config, { kind: 'success', text: 'You have signed out.' });
      return reply.redirect('/sign-in', 303);
    },
  );

  app.post(
    '/sign-out-everywhere',
    { config: { action: 'account.manage_own' } },
    async (request, reply) => {
      await signOutEverywhere(request.ctx);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      setFlash(reply, deps.config, {
        kind: 'success',
        text: 'You have signed out on every device, this one included.',
      });
      return reply.redirect('/sign-in', 303);
    },
  );
}
