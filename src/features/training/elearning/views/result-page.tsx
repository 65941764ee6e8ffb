import {
  Breadcrumbs,
  NotificationBanner,
  SummaryList,
  Tag,
} from '../../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../../core/ui/components/forms.tsx';
import { Page } from '../../../../core/ui/layout.tsx';
import type { PageContext } from '../../../../core/ui/page-context.ts';
import type { QuestionMark } from '../progress-rules.ts';
import { checkPath, ELEARNING_PATH, modulePath, pagePath } from '../paths.ts';
import type { ModuleSummary, ProgressRow, QuestionRow } from '../store.ts';

/** How the latest knowledge check went: the score, and each question with why its answer is right. */
export function ResultPage(props: {
  context: PageContext;
  module: ModuleSummary;
  progress: ProgressRow;
  score: number;
  isPassed: boolean;
  firstPage: number;
  questions: (QuestionRow & { mark: QuestionMark })[];
}) {
  const { context, module, progress, score, isPassed } = props;
  return (
    <Page
      context={context}
      title={isPassed ? 'Well done: you passed' : 'Not quite yet'}
      documentTitle={`Your answers: ${module.title}`}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: ELEARNING_PATH, label: 'E-learning' },
            { href: modulePath(module.id), label: module.title },
          ]}
        />
      }
    >
      {isPassed ? (
        <NotificationBanner kind="success" title="Module completed">
          <p>
            You scored {score}% and have completed {module.title}.
            {module.courseTitle
              ? ` ${module.courseTitle} is now on your training record as done today.`
              : ''}
          </p>
        </NotificationBanner>
      ) : (
        <NotificationBanner kind="warning" title="Not passed yet">
          <p>
            You scored {score}%, and {module.passMark}% passes. Read the pages again, then try the
            questions once more: there is no limit on tries.
          </p>
        </NotificationBanner>
      )}
      <SummaryList
        rows={[
          { label: 'This time', value: `${score}%` },
          { label: 'Best score', value: `${progress.bestScore ?? score}%` },
          { label: 'Tries', value: String(progress.attempts) },
        ]}
      />
      {!isPassed ? (
        <p>
          <ButtonLink href={pagePath(module.id, props.firstPage)}>Read the module again</ButtonLink>{' '}
          <ButtonLink href={checkPath(module.id)} variant="secondary">
            Try the questions again
          </ButtonLink>
        </p>
      ) : (
        <p>
          <ButtonLink href={ELEARNING_PATH}>Back to e-learning</ButtonLink>
        </p>
      )}
      <h2 class="heading-l">Your answers</h2>
      {props.questions.map((question, index) => (
        <section key={question.id}>
          <h3 class="heading-m">
            {index + 1}. {question.prompt}
          </h3>
          <p>
            {question.mark.isCorrect ? (
              <Tag tone="good">Right</Tag>
            ) : (
              <Tag tone="due">Not quite</Tag>
            )}{' '}
            Your answer:{' '}
            {question.mark.chosen !== null
              ? (question.options[question.mark.chosen] ?? 'not answered')
              : 'not answered'}
          </p>
          {!question.mark.isCorrect ? (
            <p>The right answer: {question.options[question.correctOption]}</p>
          ) : null}
          {question.explanation ? <p>{question.explanation}</p> : null}
        </section>
      ))}
    </Page>
  );
}
