import { Card } from '../../../core/ui/components/content.tsx';
import { howLongAgo } from '../rules.ts';
import type { UnansweredQuestions } from '../worklist-service.ts';
import { childVoicePath } from './child-voice-page.tsx';

/**
 * The home page's word on questions young people have asked that nobody has answered: how many,
 * and the longest waiting, by first name only. For the manager and supervising social workers.
 */
export function UnansweredQuestionsCard(props: {
  questions: UnansweredQuestions;
  /** Today in the agency's time zone (the page context's `today`). */
  today: string;
}) {
  const { questions } = props;
  return (
    <Card title="Questions from young people">
      <span class="figure">{questions.total}</span>
      {questions.entries.length === 0 ? (
        <p class="muted">No questions are waiting for an answer.</p>
      ) : (
        <ul class="list-plain">
          {questions.entries.map((entry) => (
            <li key={entry.voiceId}>
              <a href={childVoicePath(entry.childId)}>
                {entry.firstName}, asked {howLongAgo(entry.askedOn, props.today)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
