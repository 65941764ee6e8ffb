import { SummaryList } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatInstant } from '../../../core/time/dates.ts';
import type { ProspectRecord } from '../service.ts';
import { sourceLabel, stageLabel } from '../words.ts';

type SectionProps = { context: PageContext; record: ProspectRecord };

const answerText = (answer: string | string[]) =>
  Array.isArray(answer) ? answer.join(', ') : answer;
const questionText = (key: string) => {
  const words = key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** The forms they sent from the website, newest first, each with its answers. */
export function SubmissionsSection({ context, record }: SectionProps) {
  if (record.submissions.length === 0) return null;
  return (
    <section aria-labelledby="forms-sent">
      <h2 id="forms-sent">Forms they sent</h2>
      <ul class="list-plain">
        {record.submissions.map((submission) => (
          <li key={submission.id}>
            <details>
              <summary>
                {sourceLabel(submission.kind)},{' '}
                {formatInstant(submission.submittedAt, context.timeZone, context.locale)}
              </summary>
              <SummaryList
                rows={Object.entries(submission.answers).map(([key, answer]) => ({
                  label: questionText(key),
                  value: answerText(answer),
                }))}
              />
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Notes and moves between stages, newest first. */
export function Timeline({ context, record }: SectionProps) {
  const entries = [
    ...record.notes.map((note) => ({
      key: `note-${note.id}`,
      at: note.createdAt,
      who: note.authorName,
      text: note.body,
      heading: 'Note',
    })),
    ...record.stageChanges.map((change) => ({
      key: `move-${change.id}`,
      at: change.changedAt,
      who: change.changedByName,
      text: change.reason ?? '',
      heading: `Moved from ${stageLabel(change.fromStage).toLowerCase()} to ${stageLabel(change.toStage).toLowerCase()}`,
    })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  if (entries.length === 0) return <p>No notes yet.</p>;
  return (
    <ol class="list-plain" aria-label="Notes and history, newest first">
      {entries.map((entry) => (
        <li key={entry.key}>
          <strong>{entry.heading}</strong>{' '}
          <span class="muted">
            {formatInstant(entry.at, context.timeZone, context.locale)}
            {entry.who ? `, ${entry.who}` : ''}
          </span>
          {entry.text ? <p class="preserve-lines">{entry.text}</p> : null}
        </li>
      ))}
    </ol>
  );
}
