// The young person's own story, on a phone first: their book, their people, and what they added.
import { Tag } from '../../../core/ui/components/content.tsx';
import { ButtonLink, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { StoryView } from '../story-service.ts';
import type { StoryEntry } from '../story.ts';
import { MY_ABOUT_PATH, MY_ADD_PATH, MY_BOOK_PATH, myCarersPath } from './paths.ts';
import { ChapterList, EntryCard, IdentityList, PeopleList } from './story-parts.tsx';

/** "Your story": the young person's book as they see it. */
export function MyStoryPage(props: { context: PageContext; story: StoryView }) {
  const { context, story } = props;
  const childId = story.child.id;
  return (
    <Page context={context} title="Your story" width="narrow">
      <p class="lead">
        Your own book of photos, memories, people and places. It is yours, wherever you live, and it
        stays yours when you are grown up.
      </p>
      <p class="story-actions">
        <ButtonLink href={MY_ADD_PATH}>Add a memory</ButtonLink>
        <a class="story-actions__download" href={MY_BOOK_PATH}>
          Download your book (PDF)
        </a>
      </p>

      {story.notInBook.length > 0 ? (
        <section aria-labelledby="yours-waiting" class="story-waiting">
          <h2 id="yours-waiting">What you added</h2>
          {story.notInBook.map((entry) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              childId={childId}
              context={context}
              headingLevel={3}
            >
              {entry.status === 'declined' ? (
                <p class="story-entry__status">
                  <Tag tone="neutral">Not added to your book</Tag>{' '}
                  {entry.declineReason ? `Why: ${entry.declineReason}` : null}
                </p>
              ) : (
                <p class="story-entry__status">
                  <Tag tone="due">Waiting for your worker to check</Tag>
                </p>
              )}
              <CarersChoice entry={entry} context={context} />
            </EntryCard>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="about-you">
        <h2 id="about-you">About you</h2>
        {story.identity ? (
          <IdentityList
            identity={story.identity}
            voice={{ kind: 'you' }}
            empty="Nothing is written here yet. You can write about your heritage and what matters to you."
          />
        ) : null}
        <p>
          <a href={MY_ABOUT_PATH}>Write about your heritage and what matters to you</a>
        </p>
      </section>

      <section aria-labelledby="your-people">
        <h2 id="your-people">Your people</h2>
        <PeopleList people={story.people} empty="The people who matter to you will show here." />
      </section>

      <section aria-labelledby="your-book">
        <h2 id="your-book">Your book</h2>
        <ChapterList
          chapters={story.chapters}
          childId={childId}
          context={context}
          empty="Nothing is in your book yet. Add a memory to start it."
          below={(entry) => (entry.isOwn ? <CarersChoice entry={entry} context={context} /> : null)}
        />
      </section>
    </Page>
  );
}

// The young person decides whether their carers see what they added.
function CarersChoice(props: { entry: StoryEntry; context: PageContext }) {
  const { entry } = props;
  return (
    <div class="story-carers">
      <p class="story-entry__status">
        {entry.isHiddenFromCarers ? 'Your carers cannot see this.' : 'Your carers can see this.'}
      </p>
      <Form
        action={myCarersPath(entry.id)}
        csrfToken={props.context.csrfToken}
        class="story-inline-form"
      >
        <input type="hidden" name="choice" value={entry.isHiddenFromCarers ? 'no' : 'yes'} />
        <button class="link-button" type="submit">
          {entry.isHiddenFromCarers
            ? `Let my carers see “${entry.title}”`
            : `Keep “${entry.title}” from my carers`}
        </button>
      </Form>
    </div>
  );
}

/** For a young person whose account is not linked to their record yet. */
export function NotLinkedPage(props: { context: PageContext }) {
  return (
    <Page context={props.context} title="Your story is not ready yet" width="narrow">
      <p>
        Your account is not linked to your story yet. Your worker will do this soon. If you have
        been waiting a while, ask them about it.
      </p>
      <p>
        <a href="/">Back to your home page</a>
      </p>
    </Page>
  );
}
