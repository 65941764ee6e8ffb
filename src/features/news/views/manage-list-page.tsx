import { Table, Tag } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate, formatInstant } from '../../../core/time/dates.ts';
import type { listArticlesForStaff } from '../writing-service.ts';
import type { ArticleState } from '../visibility.ts';

type StaffList = Awaited<ReturnType<typeof listArticlesForStaff>>;

const STATE_WORDS: Record<ArticleState, { label: string; tone: 'neutral' | 'due' | 'good' }> = {
  draft: { label: 'Draft', tone: 'neutral' },
  scheduled: { label: 'Scheduled', tone: 'due' },
  published: { label: 'Published', tone: 'good' },
};

/** Every article, drafts and scheduled ones too, for the staff who write the public site's news. */
export function ManageListPage({ context, list }: { context: PageContext; list: StaffList }) {
  return (
    <Page context={context} title="News and blogs">
      <p>
        Articles appear on the public website once they are published and their publish date has
        come.
      </p>
      <ButtonLink href="/news/manage/new">Write a new article</ButtonLink>
      {list.canReadAnalytics ? (
        <p>
          <a href="/analytics">See how the public website is used</a>
        </p>
      ) : null}
      <Table
        caption="Articles, newest first"
        empty="No articles yet."
        rows={list.articles}
        columns={[
          {
            heading: 'Title',
            cell: (row) => <a href={`/news/manage/${row.id}`}>{row.title}</a>,
          },
          {
            heading: 'State',
            cell: (row) => (
              <Tag tone={STATE_WORDS[row.state].tone}>{STATE_WORDS[row.state].label}</Tag>
            ),
          },
          {
            heading: 'Publish date',
            cell: (row) => (row.publishOn ? formatDate(row.publishOn, context.locale) : 'Not set'),
          },
          { heading: 'Written by', cell: (row) => row.authorName },
          {
            heading: 'Last changed',
            cell: (row) => formatInstant(row.updatedAt, context.timeZone, context.locale),
          },
          {
            heading: 'On the website',
            cell: (row) =>
              row.state === 'published' ? (
                <a href={`/news/${row.slug}`}>
                  View<span class="visually-hidden"> {row.title}</span>
                </a>
              ) : (
                'Not yet'
              ),
          },
        ]}
      />
    </Page>
  );
}
