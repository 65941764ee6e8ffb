import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { toWinAnsi } from './win-ansi.ts';
import { wrapText } from './wrap.ts';

const helvetica = async () => (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);

describe('wrapping a paragraph for a PDF page', () => {
  it('breaks between words, keeping every word in order', async () => {
    const font = await helvetica();
    const text = 'We went to the seaside and the windbreak blew over twice before lunch';
    const lines = wrapText(text, font, 12, 120);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 12)).toBeLessThanOrEqual(120);
  });

  it('breaks a word too long for any line between its letters', async () => {
    const font = await helvetica();
    const lines = wrapText(`a ${'x'.repeat(80)} b`, font, 12, 100);
    expect(lines.join('')).toBe(`a${'x'.repeat(80)}b`);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 12)).toBeLessThanOrEqual(100);
  });

  it('never draws past the width, whatever the text', async () => {
    const font = await helvetica();
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.integer({ min: 20, max: 400 }),
        (text, width) => {
          for (const line of wrapText(toWinAnsi(text, font), font, 11, width)) {
            expect(font.widthOfTextAtSize(line, 11)).toBeLessThanOrEqual(width);
          }
        },
      ),
    );
  });
});
