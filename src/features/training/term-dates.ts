// What makes an area's school calendar whole: every term ends on or after it starts, no two terms
// overlap, and every half-term or inset day falls inside one term. The term forms and the import
// both ask this module before writing, so a calendar the session rule reads is always consistent.
import { DateTime } from 'luxon';
import type { SchoolClosure } from './session-rules.ts';

export type DateKind = 'term' | 'half_term' | 'inset_day';

/** One new date to add: a term or a closure, with the line of the file it came from (1 on a form). */
export type DateRow = {
  line: number;
  kind: DateKind;
  name: string;
  startsOn: string;
  endsOn: string;
};

/** Why a row cannot be added; line null when it is about the whole file. */
export type RowProblem = {
  line: number | null;
  field: 'startsOn' | 'endsOn' | 'kind' | 'name' | 'file';
  reason: string;
};

/** The dates an area already has. */
export type KnownDates = {
  areaName: string;
  terms: { name: string; startsOn: string; endsOn: string }[];
  closures: SchoolClosure[];
};

type Range = { startsOn: string; endsOn: string };

const KIND_WORDS: Record<DateKind, string> = {
  term: 'term',
  half_term: 'half-term',
  inset_day: 'inset day',
};

/** "half-term", "inset day" or "term". */
export function kindWords(kind: DateKind): string {
  return KIND_WORDS[kind];
}

/** A civil date (YYYY-MM-DD) from "2026-09-02" or the UK's "2/9/2026", or null if not a real date. */
export function readCivilDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const parts = iso
    ? { year: iso[1], month: iso[2], day: iso[3] }
    : uk
      ? { year: uk[3], month: uk[2], day: uk[1] }
      : null;
  if (!parts) return null;
  const date = DateTime.fromObject({
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
  });
  // School calendars are this century's; 2206 is a slip of the keyboard, not a plan.
  if (!date.isValid || date.year < 2000 || date.year > 2099) return null;
  return date.toISODate();
}

/**
 * Which of these rows cannot join the area's calendar, and why, each naming its line. Rows are
 * checked against the dates already recorded and against each other; none is written unless all
 * pass, so the answer is for the set as a whole.
 */
export function checkNewDates(known: KnownDates, rows: readonly DateRow[]): RowProblem[] {
  const problems: RowProblem[] = [];
  const newTerms = rows.filter((row) => row.kind === 'term' && row.startsOn <= row.endsOn);
  const allTerms = [...known.terms, ...newTerms];
  for (const row of rows) {
    if (row.endsOn < row.startsOn) {
      problems.push({
        line: row.line,
        field: 'endsOn',
        reason: `The last day (${words(row.endsOn)}) is before the first day (${words(row.startsOn)})`,
      });
      continue;
    }
    const problem =
      row.kind === 'term'
        ? termProblem(row, known, newTerms)
        : closureProblem(row, known, allTerms, rows);
    if (problem) problems.push(problem);
  }
  return problems;
}

function termProblem(row: DateRow, known: KnownDates, newTerms: DateRow[]): RowProblem | null {
  const recorded = known.terms.find((term) => isOverlapping(term, row));
  if (recorded) {
    return {
      line: row.line,
      field: 'startsOn',
      reason: `${row.name} (${span(row)}) overlaps ${recorded.name} (${span(recorded)}), already recorded for ${known.areaName}`,
    };
  }
  const earlier = newTerms.find((term) => term.line < row.line && isOverlapping(term, row));
  if (!earlier) return null;
  return {
    line: row.line,
    field: 'startsOn',
    reason: `${row.name} (${span(row)}) overlaps ${earlier.name} on line ${earlier.line}`,
  };
}

function closureProblem(
  row: DateRow,
  known: KnownDates,
  terms: Range[],
  rows: readonly DateRow[],
): RowProblem | null {
  const what = kindWords(row.kind);
  if (!terms.some((term) => term.startsOn <= row.startsOn && row.endsOn <= term.endsOn)) {
    return {
      line: row.line,
      field: 'startsOn',
      reason: `The ${what} (${span(row)}) is not inside a term for ${known.areaName}: add the term first, or check the dates`,
    };
  }
  const recorded = known.closures.find((closure) => isOverlapping(closure, row));
  if (recorded) {
    return {
      line: row.line,
      field: 'startsOn',
      reason: `The ${what} (${span(row)}) overlaps the ${kindWords(recorded.kind)} already recorded for ${known.areaName} (${span(recorded)})`,
    };
  }
  const earlier = rows.find(
    (other) =>
      other.kind !== 'term' &&
      other.line < row.line &&
      other.startsOn <= other.endsOn &&
      isOverlapping(other, row),
  );
  if (!earlier) return null;
  return {
    line: row.line,
    field: 'startsOn',
    reason: `The ${what} (${span(row)}) overlaps the ${kindWords(earlier.kind)} on line ${earlier.line}`,
  };
}

function isOverlapping(a: Range, b: Range): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}

function words(date: string): string {
  return DateTime.fromISO(date).toFormat('d LLLL yyyy');
}

function span(range: Range): string {
  return range.startsOn === range.endsOn
    ? words(range.startsOn)
    : `${words(range.startsOn)} to ${words(range.endsOn)}`;
}
