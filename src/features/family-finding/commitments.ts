// What an adult can promise a young person in a permanency pact, in the order the form offers it.
// The codes are stored in permanency_pacts.commitments; each has its own form field, because a
// form shown again keeps one value per field name.

export type Commitment =
  | 'keep_in_touch'
  | 'birthdays'
  | 'holidays'
  | 'emergency_stay'
  | 'school_work_money'
  | 'after_care'
  | 'reviews';

export const COMMITMENTS: ReadonlyArray<{ code: Commitment; label: string }> = [
  { code: 'keep_in_touch', label: 'Keeping in touch regularly' },
  { code: 'birthdays', label: 'Birthdays and celebrations' },
  { code: 'holidays', label: 'Holidays' },
  { code: 'emergency_stay', label: 'A place to stay in an emergency' },
  { code: 'school_work_money', label: 'Help with school, work or money' },
  { code: 'after_care', label: 'Being there after care ends' },
  { code: 'reviews', label: 'Going to reviews and meetings' },
];

/** The form field that carries one commitment's tick. */
export function commitmentField(code: string): string {
  return `commit_${code}`;
}

/** The words for a stored commitment; an unknown code shows as it is rather than vanishing. */
export function commitmentLabel(code: string): string {
  return COMMITMENTS.find((commitment) => commitment.code === code)?.label ?? code;
}
