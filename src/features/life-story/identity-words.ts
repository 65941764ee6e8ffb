// The identity page's rows, said from whoever's side the page speaks: the book in the young
// person's own voice ("What matters to me"), their space to them ("What matters to you"), and
// staff's page about them ("What matters to Zara").
import type { IdentityFacts } from './store.ts';

/** Whose voice the identity page speaks in. */
export type Voice = { kind: 'me' } | { kind: 'you' } | { kind: 'named'; name: string };

/** One row of the identity page; rows with nothing written are left out. */
export type IdentityRow = { label: string; text: string; isOwnWords: boolean };

/** The identity page's rows that have something in them, in the voice asked for. */
export function identityRows(identity: IdentityFacts, voice: Voice): IdentityRow[] {
  const words = labelsFor(voice);
  const rows: IdentityRow[] = [
    { label: words.heritage, text: identity.heritage, isOwnWords: true },
    { label: words.background, text: identity.ethnicity, isOwnWords: false },
    { label: words.culture, text: identity.cultureNotes, isOwnWords: false },
    { label: words.languages, text: identity.languages.join(', '), isOwnWords: false },
    { label: words.faith, text: identity.faith, isOwnWords: false },
    { label: words.whatMatters, text: identity.whatMatters, isOwnWords: true },
  ];
  return rows.filter((row) => row.text.trim() !== '');
}

function labelsFor(voice: Voice) {
  switch (voice.kind) {
    case 'me':
      return {
        heritage: 'My heritage',
        background: 'My background',
        culture: 'My culture',
        languages: 'Languages I speak',
        faith: 'My faith',
        whatMatters: 'What matters to me',
      };
    case 'you':
      return {
        heritage: 'Your heritage',
        background: 'Your background',
        culture: 'Your culture',
        languages: 'Languages you speak',
        faith: 'Your faith',
        whatMatters: 'What matters to you',
      };
    case 'named':
      return {
        heritage: `Heritage, in ${voice.name}’s words`,
        background: 'Ethnicity',
        culture: 'Culture and heritage (from the record)',
        languages: 'Languages',
        faith: 'Faith',
        whatMatters: `What matters to ${voice.name}, in their words`,
      };
  }
}
