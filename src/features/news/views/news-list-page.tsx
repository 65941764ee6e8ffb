import { Pagination } from '../../../core/ui/components/content.tsx';
import { formatDate } from '../../../core/time/dates.ts';
import { PublicPage, type PublicContext } from '../../public-pages/index.ts';
import type { PublicArticleList } from '../service.ts';
import { tagLabel } from '../tags.ts';
import { tagHref, TagLinks } from './tag-links.tsx';

/** The address of a page of the list, keeping its tag. */
export function newsListHref(page: number, tag: string | null): string {
  const query = new URLSearchParams();
  if (tag) query.set('tag', tag);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/news?${text}` : '/news';
}

/** The public list of news and blog articles, ten to a page, optionally with one tag. */
export function NewsListPage({
  context,
  list,
}: {
  context: PublicContext;
  list: PublicArticleList;
}) {
  const { locale, agencyName } = context.page;
  const title = list.tag
    ? `News and blogs about ${tagLabel(list.tag).toLowerCase()}`
    : 'News and blogs';
  const pageNote = list.pageCount > 1 ? ` (page ${list.page} of ${list.pageCount})` : '';
  return (
    <PublicPage
      context={context}
      title={title}
      documentTitle={`${title}${pageNote}`}
      description={
        list.tag
          ? `Articles from ${agencyName} about ${list.tag}.`
          : `News, stories and advice from ${agencyName} about fostering, kinship care and the children we care for.`
      }
      path={newsListHref(list.page, list.tag)}
      head={
        <>
          {list.page > 1 ? <link rel="prev" href={newsListHref(list.page - 1, list.tag)} /> : null}
          {list.page < list.pageCount ? (
            <link rel="next" href={newsListHref(list.page + 1, list.tag)} />
          ) : null}
        </>
      }
    >
      {list.tag ? (
        <p>
          Showing articles tagged “{tagLabel(list.tag)}”. <a href="/news">Show all articles</a>
        </p>
      ) : (
        <p class="lead">Stories, advice and news from our carers and our team.</p>
      )}
      {list.allTags.length > 0 ? (
        <nav class="tag-filter" aria-label="Topics">
          <h2 class="heading-m">Topics</h2>
          <ul class="tag-links">
            {list.allTags.map(({ tag, uses }) => (
              <li key={tag}>
                <a
                  class="tag-link"
                  href={tagHref(tag)}
                  aria-current={tag === list.tag ? 'page' : undefined}
                >
                  {tagLabel(tag)} <span class="visually-hidden">({uses} articles)</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {list.articles.length === 0 ? (
        <p class="empty">There are no articles here yet. Please come back soon.</p>
      ) : (
        <ul class="article-list">
          {list.articles.map((article) => (
            <li class="article-list__item" key={article.slug}>
              <h2 class="heading-m article-list__title">
                <a href={`/news/${article.slug}`}>{article.title}</a>
              </h2>
              <p class="muted">
                <time dateTime={article.publishOn}>{formatDate(article.publishOn, locale)}</time>
                {' · '}
                {article.authorName}
              </p>
              <p>{article.summary}</p>
              <TagLinks tags={article.tags} />
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => newsListHref(page, list.tag)}
      />
    </PublicPage>
  );
}
