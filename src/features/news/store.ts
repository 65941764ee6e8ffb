import { and, asc, count, desc, eq, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import { articles, articleTags, users } from '../../core/db/tables.ts';

// Articles are the agency's public writing, not records about people, so they need no scope:
// the public reads only what is published and due, and staff with article.manage read them all.

export type ArticleRow = typeof articles.$inferSelect;

/** Published and due by today (a civil date in the agency's time zone). */
const isPublicOn = (today: string) =>
  and(eq(articles.status, 'published'), lte(articles.publishOn, today));

const withTag = (tag: string) =>
  inArray(
    articles.id,
    sql`(SELECT ${articleTags.articleId} FROM ${articleTags} WHERE ${articleTags.tag} = ${tag})`,
  );

const publicColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  publishOn: articles.publishOn,
  updatedAt: articles.updatedAt,
  authorName: users.name,
};

/** One page of the public articles, newest first, optionally with one tag. */
export async function findPublicPage(
  db: Db,
  today: string,
  filter: { tag?: string | undefined; limit: number; offset: number },
) {
  return db
    .select(publicColumns)
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(and(isPublicOn(today), filter.tag ? withTag(filter.tag) : undefined))
    .orderBy(desc(articles.publishOn), desc(articles.createdAt), asc(articles.id))
    .limit(filter.limit)
    .offset(filter.offset);
}

/** How many public articles there are, optionally with one tag. */
export async function countPublic(db: Db, today: string, tag?: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(articles)
    .where(and(isPublicOn(today), tag ? withTag(tag) : undefined));
  return toCount(row?.total);
}

/** A public article by its address, with its Markdown. */
export async function findPublicBySlug(db: Db, today: string, slug: string) {
  const [row] = await db
    .select({ ...publicColumns, bodyMarkdown: articles.bodyMarkdown })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(and(isPublicOn(today), eq(articles.slug, slug)));
  return row ?? null;
}

/** The newest public articles, with their Markdown (for the feed). */
export async function findNewestPublic(db: Db, today: string, limit: number) {
  return db
    .select({ ...publicColumns, bodyMarkdown: articles.bodyMarkdown })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(isPublicOn(today))
    .orderBy(desc(articles.publishOn), desc(articles.createdAt), asc(articles.id))
    .limit(limit);
}

/** Every tag used by a public article, with how many use it, most used first. */
export async function findPublicTags(db: Db, today: string) {
  const rows = await db
    .select({ tag: articleTags.tag, uses: count() })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(isPublicOn(today))
    .groupBy(articleTags.tag)
    .orderBy(desc(count()), asc(articleTags.tag));
  return rows.map((row) => ({ tag: row.tag, uses: toCount(row.uses) }));
}

/** The tags of some articles, by article id. */
export async function findTagsOf(db: Db, articleIds: string[]): Promise<Map<string, string[]>> {
  const tags = new Map<string, string[]>();
  if (articleIds.length === 0) return tags;
  const rows = await db
    .select()
    .from(articleTags)
    .where(inArray(articleTags.articleId, articleIds))
    .orderBy(asc(articleTags.tag));
  for (const row of rows) tags.set(row.articleId, [...(tags.get(row.articleId) ?? []), row.tag]);
  return tags;
}

/** Every article, drafts too, for the staff list: newest first. */
export async function findAllArticles(db: Db) {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      publishOn: articles.publishOn,
      updatedAt: articles.updatedAt,
      authorName: users.name,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .orderBy(sql`${articles.publishOn} DESC NULLS FIRST`, desc(articles.updatedAt));
}

/** An article by id, whatever its state. */
export async function findArticle(db: Db, id: string): Promise<ArticleRow | null> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  return row ?? null;
}

/** True when another article already has this address. */
export async function isSlugTaken(db: Db, slug: string, exceptId?: string): Promise<boolean> {
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.slug, slug), exceptId ? ne(articles.id, exceptId) : undefined));
  return Boolean(row);
}

/** Saves a new article; returns its id. */
export async function insertArticle(db: Db, values: typeof articles.$inferInsert): Promise<string> {
  const [row] = await db.insert(articles).values(values).returning({ id: articles.id });
  return row!.id;
}

/** Saves changes to an article. */
export async function updateArticle(
  db: Db,
  id: string,
  values: Partial<typeof articles.$inferInsert>,
): Promise<void> {
  await db.update(articles).set(values).where(eq(articles.id, id));
}

/** Replaces an article's tags. */
export async function replaceTags(db: Db, articleId: string, tags: string[]): Promise<void> {
  await db.delete(articleTags).where(eq(articleTags.articleId, articleId));
  if (tags.length > 0) {
    await db.insert(articleTags).values(tags.map((tag) => ({ articleId, tag })));
  }
}

/** The first active account with a role, to sign the demo articles. */
export async function findFirstUserWithRole(db: Db, role: string): Promise<string | null> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, role), eq(users.isActive, true)))
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(1);
  return row?.id ?? null;
}

/** Every public article's address and when it last changed (for the sitemap). */
export async function findPublicAddresses(db: Db, today: string) {
  return db
    .select({ slug: articles.slug, publishOn: articles.publishOn, updatedAt: articles.updatedAt })
    .from(articles)
    .where(isPublicOn(today))
    .orderBy(desc(articles.publishOn), asc(articles.slug))
    .limit(10_000);
}
