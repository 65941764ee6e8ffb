import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { Invalid, TooManyAttempts } from '../../core/errors.ts';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { SESSION_COOKIE } from '../../core/http/sessions.ts';
import { parseForm } from '../../core/http/validation.ts';
import { ZChooseNewPassword } from '../accounts/index.ts';
import { checkResetLink, requestPasswordReset, resetPassword } from './password-reset-service.ts';
import { ChoosePasswordPage, ResetLinkProblemPage } from './views/choose-password-page.tsx';
import {
  PasswordResetRequestPage,
  PasswordResetSentPage,
} from './views/password-reset-request-page.tsx';

const ZResetRequest = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address')
    .max(254, 'Enter an email address of 254 characters or fewer')
    .email('Enter an email address in the correct format, like name@example.org'),
});

// The link's token is a secret: these routes log only warnings, so the address is not logged.
const quiet = { logLevel: 'warn' as const };

/** Forgotten passwords: ask for a link by email, then choose a new password with it. */
export function passwordResetRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/password-reset', { config: { public: true } }, async (request, reply) =>
    reply.page(PasswordResetRequestPage({ context: await pageContext(request, reply, deps) })),
  );

  app.post('/password-reset', { config: { public: true } }, async (request, reply) => {
    const form = parseForm(ZResetRequest, request.body);
    const showAgain = async (errors: Record<string, string>, status: number) =>
      reply.page(
        PasswordResetRequestPage({
          context: await pageContext(request, reply, deps),
          values: form.values,
          errors,
        }),
        status,
      );
    if (!form.ok) return showAgain(form.errors, 400);
    try {
      await requestPasswordReset(request.ctx, form.data.email, deps.config.publicUrl);
    } catch (error) {
      if (!(error instanceof TooManyAttempts)) throw error;
      reply.header('retry-after', String(error.retryAfterSeconds));
      return showAgain({ email: error.message }, 429);
    }
    const context = await pageContext(request, reply, deps);
    return reply.page(PasswordResetSentPage({ context, email: form.data.email }));
  });

  app.get(
    '/password-reset/:token',
    { config: { public: true }, ...quiet },
    async (request, reply) => {
      const { token } = request.params as { token: string };
      const link = await checkResetLink(request.ctx, token);
      const context = await pageContext(request, reply, deps);
      if (link.problem)
        return reply.page(ResetLinkProblemPage({ context, problem: link.problem }), 410);
      return reply.page(ChoosePasswordPage({ context, token, name: link.name }));
    },
  );

  app.post(
    '/password-reset/:token',
    { config: { public: true }, ...quiet },
    async (request, reply) => {
      const { token } = request.params as { token: string };
      const form = parseForm(ZChooseNewPassword, request.body);
      const showAgain = async (errors: Record<string, string>) => {
        const link = await checkResetLink(request.ctx, token);
        const context = await pageContext(request, reply, deps);
        if (link.problem)
          return reply.page(ResetLinkProblemPage({ context, problem: link.problem }), 410);
        return reply.page(ChoosePasswordPage({ context, token, name: link.name, errors }), 400);
      };
      if (!form.ok) return showAgain(form.errors);
      try {
        const outcome = await resetPassword(request.ctx, token, form.data);
        if (outcome.problem) {
          const context = await pageContext(request, reply, deps);
          return reply.page(ResetLinkProblemPage({ context, problem: outcome.problem }), 410);
        }
      } catch (error) {
        if (error instanceof Invalid) return showAgain(error.fieldErrors);
        throw error;
      }
      // Every session of the person has ended, this browser's included.
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.redirect('/sign-in?password-reset=1', 303);
    },
  );
}
