// Where an enquiry came from: the campaign named in a link (?from=radio-spring) or the page of
// this site the visitor was reading. Anything else is dropped rather than stored.

const SOURCE = /^[A-Za-z0-9][A-Za-z0-9/_.:-]{0,79}$/;

/** A source as it may be stored: a short campaign name or a path, or '' when it is not one. */
export function cleanSource(value: unknown): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.trim();
  const path = trimmed.startsWith('/') ? trimmed.slice(1) : trimmed;
  if (path === '') return trimmed === '/' ? '/' : '';
  return SOURCE.test(path) && !path.includes('..') ? trimmed : '';
}

/**
 * The source for a form being shown: a ?from= value when the link had one, otherwise the path of
 * the page on this site the visitor came from (another site's address is not kept), never the
 * form's own page.
 */
export function sourceOf(input: {
  from: unknown;
  referer: string | undefined;
  host: string | undefined;
  ownPath: string;
}): string {
  const named = cleanSource(input.from);
  if (named) return named;
  if (!input.referer || !input.host) return '';
  try {
    const referer = new URL(input.referer);
    // Read through URL too, so "localhost:80" and "localhost" count as the same site.
    const site = new URL(`${referer.protocol}//${input.host}`).host;
    if (referer.host !== site || referer.pathname === input.ownPath) return '';
    return cleanSource(referer.pathname);
  } catch {
    return '';
  }
}
