import { DateTime } from 'luxon';
import { z } from 'zod';
import { isReservedSlug, SLUG_MAX, SLUG_PATTERN } from './slug.ts';
import { MAX_TAGS, parseTags, TAG_PATTERN } from './tags.ts';

/** How many articles one page of the public list shows. */
export const ARTICLES_PER_PAGE = 10;
export const TITLE_MAX = 120;
export const SUMMARY_MAX = 300;
export const BODY_MAX = 50_000;

/** The query of the public list: /news?page=2&tag=training. */
export const ZNewsListQuery = z.object({
  page: z.preprocess(
    (value) => (value === '' || value === undefined ? 1 : value),
    z.coerce.number().int().min(1).max(100_000),
  ),
  tag: z
    .string()
    .trim()
    .toLowerCase()
    .regex(TAG_PATTERN)
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

/** An article's address in a URL. */
export const ZSlug = z.string().regex(SLUG_PATTERN).max(SLUG_MAX);

/** An article's id in a staff URL. */
export const ZArticleId = z.guid();

/** The article form, as staff send it (with the button they pressed: preview or save). */
export const ZArticleForm = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Enter a title')
    .max(TITLE_MAX, `Enter a title of ${TITLE_MAX} characters or fewer`),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(SLUG_MAX, `Enter a web address of ${SLUG_MAX} characters or fewer`)
    .refine(
      (slug) => slug === '' || SLUG_PATTERN.test(slug),
      'Use only lower-case letters, numbers and single hyphens in the web address, like our-new-training-dates',
    )
    .refine(
      (slug) => !isReservedSlug(slug),
      'This web address is used by the news section itself. Choose another',
    )
    .default(''),
  summary: z
    .string()
    .trim()
    .min(1, 'Enter a summary of one or two sentences')
    .max(SUMMARY_MAX, `Enter a summary of ${SUMMARY_MAX} characters or fewer`),
  body: z
    .string()
    .trim()
    .min(1, 'Write the article')
    .max(BODY_MAX, `The article must be ${BODY_MAX.toLocaleString('en-GB')} characters or fewer`),
  tags: z
    .string()
    .default('')
    .transform(parseTags)
    .refine(
      (tags) => tags.every((tag) => TAG_PATTERN.test(tag)),
      'Each tag must be 30 characters or fewer, using letters, numbers, spaces and hyphens, with commas between tags',
    )
    .refine((tags) => tags.length <= MAX_TAGS, `Give no more than ${MAX_TAGS} tags`),
  status: z.enum(['draft', 'published'], { error: 'Choose draft or published' }),
  publishOn: z
    .string()
    .trim()
    .default('')
    .refine(
      (value) =>
        value === '' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid),
      'Enter the publish date as a real date, for example 2026-03-14',
    )
    .refine(
      (value) => value === '' || (value >= '2000-01-01' && value <= '2099-12-31'),
      'Enter a publish date between the years 2000 and 2099',
    )
    .transform((value) => (value === '' ? null : value)),
  intent: z.enum(['preview', 'save']).default('save'),
});
export type TArticleForm = z.infer<typeof ZArticleForm>;
/** An article as a service saves it (the form, less the button pressed). */
export type TArticleInput = Omit<TArticleForm, 'intent'>;
