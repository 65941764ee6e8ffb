// What e-learning's forms and addresses accept.
import { z } from 'zod';
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import type { Answers } from './progress-rules.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_OPTIONS = 6;

/** A module's id in an address. */
export const ZModuleId = z.guid();

/** A page's place in a module, from 1, in an address. */
export const ZPosition = z.coerce.number().int().min(1).max(1000);

// Fields left out of a form altogether are read as left blank, so each gets its own message.
const withBlanks = <S extends z.ZodType>(fields: string[], schema: S) =>
  z.preprocess(
    (input) =>
      input && typeof input === 'object'
        ? { ...Object.fromEntries(fields.map((field) => [field, ''])), ...input }
        : input,
    schema,
  );

const wholeNumber = (message: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, message)
    .transform(Number)
    .refine((value) => value >= min && value <= max, message);

const ZModuleFields = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'Enter the module’s title')
      .max(120, 'Enter a title of 120 characters or fewer'),
    summary: z
      .string()
      .trim()
      .min(1, 'Say in a sentence or two what carers will learn')
      .max(600, 'Enter a summary of 600 characters or fewer'),
    courseId: z
      .string()
      .refine((value) => value === '' || UUID.test(value), 'Choose a course from the list'),
    courseRole: z.enum(['', 'completes', 'supplements'], {
      error: 'Choose whether the module completes the course or adds to it',
    }),
    passMark: wholeNumber('Enter the pass mark as a percentage from 1 to 100, like 80', 1, 100),
    estimatedMinutes: wholeNumber(
      'Enter how many minutes the module takes, from 1 to 600, like 30',
      1,
      600,
    ),
  })
  .superRefine((module, context) => {
    if (module.courseId && !module.courseRole) {
      context.addIssue({
        code: 'custom',
        path: ['courseRole'],
        message: 'Choose whether the module completes the course or adds to it',
      });
    }
  });

/** A new module as its author types it. */
export const ZModuleInput = withBlanks(
  ['title', 'summary', 'courseId', 'courseRole', 'passMark', 'estimatedMinutes'],
  ZModuleFields,
);
export type TModuleInput = z.infer<typeof ZModuleInput>;

/** A page added to a module: its title and its text in Markdown. */
export const ZPageInput = withBlanks(
  ['pageTitle', 'pageBody'],
  z.object({
    pageTitle: z
      .string()
      .trim()
      .min(1, 'Enter the page’s title')
      .max(120, 'Enter a page title of 120 characters or fewer'),
    pageBody: z
      .string()
      .trim()
      .min(1, 'Write the page’s text')
      .max(20_000, 'Keep the page to 20,000 characters or fewer; split it into two pages'),
  }),
);
export type TPageInput = z.infer<typeof ZPageInput>;

/** The options typed one to a line, without blank lines or spaces at either end. */
export function splitOptions(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const sameAnswer = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').toLowerCase() === b.replace(/\s+/g, ' ').toLowerCase();

/** A question added to a module; the correct answer is typed as one of the options. */
export const ZQuestionInput = withBlanks(
  ['prompt', 'options', 'correctAnswer', 'explanation'],
  z
    .object({
      prompt: z
        .string()
        .trim()
        .min(1, 'Enter the question')
        .max(300, 'Enter a question of 300 characters or fewer'),
      options: z
        .string()
        .transform(splitOptions)
        .refine(
          (options) => options.length >= 2 && options.length <= MAX_OPTIONS,
          `Enter from 2 to ${MAX_OPTIONS} answers to choose from, one on each line`,
        )
        .refine(
          (options) => options.every((option) => option.length <= 200),
          'Keep each answer to 200 characters or fewer',
        )
        .refine(
          (options) =>
            new Set(options.map((option) => option.toLowerCase())).size === options.length,
          'Each answer must be different from the others',
        ),
      correctAnswer: z.string().trim().min(1, 'Enter the correct answer, as written in the list'),
      explanation: z
        .string()
        .trim()
        .min(1, 'Explain why the answer is right; carers see it after answering')
        .max(1000, 'Keep the explanation to 1,000 characters or fewer'),
    })
    .superRefine((question, context) => {
      if (!question.options.some((option) => sameAnswer(option, question.correctAnswer))) {
        context.addIssue({
          code: 'custom',
          path: ['correctAnswer'],
          message:
            'The correct answer must be one of the answers to choose from: copy it exactly from the list',
        });
      }
    })
    .transform(({ correctAnswer, ...question }) => ({
      ...question,
      correctOption: question.options.findIndex((option) => sameAnswer(option, correctAnswer)),
    })),
);
export type TQuestionInput = z.infer<typeof ZQuestionInput>;

/** Publishing or unpublishing a module. */
export const ZPublishInput = z.object({ publish: z.enum(['yes', 'no']) });

/** The form field that carries the answer to the question at this position. */
export const answerField = (position: number) => `question-${position}`;

/**
 * Reads a knowledge check's answers; every question left unanswered (or answered with something
 * that is not one of its options) is named, so the carer can see which ones to go back to.
 */
export function readAnswers(
  questions: { id: string; position: number; prompt: string; options: string[] }[],
  values: FormValues,
): { answers: Answers; errors: FieldErrors } {
  const answers: Answers = {};
  const errors: FieldErrors = {};
  for (const [index, question] of questions.entries()) {
    const field = answerField(question.position);
    const raw = values[field] ?? '';
    const chosen = /^\d{1,2}$/.test(raw) ? Number(raw) : -1;
    if (chosen >= 0 && chosen < question.options.length) answers[question.id] = chosen;
    else errors[field] = `Choose an answer to question ${index + 1}: ${question.prompt}`;
  }
  return { answers, errors };
}
