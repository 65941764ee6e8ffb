// One update with its replies, and the forms to react, reply and keep it in the life story.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ChildTabs } from '../../children/index.ts';
import { partnershipPaths } from '../../partnership/paths.ts';
import type { UpdateView } from '../read-service.ts';
import { LifeStoryForm, ReactForm, RepliesList, ReplyForm } from './update-parts.tsx';
import { UpdateItem, updateHeading } from './update-item.tsx';

/** Which of the page's forms was sent, with what, when it is shown again with its problems. */
export type SentForm = {
  form: 'react' | 'reply' | 'story';
  values: FormValues;
  errors: FieldErrors;
};

/** The page of one update. */
export function UpdatePage(props: { context: PageContext; view: UpdateView; sent?: SentForm }) {
  const { context, view, sent } = props;
  const { child, party, update } = view;
  const isFamily = party === 'parent';
  const heading = updateHeading(update, context);
  const valuesFor = (form: SentForm['form']) => (sent?.form === form ? sent : undefined);
  return (
    <Page
      context={context}
      title={isFamily ? `An update about ${child.knownAs}` : child.fullName}
      documentTitle={`${sent ? 'Error: ' : ''}${heading}: ${isFamily ? child.knownAs : child.fullName}`}
      width={isFamily ? 'narrow' : undefined}
      beforeHeading={
        <Breadcrumbs
          items={[
            ...(isFamily ? [] : [{ href: '/children', label: 'Children' }]),
            {
              href: partnershipPaths.updates(party, child.id),
              label: `Updates about ${child.knownAs}`,
            },
          ]}
        />
      }
    >
      {isFamily ? null : <ChildTabs childId={child.id} current="family" />}
      <ErrorSummary errors={sent?.errors} />
      <UpdateItem
        update={update}
        childId={child.id}
        knownAs={child.knownAs}
        party={party}
        context={context}
        headingLevel={2}
        isLinked={false}
      />
      <ReactForm view={view} context={context} sent={valuesFor('react')} />
      <RepliesList view={view} context={context} />
      <ReplyForm view={view} context={context} sent={valuesFor('reply')} />
      <LifeStoryForm view={view} context={context} sent={valuesFor('story')} />
    </Page>
  );
}
