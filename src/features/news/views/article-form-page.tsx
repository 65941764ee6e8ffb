import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { assetUrl } from '../../../core/ui/assets.ts';
import { Breadcrumbs, NotificationBanner } from '../../../core/ui/components/content.tsx';
import {
  TextAreaField,
  Button,
  ErrorSummary,
  Form,
  SelectField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { SLUG_MAX } from '../slug.ts';

/** The form for writing or changing an article, with its preview when one was asked for. */
export function ArticleFormPage(props: {
  context: PageContext;
  /** Where the form posts: /news/manage/new or the article's own address. */
  action: string;
  isNew: boolean;
  values: FormValues;
  errors?: FieldErrors;
  /** The article's text as it will look, after "Preview". */
  previewHtml?: string | null;
}) {
  const { context, values, errors } = props;
  const title = props.isNew ? 'Write a new article' : 'Change an article';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      beforeHeading={<Breadcrumbs items={[{ href: '/news/manage', label: 'News and blogs' }]} />}
      head={<link rel="stylesheet" href={assetUrl('public-site.css')} />}
    >
      <ErrorSummary errors={errors} />
      {props.previewHtml !== undefined && props.previewHtml !== null ? (
        <section class="article-preview" aria-labelledby="preview-title">
          <h2 id="preview-title" class="heading-m">
            Preview
          </h2>
          <NotificationBanner>
            <p>This is how the article will look. It has not been saved yet.</p>
          </NotificationBanner>
          <p class="heading-l">{values.title}</p>
          <p class="lead">{values.summary}</p>
          {/* The HTML comes from renderMarkdown, which keeps only safe tags and attributes. */}
          <div class="article-body" dangerouslySetInnerHTML={{ __html: props.previewHtml }} />
        </section>
      ) : null}
      <Form action={props.action} csrfToken={context.csrfToken} class="article-form">
        <TextField name="title" label="Title" value={values.title} error={errors?.title} />
        <TextField
          name="slug"
          label="Web address"
          hint={`The end of the article’s address, like our-new-training-dates. Leave it empty to make one from the title. Up to ${SLUG_MAX} characters.`}
          width="medium"
          spellcheck={false}
          value={values.slug}
          error={errors?.slug}
        />
        <TextAreaField
          name="summary"
          label="Summary"
          hint="One or two sentences, shown in the list of articles and in search results."
          rows={3}
          value={values.summary}
          error={errors?.summary}
        />
        <TextAreaField
          name="body"
          label="Article"
          hint="Written in Markdown: ## for a heading, **bold**, *italic*, - for a list item, [words](https://example.org) for a link. Leave a blank line between paragraphs."
          rows={18}
          value={values.body}
          error={errors?.body}
        />
        <TextField
          name="tags"
          label="Tags"
          hint="Topics readers can browse by, with commas between them, like training, kinship care."
          value={values.tags}
          error={errors?.tags}
        />
        <SelectField
          name="status"
          label="State"
          options={[
            { value: 'draft', label: 'Draft: only staff can see it' },
            { value: 'published', label: 'Published: public from its publish date' },
          ]}
          value={values.status ?? 'draft'}
          error={errors?.status}
        />
        <TextField
          name="publishOn"
          label="Publish date"
          type="date"
          width="medium"
          hint="Leave it empty to publish today. A date in the future keeps the article hidden until that day."
          value={values.publishOn}
          error={errors?.publishOn}
        />
        <div class="button-row">
          <Button variant="secondary" name="intent" value="preview">
            Preview
          </Button>
          <Button name="intent" value="save">
            Save article
          </Button>
        </div>
      </Form>
    </Page>
  );
}
