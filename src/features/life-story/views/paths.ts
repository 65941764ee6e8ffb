// The life story's addresses, in one place.
import type { Actor } from '../../../core/access/actor.ts';
import { viewerOf } from '../../belonging/visibility.ts';

/** A child's life story on their record (staff and carers). */
export const storyPath = (childId: string) => `/children/${childId}/life-story`;
export const newEntryPath = (childId: string) => `${storyPath(childId)}/new`;
export const identityPath = (childId: string) => `${storyPath(childId)}/identity`;
export const bookPath = (childId: string) => `${storyPath(childId)}/book.pdf`;
export const photoPath = (childId: string, entryId: string) =>
  `${storyPath(childId)}/${entryId}/photo`;
export const checkPath = (childId: string, entryId: string) =>
  `${storyPath(childId)}/${entryId}/check`;
export const sharingPath = (childId: string, entryId: string) =>
  `${storyPath(childId)}/${entryId}/sharing`;

/** The young person's own story. */
export const MY_STORY_PATH = '/my/story';
export const MY_ADD_PATH = '/my/story/add';
export const MY_ABOUT_PATH = '/my/story/about-me';
export const MY_BOOK_PATH = '/my/story/book.pdf';
export const myCarersPath = (entryId: string) => `/my/story/${entryId}/carers`;

/** A birth parent's view of their child's story. */
export const familyStoryPath = (childId: string) => `/family/${childId}/story`;
export const familyAddPath = (childId: string) => `${familyStoryPath(childId)}/add`;
export const familyBookPath = (childId: string) => `${familyStoryPath(childId)}/book.pdf`;

/** Where this person reads a child's story: their own space, the family's view, or the record. */
export function storyHomeFor(actor: Actor, childId: string): string {
  switch (viewerOf(actor)) {
    case 'young_person':
      return MY_STORY_PATH;
    case 'birth_parent':
      return familyStoryPath(childId);
    case 'staff':
    case 'carer':
      return storyPath(childId);
  }
}
