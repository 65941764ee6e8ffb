import type { Role } from '../access/roles.ts';
import type { Locale, Terms } from './terms.ts';

export type Flash = { kind: 'success' | 'info'; text: string };

/** What every page needs around its content: who is looking, the form token, the agency's name and words. */
export type PageContext = {
  actor: { name: string; role: Role } | null;
  csrfToken: string;
  agencyName: string;
  locale: Locale;
  /** The agency's time zone, for showing times and working out today. */
  timeZone: string;
  /** Today's date in the agency's time zone (YYYY-MM-DD). */
  today: string;
  terms: Terms;
  currentPath: string;
  flash: Flash | null;
};
