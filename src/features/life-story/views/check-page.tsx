import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { BelongingChild } from '../../belonging/child-access.ts';
import type { StoryEntry } from '../story.ts';
import { storyPath } from './paths.ts';
import { EntryCard } from './story-parts.tsx';
import { CheckForm } from './story-page.tsx';

/** One waiting addition on its own, shown again when the worker's answer needs fixing. */
export function CheckPage(props: {
  context: PageContext;
  child: BelongingChild;
  entry: StoryEntry;
  values: FormValues;
  errors: FieldErrors;
}) {
  const { context, child, entry } = props;
  return (
    <Page
      context={context}
      title={`Check “${entry.title}”`}
      documentTitle={`Error: Check “${entry.title}”`}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[{ href: storyPath(child.id), label: `${child.fullName}’s life story` }]}
        />
      }
    >
      <ErrorSummary errors={props.errors} />
      <EntryCard entry={entry} childId={child.id} context={context} headingLevel={2}>
        <CheckForm
          entry={entry}
          childId={child.id}
          knownAs={child.knownAs}
          context={context}
          values={props.values}
          errors={props.errors}
          isAlone
        />
      </EntryCard>
    </Page>
  );
}
