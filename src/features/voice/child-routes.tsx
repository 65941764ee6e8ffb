import type { FastifyInstance } from 'fastify';
import { Invalid } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { formValues } from '../../core/http/validation.ts';
import { answerQuestion, readChildVoice } from './child-service.ts';
import { idParam } from './params.ts';
import { ChildVoicePage, childVoicePath, type Answering } from './views/child-voice-page.tsx';
import { OWN_VOICE_PATH } from './views/own-voice-page.tsx';

/** A young person's words as staff and carers read them, and answers to their questions. */
export function childVoiceRoutes(app: FastifyInstance, deps: HttpDeps): void {
  app.get('/children/:id/voice', { config: { action: 'voice.read' } }, async (request, reply) => {
    // A young person reads and writes their words in their own space, never on the staff page.
    if (request.ctx.actor?.role === 'young_person') return reply.redirect(OWN_VOICE_PATH, 303);
    const voice = await readChildVoice(request.ctx, idParam(request, 'id'));
    const context = await pageContext(request, reply, deps);
    return reply.page(ChildVoicePage({ context, voice }));
  });

  app.post(
    '/children/:id/voice/:vid/answer',
    { config: { action: 'belonging.manage' } },
    async (request, reply) => {
      const childId = idParam(request, 'id');
      const voiceId = idParam(request, 'vid');
      const values = formValues(request.body);
      try {
        const answered = await answerQuestion(request.ctx, childId, voiceId, values);
        setFlash(reply, deps.config, {
          kind: 'success',
          text: `Your answer is saved. ${answered.knownAs} will see it on their voice page.`,
        });
        return reply.redirect(childVoicePath(childId), 303);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        const answering: Answering = { voiceId, values, errors: error.fieldErrors };
        const voice = await readChildVoice(request.ctx, childId);
        const context = await pageContext(request, reply, deps);
        return reply.page(ChildVoicePage({ context, voice, answering }), 400);
      }
    },
  );
}
