import type { FastifyInstance } from 'fastify';
import { Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm } from '../../core/http/validation.ts';
import {
  addToAgenda,
  createPanel,
  listPanels,
  readAgendaItem,
  readPanel,
  recordRecommendation,
} from './panel-service.ts';
import { idParam } from './params.ts';
import { ZAgendaItem, ZNewPanel } from './schemas.ts';
import { ZRecommendation } from './terms-schemas.ts';
import { PanelPage, PanelsPage, RecommendationPage } from './views/panel-pages.tsx';

const config = { config: { action: 'recruitment.manage_panels' as const } };

/** Fostering panel meetings: the list, one meeting's agenda, each recommendation. */
export function panelRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/recruitment/panels', config, async (request, reply) => {
    const panels = await listPanels(request.ctx);
    return reply.page(PanelsPage({ context: await pageContext(request, reply, deps), panels }));
  });

  app.post('/recruitment/panels', config, async (request, reply) => {
    const form = parseForm(ZNewPanel, request.body);
    if (!form.ok) {
      const panels = await listPanels(request.ctx);
      const context = await pageContext(request, reply, deps);
      return reply.page(
        PanelsPage({ context, panels, values: form.values, errors: form.errors }),
        400,
      );
    }
    const id = await createPanel(request.ctx, form.data);
    setFlash(reply, deps.config, {
      kind: 'success',
      text: 'The meeting is arranged. Add who it will hear.',
    });
    return reply.redirect(`/recruitment/panels/${id}`, 303);
  });

  app.get('/recruitment/panels/:panelId', config, async (request, reply) => {
    const panel = await readPanel(request.ctx, idParam(request, 'panelId'));
    return reply.page(PanelPage({ context: await pageContext(request, reply, deps), panel }));
  });

  app.post('/recruitment/panels/:panelId/agenda', config, async (request, reply) => {
    const panelId = idParam(request, 'panelId');
    const form = parseForm(ZAgendaItem, request.body);
    const showAgain = async (errors: Record<string, string>) => {
      const panel = await readPanel(request.ctx, panelId);
      const context = await pageContext(request, reply, deps);
      return reply.page(PanelPage({ context, panel, values: form.values, errors }), 400);
    };
    if (!form.ok) return showAgain(form.errors);
    try {
      await addToAgenda(request.ctx, panelId, form.data.prospectiveCarerId);
    } catch (error) {
      if (error instanceof Invalid) return showAgain(error.fieldErrors);
      throw error;
    }
    setFlash(reply, deps.config, { kind: 'success', text: 'Added to the agenda.' });
    return reply.redirect(`/recruitment/panels/${panelId}`, 303);
  });

  const itemPath = '/recruitment/panels/:panelId/items/:itemId';
  app.get(itemPath, config, async (request, reply) => {
    const opened = await readAgendaItem(
      request.ctx,
      idParam(request, 'panelId'),
      idParam(request, 'itemId'),
    );
    return reply.page(
      RecommendationPage({ context: await pageContext(request, reply, deps), opened }),
    );
  });

  app.post(itemPath, config, async (request, reply) => {
    const panelId = idParam(request, 'panelId');
    const itemId = idParam(request, 'itemId');
    const form = parseForm(ZRecommendation, request.body);
    const showAgain = async (errors: Record<string, string>) => {
      const opened = await readAgendaItem(request.ctx, panelId, itemId);
      const context = await pageContext(request, reply, deps);
      return reply.page(RecommendationPage({ context, opened, values: form.values, errors }), 400);
    };
    if (!form.ok) return showAgain(form.errors);
    try {
      await recordRecommendation(request.ctx, panelId, itemId, form.data);
    } catch (error) {
      if (error instanceof Invalid) return showAgain(error.fieldErrors);
      throw error;
    }
    setFlash(reply, deps.config, {
      kind: 'success',
      text: 'Recorded the recommendation. The agency decision is due within 7 working days of the panel.',
    });
    return reply.redirect(`/recruitment/panels/${panelId}`, 303);
  });
}
