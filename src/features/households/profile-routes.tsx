import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { joinTicked } from './form-fields.ts';
import { idParam } from './params.ts';
import { PROFILE_TICKED, ZHouseholdProfile, ZWorkerChoice } from './profile-schemas.ts';
import {
  changeSupervisingWorker,
  readHouseholdProfile,
  readWorkerChoice,
  saveHouseholdProfile,
} from './profile-service.ts';
import { ProfileFormPage, profileFormValues } from './views/profile-form-page.tsx';
import { WorkerFormPage } from './views/worker-form-page.tsx';

const update = { action: 'household.update' as const };

type FormState = { values?: FormValues; errors?: FieldErrors | undefined };

/** The forms for a household's profile and terms, and for choosing its supervising social worker. */
export function householdProfileRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showProfile = async (request: FastifyRequest, reply: FastifyReply, state: FormState) => {
    const profile = await readHouseholdProfile(request.ctx, idParam(request, 'id'));
    const context = await pageContext(request, reply, deps);
    const values = state.values ?? profileFormValues(profile);
    return reply.page(
      ProfileFormPage({ context, household: profile, values, errors: state.errors }),
      state.errors ? 400 : 200,
    );
  };

  app.get('/households/:id/edit', { config: update }, (request, reply) =>
    showProfile(request, reply, {}),
  );
  app.post('/households/:id/edit', { config: update }, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = parseForm(ZHouseholdProfile, joinTicked(request.body, PROFILE_TICKED));
    if (!form.ok) return showProfile(request, reply, form);
    const { name } = await saveHouseholdProfile(request.ctx, id, form.data);
    setFlash(reply, deps.config, { kind: 'success', text: `The ${name}’s profile is saved.` });
    return reply.redirect(`/households/${id}`, 303);
  });

  const showWorker = async (request: FastifyRequest, reply: FastifyReply, state: FormState) => {
    const { household, workers } = await readWorkerChoice(request.ctx, idParam(request, 'id'));
    const context = await pageContext(request, reply, deps);
    const values = state.values ?? { workerId: household.workerId ?? '' };
    return reply.page(
      WorkerFormPage({ context, household, workers, values, errors: state.errors }),
      state.errors ? 400 : 200,
    );
  };

  app.get('/households/:id/worker', { config: update }, (request, reply) =>
    showWorker(request, reply, {}),
  );
  app.post('/households/:id/worker', { config: update }, async (request, reply) => {
    const id = idParam(request, 'id');
    const form = parseForm(ZWorkerChoice, request.body);
    if (!form.ok) return showWorker(request, reply, form);
    try {
      const { name, workerName } = await changeSupervisingWorker(
        request.ctx,
        id,
        form.data.workerId,
      );
      setFlash(reply, deps.config, {
        kind: 'success',
        text: `${workerName} now supervises the ${name}.`,
      });
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showWorker(request, reply, { values: form.values, errors: error.fieldErrors });
    }
    return reply.redirect(`/households/${id}`, 303);
  });
}
