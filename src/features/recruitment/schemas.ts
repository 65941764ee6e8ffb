// The schemas of recruitment's queries and forms; the recommendation and decision are in
// terms-schemas.ts.
import { z } from 'zod';
import { ASSESSMENT_SECTIONS } from './assessment-sections.ts';
import {
  blankAsMissing,
  choice,
  civilDate,
  optionalDate,
  optionalText,
  text,
} from './field-schemas.ts';
import { ALL_STAGES, type RecruitmentStage } from './stages.ts';
import { CHECK_KINDS, CHECK_OUTCOMES, PROGRESS, SOURCES } from './words.ts';

/** How many people one page of the table shows. */
export const PEOPLE_PER_PAGE = 25;

const PAGE_MESSAGE = 'The page number must be a whole number, 1 or more';

/** The filters of the recruitment list, as kept in its address. */
export const ZPipelineQuery = z.object({
  view: z.preprocess(
    blankAsMissing,
    choice(['board', 'table'], 'Choose board or table').default('board'),
  ),
  stage: z.preprocess(
    blankAsMissing,
    choice(
      ['all', ...ALL_STAGES] as [string, ...string[]],
      'Choose a stage from the list',
    ).optional(),
  ),
  source: z.preprocess(blankAsMissing, choice(SOURCES, 'Choose a way in from the list').optional()),
  officer: z.preprocess(
    blankAsMissing,
    z
      .string()
      .refine((value) => value === 'me' || value === 'none' || z.guid().safeParse(value).success, {
        error: 'Choose someone from the list',
      })
      .optional(),
  ),
  overdue: z.preprocess(
    blankAsMissing,
    choice(['yes'], 'Tick the box or leave it empty').optional(),
  ),
  page: z.preprocess(
    (value) => blankAsMissing(value) ?? 1,
    z.coerce
      .number({ error: PAGE_MESSAGE })
      .int({ error: PAGE_MESSAGE })
      .min(1, { error: PAGE_MESSAGE })
      .max(100_000, { error: PAGE_MESSAGE }),
  ),
});
export type TPipelineQuery = z.infer<typeof ZPipelineQuery>;

/** An id in an address; anything else is a page that does not exist. */
export const ZId = z.guid();

/** Who looks after someone's recruitment: an officer's id, or nobody. */
export const ZAssignOfficer = z.object({
  officerId: z.preprocess(
    blankAsMissing,
    z.guid({ error: 'Choose someone from the list' }).optional(),
  ),
});

/** What to do next and by when. */
export const ZNextAction = z
  .object({
    nextAction: optionalText('the next action', 200),
    nextActionOn: optionalDate('the date for the next action'),
  })
  .refine((input) => !input.nextActionOn || input.nextAction !== '', {
    error: 'Enter what the next action is, or clear its date',
    path: ['nextAction'],
  });
export type TNextAction = z.infer<typeof ZNextAction>;

/** A note on the record. */
export const ZNote = z.object({ noteBody: text('the note', 5000) });

/** Moving someone on to the next stage; the application needs its date. */
export const ZMoveStage = z.object({
  fromStage: choice(
    ALL_STAGES as [RecruitmentStage, ...RecruitmentStage[]],
    'This form is out of date: open the record again',
  ),
  appliedOn: optionalDate('the date of the application'),
});

/** Why someone is leaving the way to approval. */
export const ZWithdraw = z.object({ reason: text('the reason', 1000) });

/** The key dates, when they need correcting. */
export const ZDates = z.object({
  appliedOn: optionalDate('the date of the application'),
  panelOn: optionalDate('the date of the panel'),
});
export type TDates = z.infer<typeof ZDates>;

/** An adult living in the applying household. */
export const ZNewAdult = z.object({
  firstName: text('their first name', 80),
  lastName: text('their last name', 80),
  relationship: choice(
    ['applicant', 'joint_applicant', 'adult_in_household'],
    'Choose how they belong to the household',
  ),
  dateOfBirth: optionalDate('their date of birth'),
});
export type TNewAdult = z.infer<typeof ZNewAdult>;

/** A statutory check asked for, and what came back. */
export const ZCheck = z
  .object({
    adultId: z.guid({ error: 'Choose the adult the check is about' }),
    kind: choice(CHECK_KINDS, 'Choose the kind of check'),
    detail: optionalText('who was asked', 200),
    requestedOn: civilDate('the date it was asked for'),
    receivedOn: optionalDate('the date it came back'),
    outcome: z.preprocess(blankAsMissing, choice(CHECK_OUTCOMES, 'Choose an outcome').optional()),
  })
  .superRefine((input, context) => {
    if (input.receivedOn && input.receivedOn < input.requestedOn) {
      context.addIssue({
        code: 'custom',
        path: ['receivedOn'],
        message: 'The date it came back must be on or after the date it was asked for',
      });
    }
    if (input.receivedOn && !input.outcome) {
      context.addIssue({
        code: 'custom',
        path: ['outcome'],
        message: 'Choose the outcome of the check',
      });
    }
    if (input.outcome && !input.receivedOn) {
      context.addIssue({
        code: 'custom',
        path: ['receivedOn'],
        message: 'Enter the date it came back, or choose no outcome yet',
      });
    }
  });
export type TCheck = z.infer<typeof ZCheck>;

/** How far each section of the Stage 2 report has got. */
export const ZAssessment = z.object(
  Object.fromEntries(
    ASSESSMENT_SECTIONS.map((section) => [
      section.code,
      choice(PROGRESS, `Choose how far “${section.label}” has got`),
    ]),
  ) as Record<
    (typeof ASSESSMENT_SECTIONS)[number]['code'],
    z.ZodEnum<{ [K in (typeof PROGRESS)[number]]: K }>
  >,
);
export type TAssessment = z.infer<typeof ZAssessment>;

/** A new panel meeting; members one to a line. */
export const ZNewPanel = z.object({
  meetsOn: civilDate('the date of the meeting'),
  chair: text('the name of the chair', 120),
  members: optionalText('the members', 2000).transform((value) =>
    value
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  ),
});
export type TNewPanel = z.infer<typeof ZNewPanel>;

/** Someone put on a meeting's agenda. */
export const ZAgendaItem = z.object({
  prospectiveCarerId: z.guid({ error: 'Choose who the panel will hear' }),
});

/** The period a report covers: people who enquired between two dates (both included). */
export const ZPeriod = z
  .object({
    from: optionalDate('the first date'),
    to: optionalDate('the last date'),
  })
  .refine((period) => !period.from || !period.to || period.from <= period.to, {
    error: 'The last date must be the same as or after the first date',
    path: ['to'],
  });
export type TPeriod = z.infer<typeof ZPeriod>;

/** The export's filters: the list's, and a period. */
export const ZExportQuery = ZPipelineQuery.omit({ view: true, page: true }).and(ZPeriod);
export type TExportQuery = z.infer<typeof ZExportQuery>;
