import type { FastifyInstance } from 'fastify';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { ZAgencySettings, type TAgencySettings } from './schemas.ts';
import { getSettingsForEditing, updateSettings } from './service.ts';
import { SettingsPage } from './views/settings-page.tsx';

/** The administrator's settings page. */
export function settingsRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const config = { action: 'settings.manage' } as const;

  app.get('/admin/settings', { config }, async (request, reply) => {
    const settings = await getSettingsForEditing(request.ctx);
    const context = await pageContext(request, reply, deps);
    return reply.page(SettingsPage({ context, values: asFormValues(settings) }));
  });

  app.post('/admin/settings', { config }, async (request, reply) => {
    const form = parseForm(ZAgencySettings, request.body);
    if (!form.ok) {
      await getSettingsForEditing(request.ctx); // a refusal must not show the form again
      const context = await pageContext(request, reply, deps);
      return reply.page(SettingsPage({ context, values: form.values, errors: form.errors }), 400);
    }
    const changed = await updateSettings(request.ctx, form.data);
    setFlash(reply, deps.config, {
      kind: 'success',
      text: changed.length > 0 ? 'The settings have been saved.' : 'Nothing was changed.',
    });
    return reply.redirect('/admin/settings', 303);
  });
}

function asFormValues(settings: TAgencySettings): FormValues {
  return {
    ...settings,
    isStaffTwoFactorRequired: settings.isStaffTwoFactorRequired ? 'yes' : '',
    committedAdultsTarget: String(settings.committedAdultsTarget),
    permanencyDecisionMonths: String(settings.permanencyDecisionMonths),
  };
}
