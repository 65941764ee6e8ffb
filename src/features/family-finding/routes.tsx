import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, NotFound, type FieldErrors } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { recordOutreach } from './outreach-service.ts';
import { savePermanencyPact, startPact } from './pact-service.ts';
import { readPerson } from './person-service.ts';
import { ZId, ZOutreachInput, ZPactInput } from './schemas.ts';
import { PactPage } from './views/pact-page.tsx';
import { personPath } from './views/paths.ts';
import { PersonPage } from './views/person-page.tsx';

type Sent = { values: FormValues; errors: FieldErrors };

// The child's and the person's ids from the address; anything else is a page that does not exist.
function idsOf(request: FastifyRequest): { childId: string; personId: string } {
  const params = request.params as { id?: string; pid?: string };
  const childId = ZId.safeParse(params.id);
  const personId = ZId.safeParse(params.pid);
  if (!childId.success || !personId.success) throw new NotFound();
  return { childId: childId.data.toLowerCase(), personId: personId.data.toLowerCase() };
}

/** Family finding: a person's page for staff, their outreach log, and their permanency pact. */
export function familyFindingRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const showPerson = async (request: FastifyRequest, reply: FastifyReply, outreach?: Sent) => {
    const { childId, personId } = idsOf(request);
    const view = await readPerson(request.ctx, childId, personId);
    const context = await pageContext(request, reply, deps);
    return reply.page(
      PersonPage({ context, view, ...(outreach ? { outreach } : {}) }),
      outreach ? 400 : 200,
    );
  };

  const showPact = async (request: FastifyRequest, reply: FastifyReply, sent?: Sent) => {
    const { childId, personId } = idsOf(request);
    const form = await startPact(request.ctx, childId, personId);
    const context = await pageContext(request, reply, deps);
    return reply.page(PactPage({ context, form, ...sent }), sent ? 400 : 200);
  };

  app.get(
    '/children/:id/people/:pid',
    { config: { action: 'belonging.manage' } },
    async (request, reply) => showPerson(request, reply),
  );

  app.post(
    '/children/:id/people/:pid/outreach',
    { config: { action: 'belonging.manage' } },
    async (request, reply) => {
      const { childId, personId } = idsOf(request);
      const form = parseForm(ZOutreachInput, request.body);
      if (!form.ok) return showPerson(request, reply, form);
      try {
        const recorded = await recordOutreach(request.ctx, childId, personId, form.data);
        const moved = recorded.isStatusChanged ? ' Their contact status is updated.' : '';
        setFlash(reply, deps.config, { kind: 'success', text: `The step is recorded.${moved}` });
        return reply.redirect(`${personPath(childId, personId)}#finding`, 303);
      } catch (error) {
        if (error instanceof Invalid) {
          return showPerson(request, reply, { values: form.values, errors: error.fieldErrors });
        }
        throw error;
      }
    },
  );

  app.get(
    '/children/:id/people/:pid/pact',
    { config: { action: 'belonging.manage' } },
    async (request, reply) => showPact(request, reply),
  );

  app.post(
    '/children/:id/people/:pid/pact',
    { config: { action: 'belonging.manage' } },
    async (request, reply) => {
      const { childId, personId } = idsOf(request);
      const form = parseForm(ZPactInput, request.body);
      if (!form.ok) return showPact(request, reply, form);
      try {
        const saved = await savePermanencyPact(request.ctx, childId, personId, form.data);
        setFlash(reply, deps.config, {
          kind: 'success',
          text: `The pact with ${saved.personName} is saved. ${saved.knownAs} has ${saved.committedAdults} of ${saved.target} committed adults.`,
        });
        return reply.redirect(`${personPath(childId, personId)}#pact`, 303);
      } catch (error) {
        if (error instanceof Invalid) {
          return showPact(request, reply, { values: form.values, errors: error.fieldErrors });
        }
        throw error;
      }
    },
  );
}
