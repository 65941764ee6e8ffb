import { describe, expect, it } from 'vitest';
import { sourceOf } from './source.ts';

const from = (input: Partial<Parameters<typeof sourceOf>[0]>) =>
  sourceOf({
    from: undefined,
    referer: undefined,
    host: 'kinfold.test',
    ownPath: '/get-in-touch/enquiry',
    ...input,
  });

describe('where an enquiry came from', () => {
  it('prefers a campaign named in the link', () => {
    expect(from({ from: 'radio-spring-2026', referer: 'http://kinfold.test/news' })).toBe(
      'radio-spring-2026',
    );
  });

  it('otherwise keeps the path of the page on this site the visitor was reading', () => {
    expect(from({ referer: 'http://kinfold.test/news/our-summer-fair?x=1' })).toBe(
      '/news/our-summer-fair',
    );
  });

  it('keeps nothing from another site, from the form itself, or from a value that is not a name', () => {
    expect(from({ referer: 'https://elsewhere.example/page' })).toBe('');
    expect(from({ referer: 'http://kinfold.test/get-in-touch/enquiry' })).toBe('');
    expect(from({ from: '<script>alert(1)</script>' })).toBe('');
    expect(from({ from: 'x'.repeat(200) })).toBe('');
    expect(from({ from: ['a', 'b'] })).toBe('');
  });
});
