// The forms for the people around a child: brothers and sisters, who decides what (delegated
// authority), and the households the child must never be matched with.
import { z } from 'zod';
import type { DecidedBy, DelegatedTopic } from '../../core/db/tables.ts';
import { optionalText, requiredText, withBlanks } from './form-fields.ts';

/** The everyday decisions a placement plan settles, in the order the form asks about them. */
export const DELEGATED_TOPICS: ReadonlyArray<{ topic: DelegatedTopic; label: string }> = [
  { topic: 'haircuts', label: 'Haircuts' },
  { topic: 'school_trips', label: 'School trips' },
  { topic: 'sleepovers', label: 'Sleepovers with friends' },
  { topic: 'routine_medical', label: 'Routine health: dentist, optician, doctor' },
  { topic: 'medical_treatment', label: 'Medical treatment and vaccinations' },
  { topic: 'religious_observance', label: 'Faith and religious observance' },
  { topic: 'holidays_abroad', label: 'Holidays abroad' },
  { topic: 'social_media', label: 'Social media and phones' },
  { topic: 'photographs', label: 'Photographs (school, clubs, online)' },
];

/** Who decides, in plain words. */
export const DECIDERS: ReadonlyArray<{ value: DecidedBy; label: string }> = [
  { value: 'carers', label: 'The carers' },
  { value: 'social_worker', label: 'The child’s social worker' },
  { value: 'birth_parents', label: 'Birth parents' },
  { value: 'shared', label: 'Shared: talked through together' },
];

const DECIDED_BY = DECIDERS.map((each) => each.value) as [DecidedBy, ...DecidedBy[]];

const id = (message: string) =>
  z
    .string()
    .trim()
    .refine((value) => z.guid().safeParse(value).success, message)
    .transform((value) => value.toLowerCase());

/** A brother or sister to link, and whether the plan is for them to live together. */
export const ZSiblingLink = withBlanks(
  ['siblingId', 'isTogetherPlanned'],
  z.object({
    siblingId: id('Choose a brother or sister from the list'),
    isTogetherPlanned: z
      .enum(['yes', 'no'], { error: 'Say whether the plan is for them to live together' })
      .transform((value) => value === 'yes'),
  }),
);
export type TSiblingLink = z.infer<typeof ZSiblingLink>;

const topicFields = Object.fromEntries(
  DELEGATED_TOPICS.flatMap(({ topic, label }) => [
    [
      `decidedBy_${topic}`,
      z.union([z.literal(''), z.enum(DECIDED_BY)], {
        error: `Choose who decides about ${label.toLowerCase()}`,
      }),
    ],
    [`notes_${topic}`, optionalText(`the notes on ${label.toLowerCase()}`, 500)],
  ]),
) as Record<string, z.ZodType<string>>;

/** One decision per topic; a topic left unchosen has not been decided yet. */
export type TDelegatedAuthority = Array<{
  topic: DelegatedTopic;
  decidedBy: DecidedBy;
  notes: string;
}>;

/** The delegated authority form: a select and a note for every topic. */
export const ZDelegatedAuthority = withBlanks(
  Object.keys(topicFields),
  z.object(topicFields).transform((fields): TDelegatedAuthority =>
    DELEGATED_TOPICS.flatMap(({ topic }) => {
      const decidedBy = fields[`decidedBy_${topic}`] as DecidedBy | '';
      return decidedBy === '' ? [] : [{ topic, decidedBy, notes: fields[`notes_${topic}`] ?? '' }];
    }),
  ),
);

/** A household the child must never be matched with, and why. */
export const ZExclusion = withBlanks(
  ['householdId', 'reason'],
  z.object({
    householdId: id('Choose a household from the list'),
    reason: requiredText('the reason', 1000),
  }),
);
export type TExclusion = z.infer<typeof ZExclusion>;
