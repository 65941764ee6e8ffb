import type { ComponentChildren } from 'preact';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { ChildHeading } from '../child-access.ts';

/** The page around a form that keeps part of a child's record, with the way back to the record. */
export function RecordFrame(props: {
  context: PageContext;
  child: ChildHeading;
  title: string;
  hasErrors: boolean;
  children: ComponentChildren;
}) {
  return (
    <Page
      context={props.context}
      title={props.title}
      documentTitle={props.hasErrors ? `Error: ${props.title}` : props.title}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/children', label: 'Children' },
            { href: `/children/${props.child.id}`, label: props.child.name },
          ]}
        />
      }
    >
      {props.children}
    </Page>
  );
}
