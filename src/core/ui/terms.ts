/**
 * The agency's words. England's terms by default; an agency in the United States switches the
 * locale setting. Pages take words from here rather than writing them in.
 */
const EN_GB = {
  fosterCarer: 'foster carer',
  fosterCarers: 'foster carers',
  kinshipCarer: 'kinship carer',
  familyTime: 'family time',
  lookedAfterChild: 'looked-after child',
  supervisingSocialWorker: 'supervising social worker',
  youngPerson: 'young person',
  birthParent: 'birth parent',
} as const;

export type Terms = { [K in keyof typeof EN_GB]: string };
export type Locale = 'en-GB' | 'en-US';

const EN_US: Terms = {
  fosterCarer: 'foster parent',
  fosterCarers: 'foster parents',
  kinshipCarer: 'kinship caregiver',
  familyTime: 'visitation',
  lookedAfterChild: 'youth in care',
  supervisingSocialWorker: 'licensing worker',
  youngPerson: 'young person',
  birthParent: 'birth parent',
};

/** The words for a locale. */
export function termsFor(locale: Locale): Terms {
  return locale === 'en-US' ? EN_US : EN_GB;
}

/** Upper-cases the first letter, for terms at the start of a sentence or heading. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
