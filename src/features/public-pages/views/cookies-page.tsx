import { Table } from '../../../core/ui/components/content.tsx';
import {
  ANALYTICS_ID_COOKIE,
  ANALYTICS_RETENTION_DAYS,
  CONSENT_COOKIE,
  ConsentChoiceForms,
  POLICY_VERSION,
} from '../../consent/index.ts';
import type { PublicContext } from '../public-context.ts';
import { PublicPage } from './public-page.tsx';

type CookieRow = { name: string; purpose: string; lasts: string };

const ESSENTIAL: CookieRow[] = [
  {
    name: 'kf_anon',
    purpose:
      'Protects the forms on this website, so another website cannot send them pretending to be you. It holds a random value and nothing about you.',
    lasts: 'Until you close your browser',
  },
  {
    name: CONSENT_COOKIE,
    purpose:
      'Remembers whether you said yes or no to analytics cookies, so we do not ask again on every page.',
    lasts: '1 year',
  },
  {
    name: 'kf_flash',
    purpose: 'Shows a short message on the next page, such as “Your choice has been saved”.',
    lasts: '1 minute',
  },
  {
    name: 'kf_session',
    purpose: 'Keeps you signed in, if you are a carer, a family member, a young person or staff.',
    lasts: 'Until you sign out, or after a while without using the service',
  },
];

const ANALYTICS: CookieRow[] = [
  {
    name: ANALYTICS_ID_COOKIE,
    purpose:
      'A random number that lets us count how many different people visit, without knowing who they are.',
    lasts: '1 year',
  },
];

const COLUMNS = [
  { heading: 'Name', cell: (row: CookieRow) => <code>{row.name}</code> },
  { heading: 'What it is for', cell: (row: CookieRow) => row.purpose },
  { heading: 'How long it lasts', cell: (row: CookieRow) => row.lasts },
];

/** The cookie policy: every cookie the site sets, what analytics records, and the choice itself. */
export function CookiesPage({ context }: { context: PublicContext }) {
  const { consent } = context;
  const months = Math.round(ANALYTICS_RETENTION_DAYS / 30.4);
  return (
    <PublicPage
      context={context}
      title="Cookies"
      description="The small files this website stores in your browser: the ones it needs to work, and the analytics cookies we only use if you say yes."
      path="/cookies"
      isConsentBannerHidden
    >
      <p class="lead">
        Cookies are small files a website stores in your browser. We use as few as we can.
      </p>

      <h2>Cookies the website needs</h2>
      <p>
        These make the website work and keep it safe. They do not track you, so we do not need to
        ask before using them.
      </p>
      <Table caption="Cookies the website needs" captionHidden columns={COLUMNS} rows={ESSENTIAL} />

      <h2>Analytics cookies (only if you say yes)</h2>
      <p>
        With your permission, we count visits to learn which pages help people who are thinking
        about fostering. We do this on our own computers: nothing is sent to another company, and no
        advertising cookies are ever used.
      </p>
      <Table caption="Analytics cookies" captionHidden columns={COLUMNS} rows={ANALYTICS} />
      <p>For each page you view, we record:</p>
      <ul>
        <li>the page’s address, without anything you typed into it;</li>
        <li>the name of the website you came from, if any (not the exact page);</li>
        <li>which way to get in touch you chose, if you chose one;</li>
        <li>the date and time.</li>
      </ul>
      <p>
        We do not record your IP address, your name or anything else that says who you are. These
        records are deleted after {months} months.
      </p>

      <h2 id="your-choice">Your choice</h2>
      <p>
        {!consent.isDecided
          ? 'You have not chosen yet, so analytics cookies are off.'
          : consent.hasAnalytics
            ? 'You have accepted analytics cookies.'
            : 'You have rejected analytics cookies, so they are off.'}{' '}
        You can change your mind at any time.
      </p>
      <ConsentChoiceForms csrfToken={context.page.csrfToken} returnTo="/cookies" />
      <p>
        You can also turn analytics off on the <a href="/opt-out">opt-out page</a>.
      </p>
      <p class="muted">Cookie policy version {POLICY_VERSION.replace('v', '')}.</p>
    </PublicPage>
  );
}
