// The page around every going-home form: the way back to the plan, and the form's problems.
import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../core/errors.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { PlanForms } from '../form-service.ts';
import { goingHomePath } from './paths.ts';

/** What every going-home form page is given. */
export type FormPageProps = {
  context: PageContext;
  forms: PlanForms;
  values?: Record<string, string> | undefined;
  errors?: FieldErrors | undefined;
};

/** The frame of a form page: breadcrumbs back to the plan, the title, the error summary. */
export function FormFrame(props: {
  context: PageContext;
  forms: PlanForms;
  title: string;
  errors: FieldErrors | undefined;
  children: ComponentChildren;
}) {
  const { child } = props.forms;
  return (
    <Page
      context={props.context}
      title={props.title}
      documentTitle={props.errors ? `Error: ${props.title}` : props.title}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: `/children/${child.id}`, label: child.fullName },
            { href: goingHomePath(child.id), label: `Going home: ${child.knownAs}` },
          ]}
        />
      }
    >
      <ErrorSummary errors={props.errors} />
      {props.children}
    </Page>
  );
}
