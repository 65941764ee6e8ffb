import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { formValues, type FormValues } from '../../core/http/validation.ts';
import { openGuide, writeGuide } from './guide-service.ts';
import { idParam } from './params.ts';
import { partnershipPaths } from './paths.ts';
import { GuidePage } from './views/guide-page.tsx';

/** The parent's guide for the carers: parents only. */
export function guideRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const write = { config: { action: 'partnership.write' as const } };

  const show = async (
    request: FastifyRequest,
    reply: FastifyReply,
    sent?: { values: FormValues; errors: FieldErrors },
  ) => {
    const form = await openGuide(request.ctx, idParam(request, 'childId'));
    const context = await pageContext(request, reply, deps);
    return reply.page(GuidePage({ context, form, ...sent }), sent ? 400 : 200);
  };

  app.get('/family/:childId/getting-started/guide', write, async (request, reply) =>
    show(request, reply),
  );

  app.post('/family/:childId/getting-started/guide', write, async (request, reply) => {
    const childId = idParam(request, 'childId');
    const values = formValues(request.body);
    try {
      const saved = await writeGuide(request.ctx, childId, values);
      setFlash(reply, deps.config, {
        kind: 'success',
        text: `Thank you. ${saved.knownAs}’s carers can read what you wrote.`,
      });
      return reply.redirect(partnershipPaths.gettingStarted('parent', childId), 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return show(request, reply, { values, errors: error.fieldErrors });
    }
  });
}
