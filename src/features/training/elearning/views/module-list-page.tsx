import { Card, Tag } from '../../../../core/ui/components/content.tsx';
import { Page } from '../../../../core/ui/layout.tsx';
import type { PageContext } from '../../../../core/ui/page-context.ts';
import { formatDate, todayIn } from '../../../../core/time/dates.ts';
import { modulePath } from '../paths.ts';
import type { ModuleListItem } from '../service.ts';
import { courseWords, minutesWords, progressWords } from './words.ts';

type Sections = {
  suggested: ModuleListItem[];
  inProgress: ModuleListItem[];
  others: ModuleListItem[];
  completed: ModuleListItem[];
};

/** The carer's e-learning: what is suggested, what they are part-way through, the rest, and done. */
export function ModuleListPage(props: { context: PageContext } & Sections) {
  const { context } = props;
  const isEmpty =
    props.suggested.length + props.inProgress.length + props.others.length === 0 &&
    props.completed.length === 0;
  return (
    <Page context={context} title="E-learning">
      <p class="lead">
        Short modules to read at your own pace, each with a few questions at the end. Your place is
        saved as you go, so you can stop and come back.
      </p>
      {isEmpty ? <p class="empty">There are no e-learning modules yet.</p> : null}
      <Section title="Suggested for you" items={props.suggested} context={context} />
      <Section title="In progress" items={props.inProgress} context={context} />
      <Section
        title={props.suggested.length + props.inProgress.length > 0 ? 'More modules' : 'Modules'}
        items={props.others}
        context={context}
      />
      <Section title="Completed" items={props.completed} context={context} />
    </Page>
  );
}

function Section(props: { title: string; items: ModuleListItem[]; context: PageContext }) {
  if (props.items.length === 0) return null;
  return (
    <section>
      <h2 class="heading-l">{props.title}</h2>
      <div class="cards">
        {props.items.map((item) => (
          <ModuleCard key={item.id} item={item} context={props.context} />
        ))}
      </div>
    </section>
  );
}

function ModuleCard({ item, context }: { item: ModuleListItem; context: PageContext }) {
  const course = courseWords(item);
  return (
    <Card title={item.title} href={modulePath(item.id)} headingLevel={3}>
      {item.afterCourse ? <p class="muted">After {item.afterCourse}</p> : null}
      <p>{item.summary}</p>
      <p>
        <StatusTag item={item} /> {minutesWords(item.estimatedMinutes)}
      </p>
      {item.status === 'completed' && item.progress?.completedAt ? (
        <p>
          Completed on{' '}
          {formatDate(todayIn(context.timeZone, item.progress.completedAt), context.locale)}
          {item.progress.bestScore !== null ? ` with a score of ${item.progress.bestScore}%` : ''}
        </p>
      ) : null}
      {course ? <p class="muted">{course}</p> : null}
    </Card>
  );
}

function StatusTag({ item }: { item: ModuleListItem }) {
  const words = progressWords(item.status, item.progress?.pagesRead ?? 0, item.pageCount);
  const tone =
    item.status === 'completed' ? 'good' : item.status === 'not_started' ? 'neutral' : 'info';
  return <Tag tone={tone}>{words}</Tag>;
}
