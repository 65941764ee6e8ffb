import type { FastifyReply, FastifyRequest } from 'fastify';
import { pageContext, type HttpDeps } from '../../core/http/server.ts';
import { getAgencySettings } from '../../core/settings.ts';
import type { PageContext } from '../../core/ui/page-context.ts';
import { readConsent, type ConsentState } from '../consent/index.ts';

/** What every public page needs: the layout's context, the visitor's cookie choice, the site's address. */
export type PublicContext = {
  page: PageContext;
  consent: ConsentState;
  /** The address the site is reached at, for canonical links and Open Graph tags. */
  publicUrl: string;
  /** Where a cookie choice made on this page comes back to. */
  returnTo: string;
  contact: { phone: string; email: string; address: string };
};

/** Builds the public page context for a request. */
export async function publicContext(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: Pick<HttpDeps, 'secrets' | 'config' | 'database'>,
): Promise<PublicContext> {
  const settings = await getAgencySettings(deps.database.db);
  return {
    page: await pageContext(request, reply, deps),
    consent: readConsent(request),
    publicUrl: deps.config.publicUrl,
    returnTo: request.url,
    contact: { phone: settings.phone, email: settings.email, address: settings.address },
  };
}
