import type { ComponentChildren } from 'preact';
import { assetUrl } from './assets.ts';
import { NotificationBanner } from './components/content.tsx';
import { Form } from './components/forms.tsx';
import { navigationFor, publicNavigation } from './navigation.ts';
import type { PageContext } from './page-context.ts';
import { roleLabel } from './roles.ts';

type PageProps = {
  context: PageContext;
  /** The page's heading and the first part of the browser tab's title. */
  title: string;
  children: ComponentChildren;
  /** Text for the tab when the heading alone would not say enough (for example "Error: Sign in"). */
  documentTitle?: string;
  width?: 'narrow' | 'wide';
  description?: string;
  /** Hide the heading when the content brings its own h1. */
  hasOwnHeading?: boolean;
  beforeHeading?: ComponentChildren;
  /** More for the document's head: Open Graph tags, a canonical link, a page's own script. */
  head?: ComponentChildren;
  /** Shown above the header, before anything else: the cookie choice a visitor has not yet made. */
  banner?: ComponentChildren;
};

/** The page around every screen: skip link, header with the role's navigation, main, footer. */
export function Page(props: PageProps) {
  const { context } = props;
  const documentTitle = `${props.documentTitle ?? props.title} – ${context.agencyName}`;
  return (
    <html lang={context.locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{documentTitle}</title>
        {props.description ? <meta name="description" content={props.description} /> : null}
        <link rel="stylesheet" href={assetUrl('kinfold.css')} />
        <link rel="icon" href={assetUrl('favicon.svg')} type="image/svg+xml" />
        {props.head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to main content
        </a>
        {props.banner}
        <Header context={context} />
        <div class={`container container--${props.width ?? 'wide'}`}>
          {props.beforeHeading}
          <main id="main" class="main" tabIndex={-1}>
            {context.flash ? (
              <NotificationBanner kind={context.flash.kind}>
                <p>{context.flash.text}</p>
              </NotificationBanner>
            ) : null}
            {props.hasOwnHeading ? null : <h1 class="heading-xl">{props.title}</h1>}
            {props.children}
          </main>
        </div>
        <footer class="footer">
          <div class="container">
            <p>
              {context.agencyName} · <a href="/accessibility">Accessibility</a> ·{' '}
              <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a> ·{' '}
              <a href="/opt-out">Opt out of analytics</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

function Header({ context }: { context: PageContext }) {
  const actor = context.actor;
  const items = actor ? navigationFor(actor.role) : publicNavigation();
  const currentHref = currentItemHref(items, context.currentPath);
  // On a phone the name and role take a line of their own, under the agency's name and the
  // sign-out button, so the header stays two short lines however long the name is.
  return (
    <header class="header">
      <div class="container header__bar">
        <a class="header__brand" href={actor ? '/home' : '/'}>
          {context.agencyName}
        </a>
        {actor ? (
          <>
            <p class="header__who">
              <span class="header__name">{actor.name}</span>{' '}
              <span class="header__role">{roleLabel(actor.role, context.terms)}</span>
            </p>
            <Form action="/sign-out" csrfToken={context.csrfToken} class="header__sign-out">
              <button class="link-button" type="submit">
                Sign out
              </button>
            </Form>
          </>
        ) : context.currentPath === '/sign-in' ? null : (
          <a class="header__sign-in" href="/sign-in">
            Sign in
          </a>
        )}
      </div>
      {items.length > 0 ? (
        <nav class="nav" aria-label="Main">
          <ul class="container nav__list">
            {items.map((item) => {
              const isCurrent = item.href === currentHref;
              return (
                <li key={item.href}>
                  <a
                    class="nav__link"
                    href={item.href}
                    aria-current={isCurrent ? 'page' : undefined}
                  >
                    {item.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}

// The item whose address is the longest start of the path: on /training/sessions/new that is
// "Sessions" (/training/sessions), not "Courses" (/training) as well.
function currentItemHref(items: { href: string }[], path: string): string | undefined {
  const matching = items.filter((item) => path === item.href || path.startsWith(`${item.href}/`));
  return matching.sort((a, b) => b.href.length - a.href.length)[0]?.href;
}
