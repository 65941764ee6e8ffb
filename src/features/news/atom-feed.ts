import { escapeXml } from './xml.ts';

export type FeedEntry = {
  id: string;
  url: string;
  title: string;
  summary: string;
  html: string;
  authorName: string;
  tags: string[];
  published: Date;
  updated: Date;
};

/** An Atom feed (RFC 4287) of articles, newest first; every piece of text is escaped. */
export function buildAtomFeed(feed: {
  title: string;
  /** The site's root address: relative links in the articles are relative to it. */
  baseUrl: string;
  siteUrl: string;
  feedUrl: string;
  updated: Date;
  entries: FeedEntry[];
}): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${escapeXml(feed.baseUrl)}">`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <id>${escapeXml(feed.siteUrl)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <updated>${feed.updated.toISOString()}</updated>`,
    ...feed.entries.flatMap((entry) => [
      '  <entry>',
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <id>urn:uuid:${escapeXml(entry.id)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
      `    <published>${entry.published.toISOString()}</published>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      `    <author><name>${escapeXml(entry.authorName)}</name></author>`,
      ...entry.tags.map((tag) => `    <category term="${escapeXml(tag)}"/>`),
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      `    <content type="html">${escapeXml(entry.html)}</content>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
