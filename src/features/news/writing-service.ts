// Writing news and blogs: the staff's list, the form's preview, saving and publishing, audited.
import { can } from '../../core/access/policy.ts';
import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import type { Db } from '../../core/db/connect.ts';
import { Invalid, NotFound } from '../../core/errors.ts';
import type { ArticleRow } from './store.ts';
import { renderMarkdown } from './markdown.ts';
import type { TArticleInput } from './schemas.ts';
import { agencyToday } from './service.ts';
import { SLUG_MAX, slugify } from './slug.ts';
import * as store from './store.ts';
import { articleState, type ArticleState } from './visibility.ts';

const DUPLICATE_SLUG = 'Another article already uses this web address. Choose a different one';

/** Every article, drafts and scheduled ones too, for staff who write them. */
export async function listArticlesForStaff(ctx: Ctx) {
  const signedIn = await authorize(ctx, 'article.manage');
  const { today } = await agencyToday(ctx);
  const rows = await store.findAllArticles(ctx.db);
  return {
    articles: rows.map((row) => ({ ...row, state: articleState(row, today) as ArticleState })),
    canReadAnalytics: can(signedIn.actor, 'analytics.read').allowed,
  };
}

/** An article as its form shows it, for editing. */
export async function readArticleForEditing(ctx: Ctx, id: string) {
  await authorize(ctx, 'article.manage');
  const row = await store.findArticle(ctx.db, id);
  if (!row) throw new NotFound();
  const tags = (await store.findTagsOf(ctx.db, [id])).get(id) ?? [];
  return { ...row, tags };
}

/** The article's text as it would appear, for the preview beside the form. */
export async function previewArticle(ctx: Ctx, markdown: string): Promise<string> {
  await authorize(ctx, 'article.manage');
  return renderMarkdown(markdown);
}

/** Checks that the person may write articles (for showing a form with errors). */
export async function checkCanManageArticles(ctx: Ctx): Promise<void> {
  await authorize(ctx, 'article.manage');
}

/** Saves a new article, signed by the person writing it; audited, and audited again if published. */
export async function createArticle(
  ctx: Ctx,
  input: TArticleInput,
): Promise<{ id: string; state: ArticleState; publishOn: string | null }> {
  const signedIn = await authorize(ctx, 'article.manage');
  const { today } = await agencyToday(ctx);
  const publishOn = input.status === 'published' ? (input.publishOn ?? today) : input.publishOn;
  const id = await saving(() =>
    inTransaction(ctx, async (tx) => {
      const slug = await chooseSlug(tx.db, input);
      const id = await store.insertArticle(tx.db, {
        slug,
        title: input.title,
        summary: input.summary,
        bodyMarkdown: input.body,
        status: input.status,
        publishOn,
        authorId: signedIn.actor.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      await store.replaceTags(tx.db, id, input.tags);
      await recordAudit(tx, {
        action: 'article.create',
        recordType: 'article',
        recordId: id,
        fields: Object.values(COLUMN_NAMES),
      });
      if (input.status === 'published') {
        await recordAudit(tx, { action: 'article.publish', recordType: 'article', recordId: id });
      }
      return id;
    }),
  );
  return { id, state: articleState({ status: input.status, publishOn }, today), publishOn };
}

// The names the audit trail gives each part of an article: the database's column names.
const COLUMN_NAMES = {
  title: 'title',
  slug: 'slug',
  summary: 'summary',
  body: 'body_markdown',
  tags: 'tags',
  status: 'status',
  publishOn: 'publish_on',
} as const;

/** Saves changes to an article; the audit names what changed, and publishing is audited too. */
export async function updateArticle(
  ctx: Ctx,
  id: string,
  input: TArticleInput,
): Promise<{ state: ArticleState; publishOn: string | null; changed: string[] }> {
  await authorize(ctx, 'article.manage');
  const { today } = await agencyToday(ctx);
  return saving(() =>
    inTransaction(ctx, async (tx) => {
      const before = await store.findArticle(tx.db, id);
      if (!before) throw new NotFound();
      const beforeTags = (await store.findTagsOf(tx.db, [id])).get(id) ?? [];
      const publishOn =
        input.status === 'published'
          ? (input.publishOn ?? before.publishOn ?? today)
          : input.publishOn;
      const slug = await chooseSlug(tx.db, input, id, before.slug);
      const after = { ...input, slug, publishOn };
      const changed = changedColumns({ ...before, tags: beforeTags }, after);
      const state = articleState({ status: input.status, publishOn }, today);
      if (changed.length === 0) return { state, publishOn, changed };
      await store.updateArticle(tx.db, id, {
        title: input.title,
        slug,
        summary: input.summary,
        bodyMarkdown: input.body,
        status: input.status,
        publishOn,
        updatedAt: ctx.now,
      });
      await store.replaceTags(tx.db, id, input.tags);
      await recordAudit(tx, {
        action: 'article.update',
        recordType: 'article',
        recordId: id,
        fields: changed,
      });
      if (before.status === 'draft' && input.status === 'published') {
        await recordAudit(tx, { action: 'article.publish', recordType: 'article', recordId: id });
      }
      return { state, publishOn, changed };
    }),
  );
}

// The audit trail's names for the parts of an article that differ between before and after.
function changedColumns(
  before: ArticleRow & { tags: string[] },
  after: TArticleInput & { slug: string; publishOn: string | null },
): string[] {
  const sameTags = [...before.tags].sort().join('\n') === [...after.tags].sort().join('\n');
  const differs: Record<keyof typeof COLUMN_NAMES, boolean> = {
    title: before.title !== after.title,
    slug: before.slug !== after.slug,
    summary: before.summary !== after.summary,
    body: before.bodyMarkdown !== after.body,
    tags: !sameTags,
    status: before.status !== after.status,
    publishOn: before.publishOn !== after.publishOn,
  };
  return (Object.keys(COLUMN_NAMES) as Array<keyof typeof COLUMN_NAMES>)
    .filter((key) => differs[key])
    .map((key) => COLUMN_NAMES[key]);
}

// The address typed, if free; otherwise one made from the title, numbered when that one is taken.
// An article being edited keeps its address when the field is left empty.
async function chooseSlug(
  db: Db,
  input: TArticleInput,
  exceptId?: string,
  currentSlug?: string,
): Promise<string> {
  if (input.slug) {
    if (await store.isSlugTaken(db, input.slug, exceptId))
      throw new Invalid({ slug: DUPLICATE_SLUG });
    return input.slug;
  }
  if (currentSlug) return currentSlug;
  const base = slugify(input.title);
  for (let number = 1; number < 1000; number += 1) {
    const suffix = number === 1 ? '' : `-${number}`;
    const candidate = `${base.slice(0, SLUG_MAX - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!(await store.isSlugTaken(db, candidate, exceptId))) return candidate;
  }
  throw new Invalid({ slug: DUPLICATE_SLUG });
}

// Two people saving the same address at the same moment: the database's unique index decides,
// and the loser is told as if the check had caught it.
async function saving<T>(save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (error) {
    const code =
      (error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw new Invalid({ slug: DUPLICATE_SLUG });
    throw error;
  }
}
