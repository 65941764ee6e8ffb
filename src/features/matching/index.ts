// What other parts may use of matching.
export { seedDemoMatching } from './demo-matching.ts';
export { countOffersWaiting } from './offer-store.ts';
export { OffersCard } from './views/offers-card.tsx';
export { matchesPath, OFFERS_PATH, WEIGHTS_PATH } from './views/paths.ts';
export { rankReferral, type ReferralRanking } from './rank-referral.ts';
