/** Where an article stands: still being written, waiting for its date, or public. */
export type ArticleState = 'draft' | 'scheduled' | 'published';

/** The state of an article today (a civil date in the agency's time zone). */
export function articleState(
  article: { status: 'draft' | 'published'; publishOn: string | null },
  today: string,
): ArticleState {
  if (article.status === 'draft' || !article.publishOn) return 'draft';
  return article.publishOn > today ? 'scheduled' : 'published';
}
