/**
 * Links between the pages of one record (a child's details, placements, daily records), shown as
 * tabs. They are ordinary links, so they work without JavaScript; the current one is marked for
 * screen readers with aria-current.
 */
export function SubNavigation(props: {
  label: string;
  items: Array<{ href: string; label: string }>;
  currentHref: string;
}) {
  return (
    <nav class="sub-nav" aria-label={props.label}>
      <ul class="sub-nav__list">
        {props.items.map((item) => (
          <li class="sub-nav__item" key={item.href}>
            <a
              class="sub-nav__link"
              href={item.href}
              aria-current={item.href === props.currentHref ? 'page' : undefined}
            >
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
