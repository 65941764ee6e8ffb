/** Every page of the public site that is the same for everyone, for the sitemap. */
export const SITE_PAGES = [
  '/',
  '/fostering',
  '/our-approach',
  '/training-and-support',
  '/kinship-care',
  '/questions',
  '/get-in-touch',
  '/contact',
  '/news',
  '/privacy',
  '/cookies',
  '/opt-out',
  '/accessibility',
] as const;
