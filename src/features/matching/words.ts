// Short words for needs, care and numbers, for the sentences that explain a household's place in
// a ranking. The long, carer-facing descriptions of each need live in children/needs.ts.
import { careTypeLabel } from '../children/index.ts';

const SHORT_NEED: Record<string, string> = {
  attachment: 'attachment',
  trauma: 'trauma',
  behaviour: 'behaviour that challenges',
  emotional_wellbeing: 'mental health',
  sexualised_behaviour: 'sexualised behaviour',
  exploitation: 'exploitation or going missing',
  substance_use: 'alcohol or drugs',
  disability: 'disability or complex health',
  learning_disability: 'learning disability or autism',
  education: 'school',
  baby: 'a baby or toddler',
  teenager: 'a teenager',
  asylum: 'seeking asylum',
  parent_and_child: 'parent and child',
};

/** A need in two or three words, for lists inside a sentence ("attachment, trauma"). */
export function shortNeed(code: string): string {
  return SHORT_NEED[code] ?? code.replace(/_/g, ' ');
}

/** Several needs in short words, joined with commas. */
export function shortNeeds(codes: readonly string[]): string {
  return codes.map(shortNeed).join(', ');
}

/** The kind of care inside a sentence: "long-term care", "short breaks". */
export function careWords(careType: string): string {
  const label = careTypeLabel(careType);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** "1 household" or "3 households": a count with its noun. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** A number of points as a person reads it: whole when it is, otherwise one decimal. */
export function formatPoints(points: number): string {
  const rounded = Math.round(points * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/** A distance in kilometres: one decimal when near, whole when far. */
export function formatKm(km: number): string {
  return km < 10 ? km.toFixed(1) : String(Math.round(km));
}

/** Ages joined for a sentence: "3", "3 and 7", "3, 7 and 12". */
export function listWords(items: readonly (string | number)[]): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
