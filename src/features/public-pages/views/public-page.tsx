import type { ComponentChildren } from 'preact';
import { assetUrl } from '../../../core/ui/assets.ts';
import { Page } from '../../../core/ui/layout.tsx';
import { AnalyticsHead, ConsentBanner } from '../../consent/index.ts';
import type { PublicContext } from '../public-context.ts';
import { FosteringOptions } from './fostering-options.tsx';

type PublicPageProps = {
  context: PublicContext;
  /** The page's heading, and its title for search engines and links shared elsewhere. */
  title: string;
  /** One or two sentences for search results and shared links. */
  description: string;
  /** This page's own address on the site, with any query that makes it a different page. */
  path: string;
  children: ComponentChildren;
  ogType?: 'website' | 'article';
  documentTitle?: string;
  hasOwnHeading?: boolean;
  beforeHeading?: ComponentChildren;
  /** Pages about cookies carry the choice themselves, so the banner would only repeat it. */
  isConsentBannerHidden?: boolean;
  isFosteringOptionsHidden?: boolean;
  head?: ComponentChildren;
  /** Content that needs the page's full width (cards); text keeps a comfortable line length. */
  isWide?: boolean;
};

/**
 * The page around every public page: the tags search engines and shared links read, the cookie
 * question until it is answered, the analytics script only once it is accepted, and the ways to
 * get in touch at the foot.
 */
export function PublicPage(props: PublicPageProps) {
  const { context } = props;
  const url = `${context.publicUrl}${props.path}`;
  const title = props.documentTitle ?? props.title;
  return (
    <Page
      context={context.page}
      title={props.title}
      documentTitle={props.documentTitle}
      description={props.description}
      hasOwnHeading={props.hasOwnHeading}
      beforeHeading={props.beforeHeading}
      head={
        <>
          <link rel="canonical" href={url} />
          <meta property="og:title" content={title} />
          <meta property="og:description" content={props.description} />
          <meta property="og:type" content={props.ogType ?? 'website'} />
          <meta property="og:url" content={url} />
          <meta property="og:site_name" content={context.page.agencyName} />
          <meta property="og:locale" content={context.page.locale.replace('-', '_')} />
          <link rel="stylesheet" href={assetUrl('public-site.css')} />
          <link
            rel="alternate"
            type="application/atom+xml"
            title={`News and blogs from ${context.page.agencyName}`}
            href="/news/feed.xml"
          />
          {props.head}
          <AnalyticsHead consent={context.consent} csrfToken={context.page.csrfToken} />
        </>
      }
      banner={
        context.consent.isDecided || props.isConsentBannerHidden ? null : (
          <ConsentBanner
            agencyName={context.page.agencyName}
            csrfToken={context.page.csrfToken}
            returnTo={context.returnTo}
          />
        )
      }
    >
      <div class={props.isWide ? 'public-content' : 'public-content public-content--text'}>
        {props.children}
      </div>
      {props.isFosteringOptionsHidden ? null : <FosteringOptions />}
    </Page>
  );
}
