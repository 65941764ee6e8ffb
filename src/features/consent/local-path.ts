/**
 * The path to go back to after a cookie choice, if it is a page on this site; "/" otherwise. A
 * path such as "//elsewhere.example" or "/\elsewhere.example" would lead a browser off the site,
 * so only a single leading slash followed by ordinary characters is accepted.
 */
export function toLocalPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 500) return '/';
  if (!/^\/(?![/\\])[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/.test(value)) return '/';
  return value;
}
