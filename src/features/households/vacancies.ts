// How many more children a household could take now, from its terms and who lives there.

/** Places left: the number of children approved for, less those living there now, never below 0. */
export function vacanciesOf(maxChildren: number | null, childrenNow: number): number {
  return Math.max(0, (maxChildren ?? 0) - childrenNow);
}

/** Vacancies in words: "No vacancy", "1 vacancy", "2 vacancies". */
export function describeVacancies(vacancies: number): string {
  if (vacancies <= 0) return 'No vacancy';
  return vacancies === 1 ? '1 vacancy' : `${vacancies} vacancies`;
}
