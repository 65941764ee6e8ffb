// What the consent cookie says. Its value is "<policy version>:<categories>:<decision id>", for
// example "v1:analytics:3kq…" or "v1:none:8xw…". A choice made under an older cookie policy counts
// as no choice, so the visitor is asked again when the policy changes what it asks.

/** Remembers the visitor's cookie choice; strictly necessary, so it needs no consent of its own. */
export const CONSENT_COOKIE = 'kf_consent';
/** A random id for counting visits, set only after the visitor accepts analytics cookies. */
export const ANALYTICS_ID_COOKIE = 'kf_aid';
/** Bumped whenever the cookie policy changes what it asks visitors to agree to. */
export const POLICY_VERSION = 'v1';
/** How long a choice is remembered before the visitor is asked again. */
export const CONSENT_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export type ConsentCategory = 'analytics';

/** A visitor's cookie choice as their browser holds it. */
export type ConsentState = {
  isDecided: boolean;
  hasAnalytics: boolean;
  /** The id of the decision on record, when the cookie carries one. */
  decisionId: string | null;
};

export const UNDECIDED: ConsentState = { isDecided: false, hasAnalytics: false, decisionId: null };

const DECISION_ID = /^[A-Za-z0-9_-]{16,64}$/;

/** Reads the consent cookie; anything unreadable, or from an older policy, is no choice yet. */
export function parseConsentCookie(value: string | undefined): ConsentState {
  if (!value) return UNDECIDED;
  const [version, categories, id] = value.split(':');
  if (version !== POLICY_VERSION) return UNDECIDED;
  if (categories !== 'analytics' && categories !== 'none') return UNDECIDED;
  return {
    isDecided: true,
    hasAnalytics: categories === 'analytics',
    decisionId: id && DECISION_ID.test(id) ? id : null,
  };
}

/** The consent cookie's value for a decision. */
export function formatConsentCookie(hasAnalytics: boolean, decisionId: string): string {
  return `${POLICY_VERSION}:${hasAnalytics ? 'analytics' : 'none'}:${decisionId}`;
}

/** True for a value that could be an analytics id this site set. */
export function isAnalyticsId(value: string | undefined): value is string {
  return typeof value === 'string' && DECISION_ID.test(value);
}
