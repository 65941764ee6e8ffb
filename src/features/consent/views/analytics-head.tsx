import { assetUrl } from '../../../core/ui/assets.ts';
import type { ConsentState } from '../consent-cookie.ts';

/**
 * The analytics script and the form token it sends, for the document's head. Nothing at all
 * unless the visitor has said yes to analytics cookies.
 */
export function AnalyticsHead(props: { consent: ConsentState; csrfToken: string }) {
  if (!props.consent.hasAnalytics) return null;
  return (
    <>
      <meta name="csrf-token" content={props.csrfToken} />
      <script src={assetUrl('analytics.js')} defer />
    </>
  );
}
