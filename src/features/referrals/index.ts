// What other features may use of referrals.
export {
  readReferralForMatching,
  setReferralStatus,
  type ReferralList,
  type ReferralListItem,
  type ReferralView,
} from './service.ts';
export type { ReferralRecord, ReferralRow } from './store.ts';
export type { ReferralDetails } from './input.ts';
export {
  CARE_TYPES,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  referralLabel,
  statusLabel as referralStatusLabel,
  urgencyLabel,
} from './words.ts';
export { seedDemoReferrals, DEMO_AUTHORITIES } from './demo.ts';
export { referralRoutes } from './routes.tsx';
export { authenticateApiKey, readBearerKey, type ApiClient } from './api-keys.ts';
export {
  listAreaNames,
  listAuthorityReferrals,
  readAuthorityReferral,
  receiveReferralFromAuthority,
  type AuthorityReferral,
  type AuthorityReferralInput,
} from './api-service.ts';
export { MAX_CHILD_AGE, isAdultOn, isCivilDate } from './input.ts';
export { agencyToday } from './service.ts';
