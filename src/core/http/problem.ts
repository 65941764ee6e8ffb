import type { FastifyReply } from 'fastify';
import type { FieldErrors } from '../errors.ts';

/** An RFC 9457 problem body: what went wrong, for a program and for a person reading it. */
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: Array<{ field: string; message: string }>;
  reference?: string;
};

/** Sends a problem+json answer. */
export function sendProblem(
  reply: FastifyReply,
  problem: Omit<Problem, 'type'> & { type?: string },
): FastifyReply {
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send({ type: problem.type ?? 'about:blank', ...problem });
}

/** The problem for input that failed validation, one entry per field. */
export function invalidProblem(fieldErrors: FieldErrors): Omit<Problem, 'type'> {
  return {
    status: 400,
    title: 'The request has invalid fields',
    detail: 'Correct the fields listed in errors and send the request again.',
    errors: Object.entries(fieldErrors).map(([field, message]) => ({ field, message })),
  };
}
