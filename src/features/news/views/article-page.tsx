import { formatDate } from '../../../core/time/dates.ts';
import { PublicPage, type PublicContext } from '../../public-pages/index.ts';
import type { PublicArticle } from '../service.ts';
import { TagLinks } from './tag-links.tsx';

/** One news or blog article, with its way back to the list. */
export function ArticlePage({
  context,
  article,
}: {
  context: PublicContext;
  article: PublicArticle;
}) {
  const { locale } = context.page;
  return (
    <PublicPage
      context={context}
      title={article.title}
      description={article.summary}
      path={`/news/${article.slug}`}
      ogType="article"
      beforeHeading={
        <nav class="back-link-row" aria-label="Back">
          <a class="back-link" href="/news">
            Return to news and blogs
          </a>
        </nav>
      }
      head={
        <>
          <meta property="article:published_time" content={article.publishOn} />
          <meta property="article:author" content={article.authorName} />
          {article.tags.map((tag) => (
            <meta key={tag} property="article:tag" content={tag} />
          ))}
        </>
      }
    >
      <p class="muted">
        <time dateTime={article.publishOn}>{formatDate(article.publishOn, locale)}</time>
        {' · '}
        By {article.authorName}
      </p>
      <p class="lead">{article.summary}</p>
      {/* The HTML comes from renderMarkdown, which keeps only safe tags and attributes. */}
      <div class="article-body" dangerouslySetInnerHTML={{ __html: article.html }} />
      <TagLinks tags={article.tags} />
      <p>
        <a class="back-link" href="/news">
          Return to news and blogs
        </a>
      </p>
    </PublicPage>
  );
}
