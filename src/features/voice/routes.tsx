import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { formValues, type FormValues } from '../../core/http/validation.ts';
import { childVoiceRoutes } from './child-routes.tsx';
import { changeSharing, readOwnVoice, writeOwnVoice } from './own-service.ts';
import { idParam } from './params.ts';
import { NotLinkedPage } from './views/not-linked-page.tsx';
import { OWN_VOICE_PATH, OwnVoicePage } from './views/own-voice-page.tsx';

/** The young person's own voice, and the page where staff and carers read it. */
export function voiceRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showOwn = async (
    request: FastifyRequest,
    reply: FastifyReply,
    sent?: { values: FormValues; errors: FieldErrors; isListProblem?: boolean },
  ) => {
    const voice = await readOwnVoice(request.ctx);
    const context = await pageContext(request, reply, deps);
    if (voice.kind === 'not_linked') return reply.page(NotLinkedPage({ context }));
    return reply.page(OwnVoicePage({ context, entries: voice.entries, ...sent }), sent ? 400 : 200);
  };

  app.get(OWN_VOICE_PATH, { config: { action: 'voice.write' } }, async (request, reply) =>
    showOwn(request, reply),
  );

  app.post(OWN_VOICE_PATH, { config: { action: 'voice.write' } }, async (request, reply) => {
    const values = formValues(request.body);
    try {
      const written = await writeOwnVoice(request.ctx, values, deps.config.publicUrl);
      const text = written.isWorkerTold
        ? 'Thank you. We have let your worker know you have a question.'
        : 'Thank you. It is saved.';
      setFlash(reply, deps.config, { kind: 'success', text });
      return reply.redirect(OWN_VOICE_PATH, 303);
    } catch (error) {
      if (error instanceof Invalid)
        return showOwn(request, reply, { values, errors: error.fieldErrors });
      throw error;
    }
  });

  app.post(
    `${OWN_VOICE_PATH}/:vid/sharing`,
    { config: { action: 'voice.write' } },
    async (request, reply) => {
      const values = formValues(request.body);
      try {
        const changed = await changeSharing(request.ctx, idParam(request, 'vid'), values);
        const text = changed.isSharedWithCarers
          ? 'Your carers can see this now.'
          : 'Only your worker can see this now.';
        setFlash(reply, deps.config, { kind: 'success', text });
        return reply.redirect(OWN_VOICE_PATH, 303);
      } catch (error) {
        if (error instanceof Invalid) {
          return showOwn(request, reply, {
            values,
            errors: error.fieldErrors,
            isListProblem: true,
          });
        }
        throw error;
      }
    },
  );

  childVoiceRoutes(app, deps);
}
