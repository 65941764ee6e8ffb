// The addresses of the matching pages.

/** A referral's own page (the referrals feature's). */
export const referralPath = (referralId: string) => `/referrals/${referralId}`;
/** The ranked households for a referral. */
export const matchesPath = (referralId: string) => `/referrals/${referralId}/matches`;
/** Two or three households side by side. */
export const comparePath = (referralId: string) => `/referrals/${referralId}/compare`;
/** Where a household is added to a referral's shortlist. */
export const shortlistPath = (referralId: string) => `/referrals/${referralId}/shortlist`;
/** Where a referral is shared with a household. */
export const shareOfferPath = (referralId: string) => `/referrals/${referralId}/offers`;
/** Where the worker records the decision and places the child. */
export const decidePath = (referralId: string) => `/referrals/${referralId}/decide`;
/** Where the child's homes are listed once placed (the placements feature's). */
export const childPlacementsPath = (childId: string) => `/children/${childId}/placements`;
export const REFERRALS_PATH = '/referrals';
export const OFFERS_PATH = '/offers';
/** One offer, for the household to read and answer. */
export const offerPagePath = (offerId: string) => `/offers/${offerId}`;
export const WEIGHTS_PATH = '/matching/weights';
