import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Invalid, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { idParam } from './params.ts';
import { ZDelegatedAuthority, ZExclusion, ZSiblingLink } from './relations-schemas.ts';
import * as service from './relations-service.ts';
import {
  DelegatedAuthorityPage,
  delegatedAuthorityValues,
} from './views/delegated-authority-page.tsx';
import { ExclusionsPage } from './views/exclusions-page.tsx';
import { SiblingsPage } from './views/siblings-page.tsx';

const update = { action: 'child.update' as const };

type FormState = { values: FormValues; errors?: FieldErrors | undefined };
type Show = (request: FastifyRequest, reply: FastifyReply, state: FormState) => Promise<unknown>;

/**
 * A page listing part of a child's record with a form to add to it: GET shows it, POST adds
 * (showing the form again with what went wrong), POST …/:itemId/remove takes one away.
 */
function listWithForm<S extends z.ZodType>(
  app: FastifyInstance,
  deps: HttpDeps,
  spec: {
    path: string;
    itemParam: string;
    schema: S;
    show: Show;
    add: (request: FastifyRequest, data: z.infer<S>) => Promise<unknown>;
    remove: (request: FastifyRequest, itemId: string) => Promise<unknown>;
    added: string;
    removed: string;
  },
): void {
  const back = (request: FastifyRequest) => spec.path.replace(':id', idParam(request));
  app.get(spec.path, { config: update }, (request, reply) =>
    spec.show(request, reply, { values: {} }),
  );
  app.post(spec.path, { config: update }, async (request, reply) => {
    const form = parseForm(spec.schema, request.body);
    if (!form.ok) return spec.show(request, reply, form);
    try {
      await spec.add(request, form.data);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return spec.show(request, reply, { values: form.values, errors: error.fieldErrors });
    }
    setFlash(reply, deps.config, { kind: 'success', text: spec.added });
    return reply.redirect(back(request), 303);
  });
  app.post(`${spec.path}/:${spec.itemParam}/remove`, { config: update }, async (request, reply) => {
    await spec.remove(request, idParam(request, spec.itemParam));
    setFlash(reply, deps.config, { kind: 'success', text: spec.removed });
    return reply.redirect(back(request), 303);
  });
}

/** The pages that keep the people around a child. */
export function childRelationRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const page = async (request: FastifyRequest, reply: FastifyReply) =>
    pageContext(request, reply, deps);
  const status = (state: FormState) => (state.errors ? 400 : 200);

  listWithForm(app, deps, {
    path: '/children/:id/siblings',
    itemParam: 'siblingId',
    schema: ZSiblingLink,
    show: async (request, reply, state) => {
      const data = await service.readSiblings(request.ctx, idParam(request));
      return reply.page(
        SiblingsPage({ ...data, context: await page(request, reply), ...state }),
        status(state),
      );
    },
    add: (request, link) => service.linkSibling(request.ctx, idParam(request), link),
    remove: (request, siblingId) => service.unlinkSibling(request.ctx, idParam(request), siblingId),
    added: 'The brother or sister is linked.',
    removed: 'The link is removed.',
  });

  listWithForm(app, deps, {
    path: '/children/:id/exclusions',
    itemParam: 'householdId',
    schema: ZExclusion,
    show: async (request, reply, state) => {
      const data = await service.readExclusions(request.ctx, idParam(request));
      return reply.page(
        ExclusionsPage({ ...data, context: await page(request, reply), ...state }),
        status(state),
      );
    },
    add: (request, exclusion) => service.addExclusion(request.ctx, idParam(request), exclusion),
    remove: (request, householdId) =>
      service.removeExclusion(request.ctx, idParam(request), householdId),
    added: 'The household will never be matched with this child.',
    removed: 'The exclusion is removed.',
  });

  const authorityPath = '/children/:id/delegated-authority';
  app.get(authorityPath, { config: update }, async (request, reply) => {
    const { child, decisions } = await service.readDelegatedAuthority(
      request.ctx,
      idParam(request),
    );
    const values = delegatedAuthorityValues(decisions);
    return reply.page(
      DelegatedAuthorityPage({ context: await page(request, reply), child, values }),
    );
  });
  app.post(authorityPath, { config: update }, async (request, reply) => {
    const id = idParam(request);
    const form = parseForm(ZDelegatedAuthority, request.body);
    if (!form.ok) {
      const { child } = await service.readDelegatedAuthority(request.ctx, id);
      const context = await page(request, reply);
      return reply.page(DelegatedAuthorityPage({ context, child, ...form }), 400);
    }
    const child = await service.saveDelegatedAuthority(request.ctx, id, form.data);
    setFlash(reply, deps.config, {
      kind: 'success',
      text: `Who decides what for ${child.knownAs} is saved.`,
    });
    return reply.redirect(`/children/${id}`, 303);
  });
}
