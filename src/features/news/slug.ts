/** Words that cannot be an article's address, because the news section uses them itself. */
export const RESERVED_SLUGS = ['manage', 'new', 'feed', 'tags', 'page'] as const;

/** The rule an article's address follows: lower-case words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

/** Makes an article's address from its title: "Why we’re here!" becomes "why-were-here". */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, '');
  if (!slug) return 'article';
  return isReservedSlug(slug) ? `${slug}-article` : slug;
}

/** True for an address the news section keeps for itself. */
export function isReservedSlug(slug: string): boolean {
  return (RESERVED_SLUGS as readonly string[]).includes(slug);
}
