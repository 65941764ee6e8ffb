// What other parts may use of the public website's pages.
export { publicContext, type PublicContext } from './public-context.ts';
export { SITE_PAGES } from './site-pages.ts';
export { PublicPage } from './views/public-page.tsx';
