// Reading a council's term dates from a file: a CSV the coordinator made (kind, name, starts_on,
// ends_on) or an iCalendar (.ics) file as councils publish them. Pure: text in, rows and
// line-numbered problems out, so the preview and the final import read a file the same way.
import { CsvError, parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { readCivilDate, type DateKind, type DateRow, type RowProblem } from './term-dates.ts';

export type ImportFormat = 'csv' | 'ics';

/** An event in a calendar file that is not a term date (a bank holiday, say), left out. */
export type SkippedEvent = { line: number | null; summary: string };

/** What a file holds: the rows that could be read, the ones that could not, and what was left out. */
export type ReadFile = {
  format: ImportFormat;
  rows: DateRow[];
  problems: RowProblem[];
  skipped: SkippedEvent[];
};

export const CSV_COLUMNS = ['kind', 'name', 'starts_on', 'ends_on'] as const;
const NAME_LIMIT = 100;
const DEFAULT_NAMES: Record<DateKind, string> = {
  term: 'Term',
  half_term: 'Half-term',
  inset_day: 'Inset day',
};

/** Reads a term-dates file, telling CSV from iCalendar by its first line. */
export function readTermFile(text: string): ReadFile {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const read = /^\s*BEGIN:VCALENDAR/i.test(clean) ? readTermsIcs(clean) : readTermsCsv(clean);
  const isEmpty = read.rows.length === 0 && read.problems.length === 0;
  return isEmpty
    ? {
        ...read,
        problems: [{ line: null, field: 'file', reason: 'There are no term dates in the file' }],
      }
    : read;
}

/** Reads a CSV with the columns kind, name, starts_on and ends_on (in any order). */
export function readTermsCsv(text: string): ReadFile {
  const read: ReadFile = { format: 'csv', rows: [], problems: [], skipped: [] };
  let records: {
    record: Record<string, string | undefined>;
    raw: string;
    info: { lines: number };
  }[];
  try {
    records = parse(text.replace(/\r\n?/g, '\n'), {
      columns: (header: string[]) =>
        header.map((column) =>
          column
            .trim()
            .toLowerCase()
            .replace(/[\s-]+/g, '_'),
        ),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
      info: true,
      raw: true,
      bom: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines ?? null;
    read.problems.push({ line, field: 'file', reason: csvErrorWords(error) });
    return read;
  }
  const first = records[0];
  const missing = first ? CSV_COLUMNS.filter((column) => !(column in first.record)) : [];
  if (missing.length > 0) {
    const reason = `The first line must name the columns ${CSV_COLUMNS.join(', ')}; ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing`;
    read.problems.push({ line: 1, field: 'file', reason });
    return read;
  }
  for (const { record, raw, info } of records) {
    const line = info.lines - innerLineBreaks(raw);
    const row = readCsvRecord(record, line);
    if ('reason' in row) read.problems.push(row);
    else read.rows.push(row);
  }
  return read;
}

// A record's raw text carries the blank lines before it and its own line break; the breaks in
// between belong to a quoted value, and the record started that many lines before it ended.
function innerLineBreaks(raw: string): number {
  return (raw.replace(/^\n+/, '').replace(/\n$/, '').match(/\n/g) ?? []).length;
}

function csvErrorWords(error: CsvError): string {
  return error.code === 'CSV_QUOTE_NOT_CLOSED'
    ? 'A quotation mark is opened but never closed'
    : `The file could not be read as CSV (${error.message})`;
}

function readCsvRecord(
  record: Record<string, string | undefined>,
  line: number,
): DateRow | RowProblem {
  const kindText = record.kind ?? '';
  const kind = readKind(kindText);
  if (!kind) {
    const reason = kindText
      ? `“${kindText}” is not a kind of date we know: write term, half_term or inset_day`
      : 'The kind is missing: write term, half_term or inset_day';
    return { line, field: 'kind', reason };
  }
  const name = (record.name ?? '').trim();
  if (kind === 'term' && !name) {
    return { line, field: 'name', reason: 'The term has no name: give it one, like Autumn 2027' };
  }
  if (name.length > NAME_LIMIT) {
    return { line, field: 'name', reason: `The name is longer than ${NAME_LIMIT} characters` };
  }
  const startsOn = readCivilDate(record.starts_on ?? '');
  if (!startsOn) return dateProblem(line, 'startsOn', 'first', record.starts_on);
  const endsOn = readCivilDate(record.ends_on ?? '');
  if (!endsOn) return dateProblem(line, 'endsOn', 'last', record.ends_on);
  return { line, kind, name: name || DEFAULT_NAMES[kind], startsOn, endsOn };
}

function readKind(text: string): DateKind | null {
  const kind = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (kind === 'term') return 'term';
  if (kind === 'half_term' || kind === 'halfterm') return 'half_term';
  if (kind === 'inset_day' || kind === 'inset') return 'inset_day';
  return null;
}

function dateProblem(
  line: number,
  field: 'startsOn' | 'endsOn',
  which: 'first' | 'last',
  text: string | undefined,
): RowProblem {
  const reason = text
    ? `The ${which} day “${text}” is not a date we can read: write it like 2027-09-02`
    : `The ${which} day is missing: write it like 2027-09-02`;
  return { line, field, reason };
}

/**
 * Reads an iCalendar file's all-day events: a summary saying "half term" is a half-term, "inset"
 * or "training day" an inset day, "term" a term; anything else (a bank holiday) is left out.
 */
export function readTermsIcs(text: string): ReadFile {
  const read: ReadFile = { format: 'ics', rows: [], problems: [], skipped: [] };
  let events: ICAL.Component[];
  try {
    const parsed = ICAL.parse(text) as unknown[];
    // A file with several calendars parses to a list of them; one calendar is one jCal array.
    const calendars = (typeof parsed[0] === 'string' ? [parsed] : parsed) as unknown[][];
    events = calendars.flatMap((jcal) => new ICAL.Component(jcal).getAllSubcomponents('vevent'));
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    read.problems.push({
      line: null,
      field: 'file',
      reason: `The file could not be read as an iCalendar (.ics) file${detail}`,
    });
    return read;
  }
  // ical.js keeps no line numbers; the events come in the order their BEGIN lines appear.
  const eventLines = text
    .split('\n')
    .flatMap((content, index) => (/^BEGIN:VEVENT\s*$/i.test(content) ? [index + 1] : []));
  events.forEach((component, index) => {
    const line = eventLines[index] ?? null;
    const row = readIcsEvent(component, line);
    if (row === null) return;
    if ('summary' in row) read.skipped.push(row);
    else if ('reason' in row) read.problems.push(row);
    else read.rows.push(row);
  });
  return read;
}

function readIcsEvent(
  component: ICAL.Component,
  line: number | null,
): DateRow | RowProblem | SkippedEvent | null {
  let event: ICAL.Event;
  let summary: string;
  try {
    event = new ICAL.Event(component);
    summary = (event.summary ?? '').replace(/\s+/g, ' ').trim();
  } catch {
    return { line, field: 'file', reason: 'The event could not be read' };
  }
  const kind = kindOfSummary(summary);
  if (!kind) return { line, summary: summary || '(no title)' };
  const name = `“${summary}”`;
  if (
    kind === 'term' &&
    /\b(start|starts|begin|begins|end|ends|finish|finishes)\b/i.test(summary)
  ) {
    return {
      line,
      field: 'startsOn',
      reason: `${name} marks one day: give each term as one all-day event from its first day to its last`,
    };
  }
  try {
    if (event.isRecurring()) {
      return {
        line,
        field: 'startsOn',
        reason: `${name} repeats: give each date as its own event`,
      };
    }
    if (!event.startDate.isDate) {
      return {
        line,
        field: 'startsOn',
        reason: `${name} has a time of day: term dates are all-day events`,
      };
    }
    return dateRowOf(line, kind, summary, event.startDate.toString(), event.endDate.toString());
  } catch {
    return { line, field: 'startsOn', reason: `The dates of ${name} could not be read` };
  }
}

function kindOfSummary(summary: string): DateKind | null {
  if (/half[\s-]*term/i.test(summary)) return 'half_term';
  if (/\binset\b|training day/i.test(summary)) return 'inset_day';
  if (/\bterm\b/i.test(summary)) return 'term';
  return null;
}

function dateRowOf(
  line: number | null,
  kind: DateKind,
  summary: string,
  start: string,
  end: string,
): DateRow | RowProblem {
  const startsOn = readCivilDate(start);
  // An all-day event's end is the day after its last day (RFC 5545); one with no end lasts a day,
  // and so does one whose end is its start, as some calendars write it. An end before the start is
  // kept, for the calendar check to refuse.
  const exclusiveEnd = readCivilDate(end);
  if (!startsOn || !exclusiveEnd) {
    return {
      line,
      field: 'startsOn',
      reason: `The dates of “${summary}” are not dates we can use`,
    };
  }
  const lastDay = DateTime.fromISO(exclusiveEnd).minus({ days: 1 }).toISODate()!;
  return {
    line: line ?? 0,
    kind,
    name: summary.slice(0, NAME_LIMIT),
    startsOn,
    endsOn: exclusiveEnd === startsOn ? startsOn : lastDay,
  };
}
