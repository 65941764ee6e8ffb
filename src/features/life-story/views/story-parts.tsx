// The pieces every story page shares: the identity page, the people, and the entries by year.
import type { ComponentChildren } from 'preact';
import { formatDate } from '../../../core/time/dates.ts';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { identityRows, type Voice } from '../identity-words.ts';
import type { IdentityFacts } from '../store.ts';
import { type Chapter, type StoryEntry, type StoryPerson } from '../story.ts';
import { photoPath } from './paths.ts';

/** Culture, heritage, languages, faith and what matters, in the page's voice. */
export function IdentityList(props: { identity: IdentityFacts; voice: Voice; empty: string }) {
  const rows = identityRows(props.identity, props.voice);
  if (rows.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <dl class="story-identity">
      {rows.map((row) => (
        <div class="story-identity__row" key={row.label}>
          <dt class="story-identity__label">{row.label}</dt>
          <dd
            class={`story-identity__text preserve-lines${row.isOwnWords ? ' story-own-words' : ''}`}
          >
            {row.text}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The people in the story: name and relationship, nothing else. */
export function PeopleList(props: { people: StoryPerson[]; empty: string }) {
  if (props.people.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <ul class="story-people">
      {props.people.map((person, index) => (
        <li class="story-people__person" key={`${person.name}-${index}`}>
          <span class="story-people__name">{person.name}</span>
          {person.relationship ? (
            <span class="story-people__relationship">{person.relationship}</span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** When an entry happened, in words. */
export function whenWords(entry: StoryEntry, context: PageContext): string {
  return entry.happenedOn ? formatDate(entry.happenedOn, context.locale) : 'Date not known';
}

/** One entry: what kind, its title, when, the photo, the words, and who added it. */
export function EntryCard(props: {
  entry: StoryEntry;
  childId: string;
  context: PageContext;
  headingLevel: 2 | 3 | 4;
  /** Status, sharing and buttons, for the pages that have them. */
  children?: ComponentChildren;
}) {
  const { entry } = props;
  const Heading = (['h2', 'h3', 'h4'] as const)[props.headingLevel - 2]!;
  return (
    <article class={`story-entry story-entry--${entry.kind}`}>
      <p class="story-entry__kind">
        <span>{entry.kindLabel}</span> · <span>{whenWords(entry, props.context)}</span>
      </p>
      <Heading class="story-entry__title">{entry.title}</Heading>
      {entry.fileId ? (
        <p class="story-entry__photo">
          <img src={photoPath(props.childId, entry.id)} alt={entry.title} loading="lazy" />
        </p>
      ) : null}
      {entry.body ? <p class="story-entry__body preserve-lines">{entry.body}</p> : null}
      <p class="story-entry__by">{entry.addedByWords}</p>
      {props.children}
    </article>
  );
}

/** The story's checked entries, a section for each year, the undated ones last. */
export function ChapterList(props: {
  chapters: Chapter[];
  childId: string;
  context: PageContext;
  empty: string;
  /** What goes under each entry on this page. */
  below?: (entry: StoryEntry) => ComponentChildren;
}) {
  if (props.chapters.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <>
      {props.chapters.map((chapter) => (
        <section class="story-chapter" key={chapter.heading}>
          <h3 class="story-chapter__year">{chapter.heading}</h3>
          <ol class="story-chapter__entries">
            {chapter.entries.map((entry) => (
              <li key={entry.id}>
                <EntryCard
                  entry={entry}
                  childId={props.childId}
                  context={props.context}
                  headingLevel={4}
                >
                  {props.below?.(entry)}
                </EntryCard>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
