// The public side of news and blogs: what anyone may read, published and due by today.
import { DateTime } from 'luxon';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { NotFound } from '../../core/errors.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { todayIn } from '../../core/time/dates.ts';
import { renderMarkdown } from './markdown.ts';
import { ARTICLES_PER_PAGE } from './schemas.ts';
import * as store from './store.ts';

export type ArticleTeaser = {
  slug: string;
  title: string;
  summary: string;
  publishOn: string;
  authorName: string;
  tags: string[];
};

/** Today in the agency's time zone, and the zone itself. */
export async function agencyToday(ctx: Ctx): Promise<{ today: string; timeZone: string }> {
  const { timeZone } = await getAgencySettings(ctx.db);
  return { today: todayIn(timeZone, ctx.now), timeZone };
}

async function withTags<Row extends { id: string }>(db: Db, rows: Row[]) {
  const tags = await store.findTagsOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, tags: tags.get(row.id) ?? [] }));
}

const teaser = (row: {
  slug: string;
  title: string;
  summary: string;
  publishOn: string | null;
  authorName: string;
  tags: string[];
}): ArticleTeaser => ({
  slug: row.slug,
  title: row.title,
  summary: row.summary,
  publishOn: row.publishOn ?? '',
  authorName: row.authorName,
  tags: row.tags,
});

/** One page of public articles, newest first, optionally with one tag; a page past the end is not found. */
export async function listPublicArticles(
  ctx: Ctx,
  filter: { page: number; tag?: string | undefined },
) {
  const { today } = await agencyToday(ctx);
  const total = await store.countPublic(ctx.db, today, filter.tag);
  const pageCount = Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE));
  if (filter.page > pageCount) throw new NotFound();
  const rows = await store.findPublicPage(ctx.db, today, {
    tag: filter.tag,
    limit: ARTICLES_PER_PAGE,
    offset: (filter.page - 1) * ARTICLES_PER_PAGE,
  });
  return {
    articles: (await withTags(ctx.db, rows)).map(teaser),
    page: filter.page,
    pageCount,
    total,
    tag: filter.tag ?? null,
    allTags: await store.findPublicTags(ctx.db, today),
  };
}
export type PublicArticleList = Awaited<ReturnType<typeof listPublicArticles>>;

/** A public article with its text as safe HTML; drafts and scheduled articles are not found. */
export async function readPublicArticle(ctx: Ctx, slug: string) {
  const { today } = await agencyToday(ctx);
  const row = await store.findPublicBySlug(ctx.db, today, slug);
  if (!row) throw new NotFound();
  const [withItsTags] = await withTags(ctx.db, [row]);
  return { ...teaser(withItsTags!), html: renderMarkdown(row.bodyMarkdown) };
}
export type PublicArticle = Awaited<ReturnType<typeof readPublicArticle>>;

/** The newest public articles, for the home page. */
export async function listLatestArticles(ctx: Ctx, limit: number): Promise<ArticleTeaser[]> {
  const { today } = await agencyToday(ctx);
  const rows = await store.findNewestPublic(ctx.db, today, limit);
  return (await withTags(ctx.db, rows)).map(teaser);
}

/** The newest public articles with their HTML and dates, for the Atom feed. */
export async function listFeedArticles(ctx: Ctx) {
  const { today, timeZone } = await agencyToday(ctx);
  const rows = await withTags(ctx.db, await store.findNewestPublic(ctx.db, today, 20));
  return rows.map((row) => {
    const published = DateTime.fromISO(row.publishOn ?? today, { zone: timeZone }).toJSDate();
    return {
      ...teaser(row),
      id: row.id,
      html: renderMarkdown(row.bodyMarkdown),
      published,
      updated: row.updatedAt > published ? row.updatedAt : published,
    };
  });
}

/** Every public article's address and the day it last changed, for the sitemap. */
export async function listArticleAddresses(ctx: Ctx) {
  const { today, timeZone } = await agencyToday(ctx);
  const rows = await store.findPublicAddresses(ctx.db, today);
  return rows.map((row) => {
    const changed = DateTime.fromJSDate(row.updatedAt, { zone: timeZone }).toISODate() ?? today;
    const lastModified = row.publishOn && row.publishOn > changed ? row.publishOn : changed;
    return { slug: row.slug, lastModified };
  });
}
