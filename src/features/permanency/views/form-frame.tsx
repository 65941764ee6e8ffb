import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../core/errors.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { PlanningForm } from '../write-service.ts';
import { permanencyPath } from './paths.ts';

/** The page around a permanency form: the way back to the child's planning, and the problems. */
export function FormFrame(props: {
  context: PageContext;
  form: PlanningForm;
  title: string;
  errors: FieldErrors | undefined;
  children: ComponentChildren;
}) {
  const { child } = props.form;
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
            { href: permanencyPath(child.id), label: `Permanency: ${child.knownAs}` },
          ]}
        />
      }
    >
      <ErrorSummary errors={props.errors} />
      {props.children}
    </Page>
  );
}
