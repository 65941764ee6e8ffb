// The list of a child's updates: on the child's record for carers and workers (with the button to
// post one), and on their own pages for the child's parents.
import type { FieldErrors } from '../../../core/errors.ts';
import { Breadcrumbs, Pagination } from '../../../core/ui/components/content.tsx';
import { ButtonLink, ErrorSummary } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ChildTabs } from '../../children/index.ts';
import { partnershipPaths } from '../../partnership/paths.ts';
import type { UpdatesView } from '../read-service.ts';
import { newUpdatePath } from './paths.ts';
import { UpdateItem } from './update-item.tsx';

/** A page of updates, the newest first. */
export function UpdatesPage(props: {
  context: PageContext;
  view: UpdatesView;
  errors?: FieldErrors;
}) {
  return props.view.party === 'parent' ? (
    <FamilyUpdatesPage {...props} />
  ) : (
    <StaffUpdatesPage {...props} />
  );
}

function StaffUpdatesPage(props: {
  context: PageContext;
  view: UpdatesView;
  errors?: FieldErrors;
}) {
  const { context, view } = props;
  const { child } = view;
  return (
    <Page
      context={context}
      title={child.fullName}
      documentTitle={`Shared updates: ${child.fullName}`}
      beforeHeading={<Breadcrumbs items={[{ href: '/children', label: 'Children' }]} />}
    >
      <ChildTabs childId={child.id} current="family" />
      <ErrorSummary errors={props.errors} isUnlinked />
      <h2>Updates for {child.knownAs}’s family</h2>
      <p>
        What {child.knownAs}’s carers share with {child.knownAs}’s parents about school, health,
        milestones and everyday life. The parents can react and reply.
      </p>
      {view.abilities.canPost ? (
        <p class="write-today">
          <ButtonLink href={newUpdatePath(child.id)}>Post an update</ButtonLink>
        </p>
      ) : null}
      <UpdateList {...props} empty={`No updates have been shared about ${child.knownAs} yet.`} />
    </Page>
  );
}

function FamilyUpdatesPage(props: {
  context: PageContext;
  view: UpdatesView;
  errors?: FieldErrors;
}) {
  const { context, view } = props;
  const { child } = view;
  return (
    <Page
      context={context}
      title={`Updates about ${child.knownAs}`}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[{ href: partnershipPaths.home('parent', child.id), label: child.knownAs }]}
        />
      }
    >
      <ErrorSummary errors={props.errors} isUnlinked />
      <p class="lead">
        What {child.knownAs}’s carers share with you about {child.knownAs}’s days: school, health,
        the things that went well and the fun. You can react to each update and reply to it.
      </p>
      <UpdateList
        {...props}
        empty={`There are no updates about ${child.knownAs} yet. You will get an email when there is one.`}
      />
    </Page>
  );
}

function UpdateList(props: { context: PageContext; view: UpdatesView; empty: string }) {
  const { context, view } = props;
  const { child } = view;
  if (view.updates.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <>
      <ol
        class="story-chapter__entries"
        aria-label={`Updates about ${child.knownAs}, the newest first`}
      >
        {view.updates.map((update) => (
          <li key={update.id}>
            <UpdateItem
              update={update}
              childId={child.id}
              knownAs={child.knownAs}
              party={view.party}
              context={context}
              headingLevel={view.party === 'parent' ? 2 : 3}
              isLinked
            />
          </li>
        ))}
      </ol>
      <Pagination
        page={view.page}
        pageCount={view.pageCount}
        hrefFor={(page) => `${partnershipPaths.updates(view.party, child.id)}?page=${page}`}
      />
    </>
  );
}
