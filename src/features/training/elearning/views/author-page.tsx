import type { FieldErrors } from '../../../../core/errors.ts';
import type { FormValues } from '../../../../core/http/validation.ts';
import { Breadcrumbs, SummaryList, Tag } from '../../../../core/ui/components/content.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  TextAreaField,
  TextField,
} from '../../../../core/ui/components/forms.tsx';
import { Page } from '../../../../core/ui/layout.tsx';
import type { PageContext } from '../../../../core/ui/page-context.ts';
import { addPagePath, addQuestionPath, MANAGE_ELEARNING_PATH, publishPath } from '../paths.ts';
import { MAX_OPTIONS } from '../schemas.ts';
import type { ModuleSummary, PageRow, QuestionRow } from '../store.ts';
import { courseWords, minutesWords } from './words.ts';

/** A module for its authors: its pages and questions, forms to add one more of each, publishing. */
export function AuthorPage(props: {
  context: PageContext;
  module: ModuleSummary;
  pages: (PageRow & { html: string })[];
  questions: QuestionRow[];
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, module, errors } = props;
  const values = props.values ?? {};
  return (
    <Page
      context={context}
      title={module.title}
      documentTitle={errors ? `Error: ${module.title}` : module.title}
      beforeHeading={
        <Breadcrumbs items={[{ href: MANAGE_ELEARNING_PATH, label: 'E-learning modules' }]} />
      }
    >
      <ErrorSummary errors={errors} />
      <SummaryList
        rows={[
          {
            label: 'State',
            value: module.isPublished ? (
              <Tag tone="good">Published: carers can take it</Tag>
            ) : (
              <Tag>Draft: only staff can see it</Tag>
            ),
          },
          { label: 'Summary', value: module.summary },
          { label: 'Course', value: courseWords(module) ?? 'No course' },
          { label: 'Pass mark', value: `${module.passMark}%` },
          { label: 'Time', value: minutesWords(module.estimatedMinutes) },
        ]}
      />
      <Form action={publishPath(module.id)} csrfToken={context.csrfToken}>
        <div id="field-publish">
          {errors?.publish ? (
            <p class="field__error">
              <span class="visually-hidden">Error: </span>
              {errors.publish}
            </p>
          ) : null}
          {module.isPublished ? (
            <Button name="publish" value="no" variant="secondary">
              Unpublish: hide it from carers
            </Button>
          ) : (
            <Button name="publish" value="yes">
              Publish: show it to carers
            </Button>
          )}
        </div>
      </Form>

      <h2 class="heading-l">Pages</h2>
      {props.pages.length === 0 ? <p class="empty">There are no pages yet.</p> : null}
      <ol>
        {props.pages.map((page) => (
          <li key={page.id}>
            <details>
              <summary>{page.title}</summary>
              {/* renderMarkdown keeps only safe tags and attributes. */}
              <div class="elearning-body" dangerouslySetInnerHTML={{ __html: page.html }} />
            </details>
          </li>
        ))}
      </ol>

      <h2 class="heading-l">Questions</h2>
      {props.questions.length === 0 ? <p class="empty">There are no questions yet.</p> : null}
      <ol>
        {props.questions.map((question) => (
          <li key={question.id}>
            <p>{question.prompt}</p>
            <ul>
              {question.options.map((option, index) => (
                <li key={option}>
                  {option}
                  {index === question.correctOption ? (
                    <>
                      {' '}
                      <Tag tone="good">Correct</Tag>
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
            <p class="muted">{question.explanation}</p>
          </li>
        ))}
      </ol>

      <h2 class="heading-l">Add a page</h2>
      <Form action={addPagePath(module.id)} csrfToken={context.csrfToken}>
        <TextField
          name="pageTitle"
          label="Page title"
          value={values.pageTitle}
          error={errors?.pageTitle}
        />
        <TextAreaField
          name="pageBody"
          label="Page text"
          hint="Written in Markdown: ## for a heading, **bold**, - for a list item. Leave a blank line between paragraphs."
          rows={14}
          value={values.pageBody}
          error={errors?.pageBody}
        />
        <Button>Add the page</Button>
      </Form>

      <h2 class="heading-l">Add a question</h2>
      <Form action={addQuestionPath(module.id)} csrfToken={context.csrfToken}>
        <TextField name="prompt" label="Question" value={values.prompt} error={errors?.prompt} />
        <TextAreaField
          name="options"
          label="Answers to choose from"
          hint={`From 2 to ${MAX_OPTIONS} answers, one on each line.`}
          rows={6}
          value={values.options}
          error={errors?.options}
        />
        <TextField
          name="correctAnswer"
          label="The correct answer"
          hint="Copy it from the answers above, exactly as written."
          value={values.correctAnswer}
          error={errors?.correctAnswer}
        />
        <TextAreaField
          name="explanation"
          label="Why it is right"
          hint="Carers see this after answering, whether they got it right or not."
          rows={3}
          value={values.explanation}
          error={errors?.explanation}
        />
        <Button>Add the question</Button>
      </Form>
    </Page>
  );
}
