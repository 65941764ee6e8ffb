// A child's life story on their record: for staff with what waits for a check and who sees what,
// for carers the book as far as they may see it.
import type { FieldErrors } from '../../../core/errors.ts';
import { Breadcrumbs, Tag } from '../../../core/ui/components/content.tsx';
import { Button, ButtonLink, fieldId, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ChildTabs } from '../../children/index.ts';
import { SendAnyway } from '../../partnership/views/send-anyway.tsx';
import type { StoryView } from '../story-service.ts';
import type { StoryEntry } from '../story.ts';
import { bookPath, checkPath, identityPath, newEntryPath, sharingPath } from './paths.ts';
import { ChapterList, EntryCard, IdentityList, PeopleList } from './story-parts.tsx';

/** The life story tab of a child's record. */
export function StoryPage(props: { context: PageContext; story: StoryView }) {
  const { context, story } = props;
  const { child, abilities } = story;
  const isStaff = story.viewer === 'staff';
  const waiting = story.notInBook.filter((entry) => entry.status === 'awaiting_check');
  const declined = story.notInBook.filter((entry) => entry.status === 'declined');
  return (
    <Page
      context={context}
      title={child.fullName}
      documentTitle={`Life story: ${child.fullName}`}
      beforeHeading={<Breadcrumbs items={[{ href: '/children', label: 'Children' }]} />}
    >
      <ChildTabs childId={child.id} current="life-story" />
      <p class="lead">
        {child.knownAs}’s own book of photos, memories, people and places. It moves with{' '}
        {child.knownAs} to every home and stays theirs after care.
      </p>
      <p class="story-actions">
        {abilities.canAdd ? (
          <ButtonLink href={newEntryPath(child.id)}>Add to the story</ButtonLink>
        ) : null}
        <a class="story-actions__download" href={bookPath(child.id)}>
          Download the book (PDF)
        </a>
      </p>

      {abilities.canCheck && waiting.length > 0 ? (
        <section aria-labelledby="waiting" class="story-waiting">
          <h2 id="waiting">Waiting for a check ({waiting.length})</h2>
          <p>
            {child.knownAs} and their family add to the story through you. Publish what is right for
            the book; decline what is not, and say why: the person who added it reads the reason.
          </p>
          {waiting.map((entry) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              childId={child.id}
              context={context}
              headingLevel={3}
            >
              <CheckForm
                entry={entry}
                childId={child.id}
                knownAs={child.knownAs}
                context={context}
              />
            </EntryCard>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="about">
        <h2 id="about">About {child.knownAs}</h2>
        {story.identity ? (
          <IdentityList
            identity={story.identity}
            voice={{ kind: 'named', name: child.knownAs }}
            empty={`Nothing is written about ${child.knownAs}’s culture, heritage or faith yet.`}
          />
        ) : null}
        {abilities.canCheck ? (
          <p>
            <a href={identityPath(child.id)}>Change heritage and what matters to {child.knownAs}</a>
          </p>
        ) : null}
      </section>

      <section aria-labelledby="people">
        <h2 id="people">People in {child.knownAs}’s story</h2>
        <PeopleList people={story.people} empty={`No one is on ${child.knownAs}’s map yet.`} />
      </section>

      <section aria-labelledby="story">
        <h2 id="story">{child.knownAs}’s story</h2>
        <ChapterList
          chapters={story.chapters}
          childId={child.id}
          context={context}
          empty={`Nothing has been added to ${child.knownAs}’s story yet.`}
          below={
            isStaff
              ? (entry) => (
                  <StaffNotes
                    entry={entry}
                    childId={child.id}
                    knownAs={child.knownAs}
                    context={context}
                  />
                )
              : undefined
          }
        />
      </section>

      {isStaff && declined.length > 0 ? (
        <section aria-labelledby="declined">
          <h2 id="declined">Declined ({declined.length})</h2>
          <p>These were not added to the book. The person who added each one can read why.</p>
          {declined.map((entry) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              childId={child.id}
              context={context}
              headingLevel={3}
            >
              <p class="story-entry__status">
                <Tag tone="neutral">Declined</Tag> {entry.declineReason}
              </p>
            </EntryCard>
          ))}
        </section>
      ) : null}
    </Page>
  );
}

// Who sees this entry besides staff, and the button that changes what the family sees.
function StaffNotes(props: {
  entry: StoryEntry;
  childId: string;
  knownAs: string;
  context: PageContext;
}) {
  const { entry } = props;
  return (
    <div class="story-entry__staff">
      <p class="story-entry__status">
        <Tag tone="good">Published</Tag>{' '}
        {entry.isSharedWithFamily ? (
          <Tag tone="info">Shared with {props.knownAs}’s family</Tag>
        ) : (
          <Tag tone="neutral">Not shared with family</Tag>
        )}{' '}
        {entry.isHiddenFromCarers ? (
          <Tag tone="due">{props.knownAs} keeps this from their carers</Tag>
        ) : null}
      </p>
      <Form
        action={sharingPath(props.childId, entry.id)}
        csrfToken={props.context.csrfToken}
        class="story-inline-form"
      >
        <input type="hidden" name="choice" value={entry.isSharedWithFamily ? 'no' : 'yes'} />
        <button class="link-button" type="submit">
          {entry.isSharedWithFamily
            ? `Stop sharing “${entry.title}” with ${props.knownAs}’s family`
            : `Share “${entry.title}” with ${props.knownAs}’s family`}
        </button>
      </Form>
    </div>
  );
}

/** A worker's check of one waiting addition: publish (shared with the family or not) or decline. */
export function CheckForm(props: {
  entry: StoryEntry;
  childId: string;
  knownAs: string;
  context: PageContext;
  values?: { reason?: string; share?: string };
  errors?: FieldErrors;
  /** The only form on its page: its fields take the ids the error summary links to. */
  isAlone?: boolean;
}) {
  const { entry } = props;
  const error = props.errors?.reason ?? props.errors?.decision;
  const shareError = props.errors?.share;
  const reasonId = props.isAlone ? fieldId('reason') : `reason-${entry.id}`;
  const shareId = props.isAlone ? fieldId('share') : `share-${entry.id}`;
  // A family's own memory goes back to the family unless the worker decides otherwise.
  const isShared = props.values ? props.values.share === 'yes' : entry.isFromFamily;
  const shareBox = (
    <div class="checkbox">
      <input
        class="checkbox__input"
        type="checkbox"
        id={shareId}
        name="share"
        value="yes"
        checked={isShared}
        aria-describedby={shareError ? `${shareId}-error ${shareId}-hint` : undefined}
        aria-invalid={shareError ? 'true' : undefined}
      />
      <label class="checkbox__label" for={shareId}>
        Share with {props.knownAs}’s family
      </label>
    </div>
  );
  return (
    <Form
      action={checkPath(props.childId, entry.id)}
      csrfToken={props.context.csrfToken}
      class="story-check"
    >
      <p class="story-entry__status">
        <Tag tone="due">Waiting for a check</Tag>
        {entry.isHiddenFromCarers ? (
          <>
            {' '}
            <Tag tone="neutral">{props.knownAs} keeps this from their carers</Tag>
          </>
        ) : null}
      </p>
      <div class={`field${error ? ' field--error' : ''}`}>
        <label class="field__label" for={reasonId}>
          Reason, if you decline it
        </label>
        <p class="field__hint" id={`${reasonId}-hint`}>
          The person who added it reads this.
        </p>
        {error ? (
          <p class="field__error" id={`${reasonId}-error`}>
            <span class="visually-hidden">Error: </span>
            {error}
          </p>
        ) : null}
        <textarea
          class="input textarea"
          id={reasonId}
          name="reason"
          rows={2}
          aria-describedby={error ? `${reasonId}-hint ${reasonId}-error` : `${reasonId}-hint`}
          aria-invalid={error ? 'true' : undefined}
          value={props.values?.reason ?? ''}
        />
      </div>
      {shareError ? (
        // The confidentiality check warned about the words: the worker may publish it unshared.
        <div class="field field--error">
          <p class="field__error" id={`${shareId}-error`}>
            <span class="visually-hidden">Error: </span>
            {shareError}
          </p>
          <p class="field__hint" id={`${shareId}-hint`}>
            Or untick the box to publish it without sharing it with the family.
          </p>
          {shareBox}
        </div>
      ) : (
        shareBox
      )}
      <SendAnyway errors={props.errors} />
      <div class="story-check__buttons">
        <Button name="decision" value="publish">
          Publish
        </Button>
        <Button name="decision" value="decline" variant="warning">
          Decline
        </Button>
      </div>
    </Form>
  );
}
