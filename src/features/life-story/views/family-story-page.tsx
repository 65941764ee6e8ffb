// A birth parent's view of their child's story: what a worker shared with them, and what they sent.
import { Tag } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { StoryView } from '../story-service.ts';
import { familyAddPath, familyBookPath } from './paths.ts';
import { ChapterList, EntryCard, PeopleList } from './story-parts.tsx';

/** "Zara’s story", as her family may see it. */
export function FamilyStoryPage(props: { context: PageContext; story: StoryView }) {
  const { context, story } = props;
  const { child } = story;
  return (
    <Page context={context} title={`${child.knownAs}’s story`} width="narrow">
      <p class="lead">
        {child.knownAs} has a book of photos, memories, people and places that stays theirs. Here
        are the parts a worker has shared with you. You can add to it too.
      </p>
      <p class="story-actions">
        <ButtonLink href={familyAddPath(child.id)}>Send a memory, letter or photo</ButtonLink>
        <a class="story-actions__download" href={familyBookPath(child.id)}>
          Download the book (PDF)
        </a>
      </p>

      {story.notInBook.length > 0 ? (
        <section aria-labelledby="you-sent" class="story-waiting">
          <h2 id="you-sent">What you sent</h2>
          {story.notInBook.map((entry) => (
            <EntryCard
              key={entry.id}
              entry={entry}
              childId={child.id}
              context={context}
              headingLevel={3}
            >
              {entry.status === 'declined' ? (
                <p class="story-entry__status">
                  <Tag tone="neutral">Not added to the book</Tag>{' '}
                  {entry.declineReason ? `Why: ${entry.declineReason}` : null}
                </p>
              ) : (
                <p class="story-entry__status">
                  <Tag tone="due">Waiting for a worker to check</Tag>
                </p>
              )}
            </EntryCard>
          ))}
        </section>
      ) : null}

      <section aria-labelledby="people">
        <h2 id="people">People in {child.knownAs}’s story</h2>
        <PeopleList people={story.people} empty="No people have been shared with you yet." />
      </section>

      <section aria-labelledby="shared">
        <h2 id="shared">Shared with you</h2>
        <ChapterList
          chapters={story.chapters}
          childId={child.id}
          context={context}
          empty={`Nothing from ${child.knownAs}’s story has been shared with you yet.`}
        />
      </section>
    </Page>
  );
}
