// Analytics keeps as little as it can: the page's path without its query string (a query can
// carry what someone typed), and where a visitor came from as a host name only.

/** The path part of a page address on this site, or null when it is not one. */
export function toPagePath(value: string): string | null {
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  const path = value.split(/[?#]/)[0] ?? '';
  return /^\/[A-Za-z0-9\-._~/%]*$/.test(path) && path.length <= 200 ? path : null;
}

/** The host name of the page a visitor came from, or null when there was none or it cannot be read. */
export function toReferrerHost(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.hostname.slice(0, 253) || null;
  } catch {
    return null;
  }
}
