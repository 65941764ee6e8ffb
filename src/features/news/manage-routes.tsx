import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, NotFound } from '../../core/errors.ts';
import { pageContext, setFlash, type HttpDeps } from '../../core/http/server.ts';
import { parseForm, type FormValues } from '../../core/http/validation.ts';
import { getAgencySettings } from '../../core/settings.ts';
import { formatDate } from '../../core/time/dates.ts';
import { ZArticleForm, ZArticleId, type TArticleInput } from './schemas.ts';
import {
  checkCanManageArticles,
  createArticle,
  listArticlesForStaff,
  previewArticle,
  readArticleForEditing,
  updateArticle,
} from './writing-service.ts';
import { formatTags } from './tags.ts';
import type { ArticleState } from './visibility.ts';
import { ArticleFormPage } from './views/article-form-page.tsx';
import { ManageListPage } from './views/manage-list-page.tsx';

/** The staff's pages for writing news and blogs: the list with drafts, new, and change. */
export function manageArticleRoutes(app: FastifyInstance, deps: HttpDeps): void {
  const config = { action: 'article.manage' } as const;

  app.get('/news/manage', { config }, async (request, reply) => {
    const list = await listArticlesForStaff(request.ctx);
    return reply.page(ManageListPage({ context: await pageContext(request, reply, deps), list }));
  });

  app.get('/news/manage/new', { config }, async (request, reply) => {
    return showForm(request, reply, { action: '/news/manage/new', values: { status: 'draft' } });
  });

  app.post('/news/manage/new', { config }, async (request, reply) => {
    const action = '/news/manage/new';
    const form = parseForm(ZArticleForm, request.body);
    if (!form.ok || form.data.intent === 'preview') {
      return showForm(request, reply, {
        action,
        values: form.values,
        errors: form.ok ? undefined : form.errors,
        isPreview: true,
      });
    }
    try {
      const saved = await createArticle(request.ctx, inputOf(form.data));
      await flashSaved(reply, saved);
      return reply.redirect('/news/manage', 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showForm(request, reply, { action, values: form.values, errors: error.fieldErrors });
    }
  });

  app.get('/news/manage/:id', { config }, async (request, reply) => {
    const id = articleIdOf(request);
    const article = await readArticleForEditing(request.ctx, id);
    return showForm(request, reply, {
      action: `/news/manage/${id}`,
      values: {
        title: article.title,
        slug: article.slug,
        summary: article.summary,
        body: article.bodyMarkdown,
        tags: formatTags(article.tags),
        status: article.status,
        publishOn: article.publishOn ?? '',
      },
    });
  });

  app.post('/news/manage/:id', { config }, async (request, reply) => {
    const id = articleIdOf(request);
    const action = `/news/manage/${id}`;
    await readArticleForEditing(request.ctx, id); // a refusal or a missing article shows no form
    const form = parseForm(ZArticleForm, request.body);
    if (!form.ok || form.data.intent === 'preview') {
      return showForm(request, reply, {
        action,
        values: form.values,
        errors: form.ok ? undefined : form.errors,
        isPreview: true,
      });
    }
    try {
      const saved = await updateArticle(request.ctx, id, inputOf(form.data));
      await flashSaved(reply, saved);
      return reply.redirect('/news/manage', 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showForm(request, reply, { action, values: form.values, errors: error.fieldErrors });
    }
  });

  // Shows the form: with the typed values and what is wrong with them, and a preview when asked.
  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    state: {
      action: string;
      values: FormValues;
      errors?: Record<string, string> | undefined;
      isPreview?: boolean;
    },
  ) {
    const body = state.values.body ?? '';
    await checkCanManageArticles(request.ctx);
    const previewHtml =
      state.isPreview && body.trim() ? await previewArticle(request.ctx, body) : null;
    const context = await pageContext(request, reply, deps);
    return reply.page(
      ArticleFormPage({
        context,
        action: state.action,
        isNew: state.action.endsWith('/new'),
        values: state.values,
        errors: state.errors,
        previewHtml,
      }),
      state.errors ? 400 : 200,
    );
  }

  async function flashSaved(
    reply: FastifyReply,
    saved: { state: ArticleState; publishOn: string | null },
  ) {
    const { locale } = await getAgencySettings(deps.database.db);
    const text =
      saved.state === 'published'
        ? 'The article has been saved. It is on the public website now.'
        : saved.state === 'scheduled'
          ? `The article has been saved. It will appear on the public website on ${formatDate(saved.publishOn, locale)}.`
          : 'The article has been saved as a draft. Only staff can see it.';
    setFlash(reply, deps.config, { kind: 'success', text });
  }
}

function articleIdOf(request: FastifyRequest): string {
  const id = ZArticleId.safeParse((request.params as { id: string }).id);
  if (!id.success) throw new NotFound();
  return id.data;
}

function inputOf(form: { intent: string } & TArticleInput): TArticleInput {
  const { intent: _intent, ...input } = form;
  return input;
}
