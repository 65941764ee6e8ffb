/** A tag: lower-case letters, digits, spaces and hyphens, as an article lists them. */
export const TAG_PATTERN = /^[a-z0-9][a-z0-9 -]{0,29}$/;
export const MAX_TAGS = 8;

/** Splits the tags typed into the form ("Attachment, training") into a clean, unique list. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(',')
    .map((tag) => tag.trim().toLowerCase().replace(/\s+/g, ' '))
    .filter((tag) => tag.length > 0);
  return [...new Set(tags)];
}

/** The tags as the form shows them again. */
export function formatTags(tags: string[]): string {
  return tags.join(', ');
}

/** A tag as a heading or link shows it: "kinship care" becomes "Kinship care". */
export function tagLabel(tag: string): string {
  return tag.charAt(0).toUpperCase() + tag.slice(1);
}
