// The warning before an entry already in the story is shared with the child's birth family: the
// words could tell the family where the child lives, so the worker reads them again and decides.
import type { FieldErrors } from '../../../core/errors.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, fieldId, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { BelongingChild } from '../../belonging/child-access.ts';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import type { StoryEntry } from '../story.ts';
import { sharingPath, storyPath } from './paths.ts';
import { EntryCard } from './story-parts.tsx';

/** One entry with the confidentiality warning, and the choice to share it anyway. */
export function SharePage(props: {
  context: PageContext;
  child: BelongingChild;
  entry: StoryEntry;
  errors: FieldErrors;
}) {
  const { context, child, entry, errors } = props;
  const title = `Share “${entry.title}” with ${child.knownAs}’s family?`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={`Error: ${title}`}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[{ href: storyPath(child.id), label: `${child.fullName}’s life story` }]}
        />
      }
    >
      <ErrorSummary errors={errors} />
      {/* The summary's link lands on the words the warning is about. */}
      <div class="field field--error" id={fieldId('share')} tabIndex={-1}>
        {errors.share ? (
          <p class="field__error">
            <span class="visually-hidden">Error: </span>
            {errors.share}
          </p>
        ) : null}
        <EntryCard entry={entry} childId={child.id} context={context} headingLevel={2} />
      </div>
      <Form action={sharingPath(child.id, entry.id)} csrfToken={context.csrfToken}>
        <input type="hidden" name="choice" value="yes" />
        <SendAnyway errors={errors} />
        <Button>Share it with {child.knownAs}’s family</Button>
      </Form>
      <p>
        <a href={storyPath(child.id)}>Back to {child.knownAs}’s story without sharing it</a>
      </p>
    </Page>
  );
}
