// What other parts may use of cookie consent and analytics.
export {
  ANALYTICS_ID_COOKIE,
  CONSENT_COOKIE,
  CONSENT_MAX_AGE_SECONDS,
  POLICY_VERSION,
  type ConsentState,
} from './consent-cookie.ts';
export { readConsent } from './http-consent.ts';
export { ANALYTICS_RETENTION_DAYS } from './service.ts';
export { AnalyticsHead } from './views/analytics-head.tsx';
export { ConsentBanner } from './views/consent-banner.tsx';
export { ConsentChoiceForms } from './views/consent-choice-forms.tsx';
