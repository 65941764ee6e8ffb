import type { ComponentChildren } from 'preact';

/** A message at the top of a page: something done, or something to know. */
export function NotificationBanner(props: {
  kind?: 'success' | 'info' | 'warning';
  title?: string;
  children: ComponentChildren;
}) {
  const kind = props.kind ?? 'info';
  return (
    <div
      class={`banner banner--${kind}`}
      role={kind === 'success' ? 'status' : 'region'}
      aria-label={
        props.title ??
        (kind === 'success' ? 'Done' : kind === 'warning' ? 'Important' : 'Information')
      }
    >
      {props.title ? <p class="banner__title">{props.title}</p> : null}
      <div class="banner__content">{props.children}</div>
    </div>
  );
}

export type TagTone = 'neutral' | 'good' | 'due' | 'overdue' | 'safeguarding' | 'info';

/** A short status word; its colour is never the only signal, the word is always there. */
export function Tag(props: { tone?: TagTone; children: ComponentChildren }) {
  return <strong class={`tag tag--${props.tone ?? 'neutral'}`}>{props.children}</strong>;
}

/** A boxed group of content with a heading. */
export function Card(props: {
  title: string;
  headingLevel?: 2 | 3;
  href?: string;
  children?: ComponentChildren;
}) {
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  // No accessible name on the section: a named section is a landmark, and a page of cards would
  // bury the real landmarks (header, navigation, main) among them. The heading says what it is.
  return (
    <section class="card">
      <Heading class="card__title">
        {props.href ? <a href={props.href}>{props.title}</a> : props.title}
      </Heading>
      {props.children ? <div class="card__body">{props.children}</div> : null}
    </section>
  );
}

/** Label and value pairs, for the summary at the top of a record. */
export function SummaryList(props: { rows: Array<{ label: string; value: ComponentChildren }> }) {
  return (
    <dl class="summary-list">
      {props.rows.map((row) => (
        <div class="summary-list__row" key={row.label}>
          <dt class="summary-list__key">{row.label}</dt>
          <dd class="summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export type Column<Row> = {
  heading: string;
  cell: (row: Row) => ComponentChildren;
  isNumeric?: boolean;
};

/** A table with a caption; wraps to scroll sideways on a narrow screen rather than breaking the page. */
export function Table<Row>(props: {
  caption: string;
  columns: Column<Row>[];
  rows: Row[];
  empty?: string;
  captionHidden?: boolean;
}) {
  if (props.rows.length === 0) {
    return <p class="empty">{props.empty ?? 'Nothing to show.'}</p>;
  }
  return (
    <div class="table-wrap" role="region" aria-label={props.caption} tabIndex={0}>
      <table class="table">
        <caption class={props.captionHidden ? 'visually-hidden' : 'table__caption'}>
          {props.caption}
        </caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th scope="col" class={column.isNumeric ? 'numeric' : undefined} key={column.heading}>
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, index) => (
            <tr key={index}>
              {props.columns.map((column) => (
                <td class={column.isNumeric ? 'numeric' : undefined} key={column.heading}>
                  {column.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Previous and next links for a long list. */
export function Pagination(props: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (props.pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label="Pages">
      {props.page > 1 ? (
        <a class="pagination__link" href={props.hrefFor(props.page - 1)} rel="prev">
          Previous page
        </a>
      ) : null}
      <span class="pagination__status">
        Page {props.page} of {props.pageCount}
      </span>
      {props.page < props.pageCount ? (
        <a class="pagination__link" href={props.hrefFor(props.page + 1)} rel="next">
          Next page
        </a>
      ) : null}
    </nav>
  );
}

/** Where this page sits, as links back up. */
export function Breadcrumbs(props: { items: Array<{ href: string; label: string }> }) {
  return (
    <nav class="breadcrumbs" aria-label="Breadcrumbs">
      <ol>
        {props.items.map((item) => (
          <li key={item.href}>
            <a href={item.href}>{item.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
