import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { fileStoreFor, type FileStore } from '../../core/files/file-store.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { partnershipPaths } from '../partnership/paths.ts';
import { postUpdate, problemsWithPhoto, startUpdate, type UpdateForm } from './post-service.ts';
import { listUpdates, readUpdatePhoto } from './read-service.ts';
import { ROOTS, childIdAt, otherSideOf } from './roots.ts';
import { ZPageQuery, ZUpdateInput } from './schemas.ts';
import { updateRoutes } from './update-routes.tsx';
import { idParam } from '../partnership/params.ts';
import { UpdateFormPage } from './views/update-form-page.tsx';
import { UpdatesPage } from './views/updates-page.tsx';

type Sent = { values: FormValues; errors: FieldErrors; hadPhoto: boolean };

/** Shared updates: the list, posting one, each update's page and photo, reactions and replies. */
export function sharedUpdateRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const files = fileStoreFor(deps.config);
  const read = { config: { action: 'partnership.read' as const } };
  const write = { config: { action: 'partnership.write' as const } };

  for (const root of ROOTS) {
    app.get(`${root.prefix}/updates`, read, async (request, reply) => {
      const childId = childIdAt(request, root);
      const other = otherSideOf(request, root, childId);
      if (other) return reply.redirect(partnershipPaths.updates(other, childId), 303);
      const query = parseForm(ZPageQuery, request.query);
      const view = await listUpdates(request.ctx, childId, query.ok ? query.data.page : 1);
      const context = await pageContext(request, reply, deps);
      return reply.page(
        UpdatesPage({ context, view, ...(query.ok ? {} : { errors: query.errors }) }),
        query.ok ? 200 : 400,
      );
    });

    app.get(`${root.prefix}/updates/:updateId/photo`, read, async (request, reply) => {
      const file = await readUpdatePhoto(
        request.ctx,
        files,
        childIdAt(request, root),
        idParam(request, 'updateId'),
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', 'inline; filename="photo.jpg"')
        .header('cache-control', 'no-store')
        .header('content-length', String(file.byteSize))
        .send(file.bytes);
    });
  }

  app.get('/children/:id/family/updates/new', write, async (request, reply) =>
    showForm(request, reply),
  );

  app.post('/children/:id/family/updates/new', write, async (request, reply) =>
    submitForm(request, reply, files),
  );

  const showForm = async (
    request: FastifyRequest,
    reply: FastifyReply,
    sent?: Sent,
    opened?: UpdateForm,
  ) => {
    const form = opened ?? (await startUpdate(request.ctx, idParam(request, 'id')));
    const context = await pageContext(request, reply, deps);
    return reply.page(UpdateFormPage({ context, form, ...sent }), sent ? 400 : 200);
  };

  // Any problem shows the form again, naming each field, with what was typed (a photo has to be
  // chosen again: browsers cannot be given one back).
  const submitForm = async (request: FastifyRequest, reply: FastifyReply, store: FileStore) => {
    const childId = idParam(request, 'id');
    const body = request.body as Record<string, unknown> | undefined;
    const photo = Buffer.isBuffer(body?.photo) ? body.photo : Buffer.alloc(0);
    const hadPhoto = photo.length > 0;
    const form = parseForm(ZUpdateInput, body);
    if (!form.ok) {
      // A parent hears they may not post before hearing what was wrong with the form.
      const opened = await startUpdate(request.ctx, childId);
      const errors = { ...form.errors, ...(await problemsWithPhoto(photo)) };
      return showForm(request, reply, { values: form.values, errors, hadPhoto }, opened);
    }
    try {
      const { publicUrl } = deps.config;
      const posted = await postUpdate(request.ctx, store, childId, form.data, photo, publicUrl);
      setFlash(reply, deps.config, {
        kind: 'success',
        text: `Your update is posted. ${posted.knownAs}’s family can see it now.`,
      });
      return reply.redirect(partnershipPaths.updates('staff', childId), 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showForm(request, reply, { values: form.values, errors: error.fieldErrors, hadPhoto });
    }
  };

  updateRoutes(app, deps);
}
