// pdf-lib's standard fonts speak only Windows-1252 (WinAnsi): every piece of text a PDF draws goes
// through `toWinAnsi` first, so "Zoë" prints and "Łucja" never throws. One copy for every PDF.
import type { PDFFont } from 'pdf-lib';

// Marks the standard fonts cannot show, and the nearest they can.
const REPLACEMENTS: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '″': '"',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '…': '...',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ß: 'ss',
};

/**
 * Text the font can encode: curly quotes and dashes made plain, letters it lacks reduced to their
 * base letter ("ș" to "s"), anything else a question mark; line breaks and tabs become spaces.
 */
export function toWinAnsi(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  const isSupported = (value: string) =>
    [...value].every((char) => supported.has(char.codePointAt(0)!));
  let result = '';
  for (const char of text.normalize('NFC').replace(/\s/g, ' ')) {
    const plain = REPLACEMENTS[char] ?? char;
    if (isSupported(plain)) {
      result += plain;
      continue;
    }
    const base = plain.normalize('NFD').replace(/\p{M}/gu, '');
    result += base !== '' && isSupported(base) ? base : '?';
  }
  return result;
}

/**
 * A slug for a file name, ASCII only and safe in any header: "Łucja’s “rights”" becomes
 * "lucjas-rights"; at most `maxLength` characters.
 */
export function toFileNameSlug(text: string, maxLength = 50): string {
  return [...text]
    .map((char) => REPLACEMENTS[char] ?? char)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength);
}
