import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.ts';
import { slugify } from './slug.ts';
import { parseTags } from './tags.ts';
import { escapeXml } from './xml.ts';

describe('an article’s Markdown, made safe for the page', () => {
  it('keeps headings, lists, links, emphasis, quotes and code', () => {
    const html = renderMarkdown(
      [
        '## Training dates',
        '',
        'Our **next course** is *soon*: see [the dates](https://example.org/dates) or [email us](mailto:team@example.org).',
        '',
        '- one',
        '- two',
        '',
        '> A carer said this.',
        '',
        '`code` and',
        '',
        '```',
        'a block',
        '```',
      ].join('\n'),
    );
    expect(html).toContain('<h2>Training dates</h2>');
    expect(html).toContain('<strong>next course</strong>');
    expect(html).toContain('<em>soon</em>');
    expect(html).toContain('<a href="https://example.org/dates">the dates</a>');
    expect(html).toContain('<a href="mailto:team@example.org">email us</a>');
    expect(html).toContain('<ul>\n<li>one</li>');
    expect(html).toContain('<blockquote>\n<p>A carer said this.</p>\n</blockquote>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<pre><code>a block\n</code></pre>');
  });

  it('strips scripts, event handlers, styles and frames written into the text', () => {
    const html = renderMarkdown(
      [
        'Hello <script>alert("hi")</script>',
        '',
        '<img src="/assets/x.png" onerror="alert(1)">',
        '',
        '<p style="color:red" onclick="steal()">styled</p>',
        '',
        '<iframe src="https://evil.example"></iframe><form action="/x"><input name="a"></form>',
      ].join('\n'),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('alert');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('style=');
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('<form');
    expect(html).not.toContain('<input');
    expect(html).toContain('<img src="/assets/x.png" alt="" />');
  });

  it('turns javascript: and data: links into plain text', () => {
    const html = renderMarkdown(
      '[click](javascript:alert(1)) <a href="JaVaScRiPt:alert(2)">two</a> [three](data:text/html,hi)',
    );
    expect(html).not.toMatch(/javascript/i);
    expect(html).not.toContain('data:');
    expect(html).toContain('<a>click</a>');
  });

  it('drops images from other websites, which would tell them who is reading', () => {
    const html = renderMarkdown(
      '![tracker](https://evil.example/pixel.gif) ![also](//evil.example/p.gif) ![ours](/assets/photo.png)',
    );
    expect(html).not.toContain('evil.example');
    expect(html).toContain('<img src="/assets/photo.png" alt="ours" />');
  });

  it('makes a top-level heading a level 2, because the page’s title is the level 1', () => {
    expect(renderMarkdown('# Big news')).toBe('<h2>Big news</h2>\n');
  });
});

describe('addresses, tags and XML text', () => {
  it.each([
    ['Why we’re here!', 'why-were-here'],
    ['  Café  culture & kinship care ', 'cafe-culture-kinship-care'],
    ['???', 'article'],
    ['Manage', 'manage-article'],
    ['a'.repeat(100), 'a'.repeat(80)],
  ])('makes %j into the address %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('cleans up typed tags', () => {
    expect(parseTags(' Training, kinship   care,training,, ')).toEqual([
      'training',
      'kinship care',
    ]);
  });

  it('escapes the five XML characters and drops control characters', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>\u0001`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;',
    );
  });
});
