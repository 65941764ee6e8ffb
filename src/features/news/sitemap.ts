import { escapeXml } from './xml.ts';

export type SitemapUrl = { url: string; lastModified?: string };

/** A sitemap (sitemaps.org protocol) listing the public site's pages. */
export function buildSitemap(urls: SitemapUrl[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map(
      (entry) =>
        `  <url><loc>${escapeXml(entry.url)}</loc>${
          entry.lastModified ? `<lastmod>${escapeXml(entry.lastModified)}</lastmod>` : ''
        }</url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
}
