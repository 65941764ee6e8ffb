// The parent's guide as the carers and staff read it, and as the parent sees what they wrote.
import { SummaryList } from '../../../core/ui/components/content.tsx';
import type { GuideAnswers } from '../guide-store.ts';

const QUESTIONS: Array<{ key: keyof GuideAnswers; label: string }> = [
  { key: 'routines', label: 'Routines' },
  { key: 'comforts', label: 'Comforts' },
  { key: 'food', label: 'Food' },
  { key: 'bedtime', label: 'Bedtime' },
  { key: 'wantCarersToKnow', label: 'Anything else' },
];

/** The answers written, each under its question; unanswered ones are left out. */
export function GuideAnswersList(props: { answers: GuideAnswers }) {
  const rows = QUESTIONS.filter((question) => props.answers[question.key] !== '').map(
    (question) => ({
      label: question.label,
      value: <span class="preserve-lines">{props.answers[question.key]}</span>,
    }),
  );
  return <SummaryList rows={rows} />;
}
