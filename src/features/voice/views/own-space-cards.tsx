import { Card, Tag } from '../../../core/ui/components/content.tsx';
import { describeWhen } from '../../family-time/index.ts';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate } from '../../../core/time/dates.ts';
import type { OwnSpace } from '../own-space.ts';
import { OWN_VOICE_PATH } from './own-voice-page.tsx';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The young person's home page: a card for each of their own pages, in plain words, then what
 * is coming up. One column on a phone.
 */
export function OwnSpaceCards({ context, space }: { context: PageContext; space: OwnSpace }) {
  const { people, story, voice, nextReview } = space;
  return (
    <>
      <div class="cards space-cards">
        <Card title="Your people" href="/my/people">
          {people.onMap === 0 ? (
            <p>Add the people who matter to you.</p>
          ) : (
            <p>{plural(people.onMap, 'person is', 'people are')} on your map.</p>
          )}
          {people.committed > 0 ? (
            <p>
              {plural(people.committed, 'person has', 'people have')} promised to stay in your life.
            </p>
          ) : null}
        </Card>
        <Card title="Your story" href="/my/story">
          {story.entries === 0 ? (
            <p>Your memories, photos and the story of your life so far.</p>
          ) : (
            <p>{plural(story.entries, 'memory', 'memories')} in your story so far.</p>
          )}
          {story.waiting > 0 ? (
            <p>
              {story.waiting === 1
                ? '1 thing you added is waiting for your worker to check.'
                : `${story.waiting} things you added are waiting for your worker to check.`}
            </p>
          ) : null}
        </Card>
        <Card title="Your future" href="/my/future">
          <p>Where you want to live, who you want in your life, and what happens next.</p>
        </Card>
        <Card title="Your voice" href={OWN_VOICE_PATH}>
          {voice.newAnswers > 0 ? (
            <p>
              {voice.newAnswers === 1
                ? 'Your worker answered 1 of your questions since you last looked.'
                : `Your worker answered ${voice.newAnswers} of your questions since you last looked.`}
            </p>
          ) : null}
          {voice.waiting > 0 ? (
            <p>
              {voice.waiting === 1
                ? '1 question is waiting for an answer.'
                : `${voice.waiting} questions are waiting for an answer.`}
            </p>
          ) : null}
          {voice.newAnswers === 0 && voice.waiting === 0 ? (
            <p>Tell people what you want them to know, or ask a question.</p>
          ) : null}
        </Card>
      </div>
      <h2>Coming up</h2>
      {nextReview === null ? (
        <p>Your worker will tell you when your next review is.</p>
      ) : nextReview.isPast ? (
        <p>
          Your next review was due by {formatDate(nextReview.dueOn, context.locale)}. Ask your
          worker when it will be. You can tell them what you want to say, or go yourself.
        </p>
      ) : (
        <p>
          Your next review is on or before {formatDate(nextReview.dueOn, context.locale)}. You can
          tell your worker what you want to say, or go yourself.
        </p>
      )}
      <p class="muted">
        A review is a meeting about how things are going for you and what comes next.
      </p>
      {space.familyTime.length > 0 ? (
        <>
          <h3>Family time</h3>
          <ul class="list-plain">
            {space.familyTime.map((session) => (
              <li key={session.id}>
                {describeWhen(session.startsAt, session.endsAt, context.timeZone, context.locale)}
                {session.kind === 'in_person' && session.venue ? `, at ${session.venue}` : ''}
                {session.kind === 'video' ? ', a video call' : ''}
                {session.kind === 'phone' ? ', a phone call' : ''}
                {session.status === 'cancelled' ? (
                  <>
                    {' '}
                    <Tag tone="neutral">Cancelled</Tag>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
