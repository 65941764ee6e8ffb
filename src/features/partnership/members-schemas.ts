// What the "who is in the space" form accepts. Its fields depend on the child's parents (a level
// and a reason for each), so the schema is built for the parents the form was about.
import { z } from 'zod';
import type { SpaceLevel } from '../../core/db/tables.ts';
import { SPACE_LEVELS, codesOf } from './vocabulary.ts';

export const MAX_REASON = 1_000;
export const MAX_EMAIL_LABEL = 40;
export const MAX_RELATIONSHIP = 300;

/** The form's field for a parent's level, and for the reason. */
export const levelField = (userId: string) => `level_${userId}`;
export const reasonField = (userId: string) => `reason_${userId}`;

/** What the form saves: each parent's level, and the space's settings. */
export type TMembersInput = {
  levels: Array<{ userId: string; level: SpaceLevel; reason: string }>;
  emailLabel: string;
  /** Null when the form did not ask (the child is not in kinship care): left as it is. */
  carersRelationship: string | null;
};

type Names = { firstName: string; lastName: string; knownAs: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Why an email label would give the child away, or null. Emails are glanced at and forwarded, so
 * the label may not carry the child's surname (whole word, any case), alone or with a first name.
 */
export function problemWithEmailLabel(label: string, names: Names): string | null {
  const surname = names.lastName.trim();
  if (surname === '') return null;
  const fullName = `${names.firstName.trim()} ${surname}`;
  for (const giveaway of [fullName, surname]) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(giveaway)}(?![\\p{L}\\p{N}])`,
      'iu',
    );
    if (pattern.test(label)) {
      return `The email label must not contain ${names.knownAs}’s surname: use a first name, initials or a nickname`;
    }
  }
  return null;
}

/** The schema for this child's form: one level and reason per parent, the label, the relationship. */
export function membersSchema(input: {
  parents: ReadonlyArray<{ userId: string; name: string }>;
  names: Names;
  isKinship: boolean;
}) {
  const shape: Record<string, z.ZodType<string>> = {
    email_label: z
      .string()
      .trim()
      .max(MAX_EMAIL_LABEL, `The email label must be ${MAX_EMAIL_LABEL} characters or fewer`),
    carers_relationship: z
      .string()
      .trim()
      .max(
        MAX_RELATIONSHIP,
        `How the carers are related must be ${MAX_RELATIONSHIP} characters or fewer`,
      ),
  };
  const blanks: Record<string, string> = { email_label: '', carers_relationship: '' };
  for (const parent of input.parents) {
    shape[levelField(parent.userId)] = z.enum(codesOf(SPACE_LEVELS), {
      error: `Choose whether ${parent.name} is in the space, and how`,
    });
    shape[reasonField(parent.userId)] = z
      .string()
      .trim()
      .max(MAX_REASON, `The reason for ${parent.name} must be ${MAX_REASON} characters or fewer`);
    blanks[levelField(parent.userId)] = '';
    blanks[reasonField(parent.userId)] = '';
  }
  return z.preprocess(
    (form: unknown) => (form && typeof form === 'object' ? { ...blanks, ...form } : form),
    z
      .object(shape)
      .superRefine((form, issues) => {
        for (const parent of input.parents) {
          if (
            form[levelField(parent.userId)] !== 'direct' &&
            form[reasonField(parent.userId)] === ''
          ) {
            issues.addIssue({
              code: 'custom',
              path: [reasonField(parent.userId)],
              message: `Say why ${parent.name}’s messages are read first, or why they are not in the space`,
            });
          }
        }
        const problem = problemWithEmailLabel(form.email_label ?? '', input.names);
        if (problem) issues.addIssue({ code: 'custom', path: ['email_label'], message: problem });
      })
      .transform((form): TMembersInput => ({
        levels: input.parents.map((parent) => ({
          userId: parent.userId,
          level: form[levelField(parent.userId)] as SpaceLevel,
          reason: form[reasonField(parent.userId)] ?? '',
        })),
        emailLabel: form.email_label ?? '',
        carersRelationship: input.isKinship ? (form.carers_relationship ?? '') : null,
      })),
  );
}
