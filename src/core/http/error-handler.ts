import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { Conflict, Forbidden, Invalid, NotFound, TooManyAttempts } from '../errors.ts';
import type { PageContext } from '../ui/page-context.ts';
import { termsFor } from '../ui/terms.ts';
import {
  BadRequestPage,
  ForbiddenPage,
  NotFoundPage,
  ServerErrorPage,
  TooManyAttemptsPage,
} from './error-pages.tsx';
import { invalidProblem, sendProblem } from './problem.ts';
import { isApiRequest, pageContext, type HttpDeps } from './server.ts';

/** The 404 answer: a friendly page, or a problem body for the API. */
export async function handleNotFound(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
): Promise<FastifyReply> {
  if (isApiRequest(request)) return sendProblem(reply, { status: 404, title: 'Not found' });
  return reply.page(NotFoundPage({ context: await safePageContext(request, reply, deps) }), 404);
}

/**
 * Maps every error to an answer a person can act on. Known errors say what to do; anything else
 * is logged with the request's id and shown as a 500 with that id as its reference, never details.
 */
export async function handleError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
): Promise<FastifyReply> {
  const api = isApiRequest(request);
  if (error instanceof NotFound) return handleNotFound(request, reply, deps);
  if (error instanceof Forbidden) {
    if (api) return sendProblem(reply, { status: 403, title: 'Forbidden', detail: error.message });
    return reply.page(
      ForbiddenPage({
        context: await safePageContext(request, reply, deps),
        message: error.message,
      }),
      403,
    );
  }
  if (error instanceof Invalid) {
    if (api) return sendProblem(reply, invalidProblem(error.fieldErrors));
    return reply.page(
      BadRequestPage({
        context: await safePageContext(request, reply, deps),
        message: error.message,
      }),
      400,
    );
  }
  if (error instanceof Conflict) {
    if (api) return sendProblem(reply, { status: 409, title: 'Conflict', detail: error.message });
    return reply.page(
      BadRequestPage({
        context: await safePageContext(request, reply, deps),
        message: error.message,
      }),
      409,
    );
  }
  if (error instanceof TooManyAttempts) {
    reply.header('retry-after', String(error.retryAfterSeconds));
    if (api)
      return sendProblem(reply, { status: 429, title: 'Too many requests', detail: error.message });
    return reply.page(
      TooManyAttemptsPage({
        context: await safePageContext(request, reply, deps),
        message: error.message,
      }),
      429,
    );
  }
  const status = (error as FastifyError).statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message = clientErrorMessage(error as FastifyError);
    if (api) return sendProblem(reply, { status, title: message });
    return reply.page(
      BadRequestPage({ context: await safePageContext(request, reply, deps), message }),
      status,
    );
  }
  request.log.error({ err: error }, 'unexpected error');
  if (api)
    return sendProblem(reply, { status: 500, title: 'Internal error', reference: request.id });
  return reply.page(
    ServerErrorPage({
      context: await safePageContext(request, reply, deps),
      reference: request.id,
    }),
    500,
  );
}

function clientErrorMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'What you sent is too large.';
    case 'FST_REQ_FILE_TOO_LARGE':
      return 'The file is too large: a file may be 10 MB at most. Go back and choose a smaller one.';
    case 'FST_FILES_LIMIT':
      return 'Too many files were sent at once. Go back and send them one at a time.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'What you sent is in a format Kinfold does not accept.';
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The JSON body could not be read.';
    default:
      return 'The request could not be read.';
  }
}

// An error page must never fail itself (for example when the database is what broke).
async function safePageContext(
  request: FastifyRequest,
  reply: FastifyReply,
  deps: HttpDeps,
): Promise<PageContext> {
  try {
    return await pageContext(request, reply, deps);
  } catch {
    return {
      actor: null,
      csrfToken: '',
      agencyName: 'Kinfold',
      locale: 'en-GB',
      timeZone: 'Europe/London',
      today: new Date().toISOString().slice(0, 10),
      terms: termsFor('en-GB'),
      currentPath: '/',
      flash: null,
    };
  }
}
