import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { fileStoreFor } from '../../core/files/file-store.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { partyOf } from '../partnership/space.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import { attachmentOf, problemsWithAttachment } from './attachment.ts';
import { readConversation, readMessageFile } from './conversation-service.ts';
import { moderationRoutes } from './moderation-routes.tsx';
import { ZMessageInput } from './schemas.ts';
import { sendMessage } from './send-service.ts';
import { childIdParam, idParam } from '../partnership/params.ts';
import { beforeQuery } from './url-ids.ts';
import { ConversationPage } from './views/conversation-page.tsx';

type Sent = { values: FormValues; errors: FieldErrors; hadPicture: boolean };

// Staff and carers reach the space from the child's record; parents from their own pages. Both
// addresses show the same conversation: what each person sees depends on who they are.
const ROOTS = ['/children/:id/family', '/family/:childId'] as const;

/** Messages in the partnership space: the conversation, sending, pictures and moderation. */
export function partnershipMessageRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const files = fileStoreFor(deps.config);
  const read = { config: { action: 'partnership.read' as const } };
  const write = { config: { action: 'partnership.write' as const } };

  const showPage = async (request: FastifyRequest, reply: FastifyReply, sent?: Sent) => {
    const conversation = await readConversation(
      request.ctx,
      childIdParam(request),
      sent ? null : beforeQuery(request),
    );
    const context = await pageContext(request, reply, deps);
    return reply.page(ConversationPage({ context, conversation, ...sent }), sent ? 400 : 200);
  };

  for (const root of ROOTS) {
    app.get(`${root}/messages`, read, async (request, reply) => showPage(request, reply));

    app.post(`${root}/messages`, write, async (request, reply) => {
      const childId = childIdParam(request);
      const attachment = attachmentOf(request.body);
      const hadPicture = attachment.length > 0;
      const form = parseForm(ZMessageInput, request.body);
      if (!form.ok) {
        const errors = { ...form.errors, ...(await problemsWithAttachment(attachment)) };
        return showPage(request, reply, { values: form.values, errors, hadPicture });
      }
      try {
        const sent = await sendMessage(
          request.ctx,
          files,
          childId,
          form.data,
          attachment,
          deps.config.publicUrl,
        );
        setFlash(reply, deps.config, {
          kind: 'success',
          text:
            sent.status === 'held'
              ? 'Thank you. A worker will read your message, then pass it on.'
              : 'Your message is sent.',
        });
        const party = partyOf(request.ctx.actor!);
        return reply.redirect(partnershipPaths.messages(party, childId), 303);
      } catch (error) {
        if (!(error instanceof Invalid)) throw error;
        return showPage(request, reply, {
          values: form.values,
          errors: error.fieldErrors,
          hadPicture,
        });
      }
    });

    app.get(`${root}/messages/:messageId/file`, read, async (request, reply) => {
      const file = await readMessageFile(
        request.ctx,
        files,
        childIdParam(request),
        idParam(request, 'messageId'),
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', 'inline; filename="photo.jpg"')
        .header('cache-control', 'no-store')
        .header('content-length', String(file.byteSize))
        .send(file.bytes);
    });
  }

  moderationRoutes(app, deps);
}
