import type { FastifyInstance } from 'fastify';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import { ZWeights } from './schemas.ts';
import { WEIGHTS_PATH } from './views/paths.ts';
import { WeightsPage } from './views/weights-page.tsx';
import { changeWeights, checkCanChangeWeights, readWeights } from './weights-service.ts';

/** The weights page: everyone who matches reads it; the manager changes the weights. */
export function weightsRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get(WEIGHTS_PATH, { config: { action: 'matching.run' } }, async (request, reply) => {
    const { weights, canChange } = await readWeights(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(WeightsPage({ context, weights, canChange }));
  });

  app.post(WEIGHTS_PATH, { config: { action: 'matching.configure' } }, async (request, reply) => {
    await checkCanChangeWeights(request.ctx);
    const form = parseForm(ZWeights, request.body);
    if (!form.ok) {
      const { weights, canChange } = await readWeights(request.ctx);
      const context = await pageContext(request, reply, deps);
      return reply.page(
        WeightsPage({ context, weights, canChange, values: form.values, errors: form.errors }),
        400,
      );
    }
    await changeWeights(request.ctx, form.data);
    setFlash(reply, deps.config, {
      kind: 'success',
      text: 'The weights are saved. Rankings from now on use them.',
    });
    return reply.redirect(WEIGHTS_PATH, 303);
  });
}
