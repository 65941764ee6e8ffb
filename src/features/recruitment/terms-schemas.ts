// The schemas of the panel's recommendation and the agency decision: approve or not, the reasons,
// and the terms of approval.
import { z } from 'zod';
import {
  blankAsMissing,
  choice,
  civilDate,
  optionalText,
  text,
  wholeNumber,
} from './field-schemas.ts';
import { CARE_TYPES, type CareType } from './words.ts';

/** The fields of each kind of care, as checkboxes: careType_long_term=yes. */
const careTypeFields = Object.fromEntries(
  CARE_TYPES.map((careType) => [`careType_${careType}`, z.string().optional()]),
) as Record<`careType_${CareType}`, z.ZodOptional<z.ZodString>>;

const termsFields = {
  recommendation: choice(['approve', 'not_approve'], 'Choose approve or do not approve'),
  reasons: text('the reasons', 4000),
  maxChildren: wholeNumber('how many children', 1, 10),
  ageFrom: wholeNumber('the youngest age', 0, 21),
  ageTo: wholeNumber('the oldest age', 0, 21),
  ...careTypeFields,
};

type TermsInput = {
  recommendation: 'approve' | 'not_approve';
  maxChildren?: number | undefined;
  ageFrom?: number | undefined;
  ageTo?: number | undefined;
} & Partial<Record<`careType_${CareType}`, string | undefined>>;

const careTypesOf = (input: TermsInput): CareType[] =>
  CARE_TYPES.filter((careType) => Boolean(input[`careType_${careType}`]));

// Approval comes with terms: how many children, what ages, which kinds of care.
function checkTerms(input: TermsInput, context: z.RefinementCtx): void {
  if (input.recommendation !== 'approve') return;
  const missing: Array<[keyof TermsInput, string]> = [
    ['maxChildren', 'Enter how many children they may care for'],
    ['ageFrom', 'Enter the youngest age they may care for'],
    ['ageTo', 'Enter the oldest age they may care for'],
  ];
  for (const [field, message] of missing) {
    if (input[field] === undefined) context.addIssue({ code: 'custom', path: [field], message });
  }
  if (input.ageFrom !== undefined && input.ageTo !== undefined && input.ageFrom > input.ageTo) {
    context.addIssue({
      code: 'custom',
      path: ['ageTo'],
      message: 'The oldest age must be the same as or more than the youngest age',
    });
  }
  if (careTypesOf(input).length === 0) {
    context.addIssue({
      code: 'custom',
      path: ['careTypes'],
      message: 'Choose at least one kind of care',
    });
  }
}

const withCareTypes = <T extends TermsInput>(input: T) => ({
  ...input,
  careTypes: careTypesOf(input),
});

/** The panel's recommendation, with the terms it proposes. */
export const ZRecommendation = z
  .object(termsFields)
  .superRefine(checkTerms)
  .transform(withCareTypes);
export type TRecommendation = z.infer<typeof ZRecommendation>;

/** The agency decision maker's decision, with the terms of approval. */
export const ZDecision = z
  .object({
    ...termsFields,
    decidedOn: civilDate('the date of the decision'),
    careKind: z.preprocess(
      blankAsMissing,
      choice(['foster', 'kinship'], 'Choose foster care or kinship care').optional(),
    ),
    areaId: z.preprocess(
      blankAsMissing,
      z.guid({ error: 'Choose an area from the list' }).optional(),
    ),
    addressLine: optionalText('the address', 200),
    town: optionalText('the town', 100),
    postcode: optionalText('the postcode', 12),
  })
  .superRefine((input, context) => {
    checkTerms(input, context);
    if (input.recommendation === 'approve' && !input.careKind) {
      context.addIssue({
        code: 'custom',
        path: ['careKind'],
        message: 'Choose foster care or kinship care',
      });
    }
  })
  .transform(withCareTypes);
export type TDecision = z.infer<typeof ZDecision>;
