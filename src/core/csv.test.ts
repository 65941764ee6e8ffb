import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv.ts';

describe('a CSV cell', () => {
  it.each([
    ['plain words stay as they are', 'Asha Patel', 'Asha Patel'],
    ['a comma is quoted', 'Patel, Asha', '"Patel, Asha"'],
    ['a quote is doubled inside quotes', 'Asha "Ash" Patel', '"Asha ""Ash"" Patel"'],
    ['a new line is quoted', 'line one\nline two', '"line one\nline two"'],
    [
      'a formula becomes text',
      '=HYPERLINK("http://x","click")',
      `"'=HYPERLINK(""http://x"",""click"")"`,
    ],
    ['a plus sign at the start becomes text', '+44 7700 900123', "'+44 7700 900123"],
    ['a minus sign at the start becomes text', '-2+3', "'-2+3"],
    ['an at sign at the start becomes text', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['a tab at the start becomes text', '\t=1+1', "'\t=1+1"],
    ['a carriage return at the start is neutralised and quoted', '\r=1', `"'\r=1"`],
    [
      'signs later in the text are left alone',
      'Tel +44 or email a@b.org',
      'Tel +44 or email a@b.org',
    ],
    ['an empty text is empty', '', ''],
  ])('%s', (_story, value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('writes numbers as numbers, and nothing for a missing value', () => {
    expect(csvCell(42)).toBe('42');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('a CSV document', () => {
  it('has a heading row, CRLF line ends and a byte-order mark for spreadsheets', () => {
    const csv = toCsv(
      ['Name', 'Stage'],
      [
        ['Zoë, Smith', 'Enquiry'],
        ['=cmd', null],
      ],
    );
    expect(csv).toBe('\uFEFFName,Stage\r\n"Zoë, Smith",Enquiry\r\n\'=cmd,\r\n');
  });
});
