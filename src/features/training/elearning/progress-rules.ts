// Where a carer is in a module and how a knowledge check is marked. Pure: no I/O.

/** Where a carer is in a module. */
export type ModuleStatus = 'not_started' | 'reading' | 'check' | 'completed';

type Progress = { pagesRead: number; attempts: number; completedAt: Date | null };

/** A module's status for a carer from their saved progress (none when they have not begun). */
export function moduleStatus(progress: Progress | undefined, pageCount: number): ModuleStatus {
  if (!progress) return 'not_started';
  if (progress.completedAt) return 'completed';
  if (progress.pagesRead === 0 && progress.attempts === 0) return 'not_started';
  return progress.pagesRead >= pageCount ? 'check' : 'reading';
}

/** The page to carry on from (the first one not yet read), or 'check' once every page is read. */
export function nextStep(pagesRead: number, pageCount: number): number | 'check' {
  return pagesRead >= pageCount ? 'check' : Math.max(1, pagesRead + 1);
}

/** The answers a carer gave, question id to the index of the option chosen. */
export type Answers = Record<string, number>;

type Question = { id: string; options: string[]; correctOption: number };

/** One question's mark. */
export type QuestionMark = { questionId: string; chosen: number | null; isCorrect: boolean };

/** The percentage of questions answered correctly, rounded to a whole number, and each mark. */
export function markAnswers(
  questions: Question[],
  answers: Answers,
): { score: number; marks: QuestionMark[] } {
  const marks = questions.map((question) => {
    const chosen = answers[question.id] ?? null;
    return { questionId: question.id, chosen, isCorrect: chosen === question.correctOption };
  });
  const correct = marks.filter((mark) => mark.isCorrect).length;
  const score = questions.length === 0 ? 0 : Math.round((correct / questions.length) * 100);
  return { score, marks };
}

/** Whether a score passes a module: at or above its pass mark. */
export function isPass(score: number, passMark: number): boolean {
  return score >= passMark;
}
