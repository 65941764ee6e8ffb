import { tagLabel } from '../tags.ts';

/** The address of the news list filtered by one tag. */
export function tagHref(tag: string): string {
  return `/news?tag=${encodeURIComponent(tag)}`;
}

/** An article's tags, each a link to the other articles with it. */
export function TagLinks(props: { tags: string[] }) {
  if (props.tags.length === 0) return null;
  return (
    <ul class="tag-links" aria-label="Tags">
      {props.tags.map((tag) => (
        <li key={tag}>
          <a class="tag-link" href={tagHref(tag)}>
            {tagLabel(tag)}
          </a>
        </li>
      ))}
    </ul>
  );
}
