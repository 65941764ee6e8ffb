// What the matching pages' addresses and forms may carry.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NotFound } from '../../core/errors.ts';
import { FACTOR_WORDS, FACTORS, type Weights } from './factors.ts';

/** A record's id in an address; anything else is a page that does not exist. */
export function idParam(request: FastifyRequest, name: string): string {
  const parsed = z.guid().safeParse((request.params as Record<string, unknown>)[name]);
  if (!parsed.success) throw new NotFound();
  return parsed.data;
}

const householdId = (message: string) =>
  z.string({ error: message }).pipe(z.guid({ error: message }));

/** A household chosen with a button: to shortlist it or share the child's information with it. */
export const ZHouseholdChoice = z.object({
  householdId: householdId('Choose a household from the ranking'),
});

/** The page of the matches list: ?page=2 (page 1 when missing or not a number). */
export const ZMatchesQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});

const COMPARE_MESSAGE = 'Choose 2 or 3 households to compare';

/** The households to compare: ?household=…&household=… (two or three, all different). */
export const ZCompareQuery = z.object({
  household: z
    .union([z.string(), z.array(z.string())], { error: COMPARE_MESSAGE })
    .transform((value) => [...new Set(Array.isArray(value) ? value : [value])])
    .pipe(
      z
        .array(z.guid({ error: COMPARE_MESSAGE }))
        .min(2, { error: COMPARE_MESSAGE })
        .max(3, { error: COMPARE_MESSAGE }),
    ),
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (value: string) =>
  ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The worker's decision. The start day defaults to today (filled in by the route). */
export const ZDecision = z.object({
  householdId: householdId('Choose the household that will care for the child'),
  reasons: z
    .string({ error: 'Say why this household is the right home' })
    .trim()
    .min(1, { error: 'Say why this household is the right home' })
    .max(5000, { error: 'Keep the reasons under 5,000 characters' }),
  reasonNotTop: z
    .string()
    .trim()
    .max(5000, { error: 'Keep this under 5,000 characters' })
    .default(''),
  startedOn: z.string({ error: 'Enter the day the child moves in' }).trim().refine(isRealDate, {
    error: 'Enter the day the child moves in as a real date, for example 2026-12-01',
  }),
});
export type TDecision = z.infer<typeof ZDecision>;

/** A carer's answer to an offer. */
export const ZOfferAnswer = z.object({
  response: z.enum(['accepted', 'declined'], {
    error: 'Choose yes or no',
  }),
  note: z.string().trim().max(5000, { error: 'Keep your note under 5,000 characters' }).default(''),
});

const weightField = (name: string) =>
  z
    .string({ error: `Enter a weight for ${name} from 0 to 100` })
    .trim()
    .regex(/^\d{1,3}$/, { error: `Enter a whole number from 0 to 100 for ${name}` })
    .transform(Number)
    .refine((value) => value <= 100, { error: `Enter a whole number from 0 to 100 for ${name}` });

/** The weights form: every factor a whole number 0–100, and not all of them 0. */
export const ZWeights = z
  .object(
    Object.fromEntries(
      FACTORS.map((factor) => [factor, weightField(FACTOR_WORDS[factor].name.toLowerCase())]),
    ) as Record<(typeof FACTORS)[number], ReturnType<typeof weightField>>,
  )
  .refine((weights) => FACTORS.some((factor) => weights[factor] > 0), {
    error: 'Give at least one factor a weight above 0: they add up to 0 now',
    path: [FACTORS[0]],
  })
  .transform((weights) => weights as Weights);
