import { Breadcrumbs, SummaryList, Tag } from '../../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../../core/ui/components/forms.tsx';
import { Page } from '../../../../core/ui/layout.tsx';
import type { PageContext } from '../../../../core/ui/page-context.ts';
import { formatDate, todayIn } from '../../../../core/time/dates.ts';
import type { ModuleStatus } from '../progress-rules.ts';
import { checkPath, ELEARNING_PATH, pagePath, resultPath } from '../paths.ts';
import type { ModuleSummary, ProgressRow } from '../store.ts';
import { courseWords, countWords, minutesWords, progressWords } from './words.ts';

/** A module's overview: what it covers, how long it takes, and Start or Continue. */
export function ModulePage(props: {
  context: PageContext;
  module: ModuleSummary;
  progress: ProgressRow | undefined;
  status: ModuleStatus;
  pages: { position: number; title: string }[];
  next: number | 'check';
}) {
  const { context, module, progress, status, pages } = props;
  const pagesRead = progress?.pagesRead ?? 0;
  const course = courseWords(module);
  return (
    <Page
      context={context}
      title={module.title}
      width="narrow"
      beforeHeading={<Breadcrumbs items={[{ href: ELEARNING_PATH, label: 'E-learning' }]} />}
    >
      <p class="lead">{module.summary}</p>
      <SummaryList
        rows={[
          { label: 'Time', value: minutesWords(module.estimatedMinutes) },
          {
            label: 'What it has',
            value: `${countWords(pages.length, 'page')} to read, then ${countWords(module.questionCount, 'question')}`,
          },
          { label: 'To pass', value: `${module.passMark}% of the questions right` },
          ...(course ? [{ label: 'Course', value: course }] : []),
          {
            label: 'Where you are',
            value: (
              <Tag tone={status === 'completed' ? 'good' : 'neutral'}>
                {progressWords(status, pagesRead, pages.length)}
              </Tag>
            ),
          },
          ...(progress?.bestScore !== null && progress?.bestScore !== undefined
            ? [{ label: 'Best score', value: `${progress.bestScore}%` }]
            : []),
          ...(progress?.completedAt
            ? [
                {
                  label: 'Completed on',
                  value: formatDate(
                    todayIn(context.timeZone, progress.completedAt),
                    context.locale,
                  ),
                },
              ]
            : []),
        ]}
      />
      <h2 class="heading-m">Pages</h2>
      <ol>
        {pages.map((page, index) => (
          <li key={page.position}>
            <a href={pagePath(module.id, page.position)}>{page.title}</a>
            {index < pagesRead ? <span class="muted"> (read)</span> : null}
          </li>
        ))}
        <li>
          {status === 'not_started' || status === 'reading' ? (
            'Knowledge check'
          ) : (
            <a href={checkPath(module.id)}>Knowledge check</a>
          )}
        </li>
      </ol>
      <NextStep {...props} />
    </Page>
  );
}

function NextStep(props: {
  module: ModuleSummary;
  progress: ProgressRow | undefined;
  status: ModuleStatus;
  pages: { position: number }[];
  next: number | 'check';
}) {
  const { module, progress, status, next } = props;
  const hasTried = (progress?.attempts ?? 0) > 0;
  const firstPage = props.pages[0]?.position ?? 1;
  switch (status) {
    case 'not_started':
      return (
        <ButtonLink href={pagePath(module.id, typeof next === 'number' ? next : firstPage)}>
          Start
        </ButtonLink>
      );
    case 'reading':
      return (
        <ButtonLink href={pagePath(module.id, typeof next === 'number' ? next : firstPage)}>
          Continue
        </ButtonLink>
      );
    case 'check':
      return (
        <p>
          <ButtonLink href={checkPath(module.id)}>
            {hasTried ? 'Try the knowledge check again' : 'Continue to the knowledge check'}
          </ButtonLink>{' '}
          {hasTried ? <a href={resultPath(module.id)}>See how your last try went</a> : null}
        </p>
      );
    case 'completed':
      return (
        <p>
          <ButtonLink href={pagePath(module.id, firstPage)} variant="secondary">
            Read it again
          </ButtonLink>{' '}
          <a href={resultPath(module.id)}>See your answers</a>
        </p>
      );
  }
}
