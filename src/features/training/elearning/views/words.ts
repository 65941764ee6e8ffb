// How e-learning puts a carer's progress and a module's course into words.
import type { ModuleStatus } from '../progress-rules.ts';

/** "Page 2 of 4", "Knowledge check", "Completed" or "Not started". */
export function progressWords(status: ModuleStatus, pagesRead: number, pageCount: number): string {
  switch (status) {
    case 'not_started':
      return 'Not started';
    case 'reading':
      return `Page ${Math.min(pagesRead + 1, pageCount)} of ${pageCount}`;
    case 'check':
      return 'Knowledge check';
    case 'completed':
      return 'Completed';
  }
}

/** What a module does for a course: "Completes the course Safeguarding children", or null. */
export function courseWords(module: {
  courseTitle: string | null;
  supplementsTitle: string | null;
}): string | null {
  if (module.courseTitle) return `Completes the course ${module.courseTitle}`;
  if (module.supplementsTitle) return `Adds to the course ${module.supplementsTitle}`;
  return null;
}

/** "About 30 minutes" or "About 1 hour 15 minutes". */
export function minutesWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : '',
    rest > 0 ? `${rest} minute${rest === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `About ${parts.join(' ')}`;
}

/** "3 pages" or "1 page". */
export function countWords(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
