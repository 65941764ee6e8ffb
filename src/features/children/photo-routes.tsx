import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { fileStoreFor } from '../../core/files/file-store.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { idParam } from './params.ts';
import { readChildForPhoto, readChildPhoto, saveChildPhoto } from './photo-service.ts';
import { PhotoFormPage } from './views/photo-form-page.tsx';

/** A child's photo: the upload form, the upload, and the photo itself for those who may see it. */
export function childPhotoRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const files = fileStoreFor(deps.config);
  const update = { action: 'child.update' as const };

  const showForm = async (request: FastifyRequest, reply: FastifyReply, errors?: FieldErrors) => {
    const child = await readChildForPhoto(request.ctx, idParam(request));
    const context = await pageContext(request, reply, deps);
    return reply.page(PhotoFormPage({ context, child, errors }), errors ? 400 : 200);
  };

  app.get('/children/:id/photo/edit', { config: update }, (request, reply) =>
    showForm(request, reply),
  );

  app.post('/children/:id/photo', { config: update }, async (request, reply) => {
    const id = idParam(request);
    // Multipart forms bring the file as a Buffer; a form sent without one brings nothing.
    const upload = (request.body as Record<string, unknown> | undefined)?.photo;
    const bytes = Buffer.isBuffer(upload) ? upload : Buffer.alloc(0);
    try {
      const child = await saveChildPhoto(request.ctx, files, id, bytes);
      setFlash(reply, deps.config, { kind: 'success', text: `${child.knownAs}’s photo is saved.` });
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showForm(request, reply, error.fieldErrors);
    }
    return reply.redirect(`/children/${id}`, 303);
  });

  app.get('/children/:id/photo', { config: { action: 'child.read' } }, async (request, reply) => {
    const file = await readChildPhoto(request.ctx, files, idParam(request));
    return reply
      .type(file.contentType)
      .header('cache-control', 'no-store')
      .header('content-length', String(file.byteSize))
      .send(file.bytes);
  });
}
