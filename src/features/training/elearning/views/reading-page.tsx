import { Breadcrumbs } from '../../../../core/ui/components/content.tsx';
import { Button, Form } from '../../../../core/ui/components/forms.tsx';
import { Page } from '../../../../core/ui/layout.tsx';
import type { PageContext } from '../../../../core/ui/page-context.ts';
import { ELEARNING_PATH, modulePath, pagePath } from '../paths.ts';
import type { ModuleSummary, PageRow } from '../store.ts';

/** One page of a module to read, with Previous and a Next that saves the carer's place. */
export function ReadingPage(props: {
  context: PageContext;
  module: ModuleSummary;
  page: PageRow;
  pageNumber: number;
  pageCount: number;
  previous: number | null;
  /** The page's Markdown as safe HTML, from renderMarkdown. */
  html: string;
}) {
  const { context, module, page } = props;
  const isLast = props.pageNumber === props.pageCount;
  return (
    <Page
      context={context}
      title={page.title}
      documentTitle={`${page.title}: ${module.title}`}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: ELEARNING_PATH, label: 'E-learning' },
            { href: modulePath(module.id), label: module.title },
          ]}
        />
      }
    >
      <p class="muted">
        Page {props.pageNumber} of {props.pageCount}
      </p>
      {/* renderMarkdown keeps only safe tags and attributes: no scripts, styles or handlers. */}
      <div class="elearning-body" dangerouslySetInnerHTML={{ __html: props.html }} />
      <Form action={pagePath(module.id, page.position)} csrfToken={context.csrfToken}>
        <p>
          {isLast
            ? 'That is the last page. Next come a few questions to check what you have learned.'
            : 'Your place is saved when you go on to the next page.'}
        </p>
        <Button>{isLast ? 'Go to the knowledge check' : 'Next page'}</Button>
      </Form>
      <p>
        {props.previous !== null ? (
          <a href={pagePath(module.id, props.previous)} rel="prev">
            Previous page
          </a>
        ) : (
          <a href={modulePath(module.id)}>Back to the module’s overview</a>
        )}
      </p>
    </Page>
  );
}
