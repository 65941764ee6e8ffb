// The frame of every shared decisions page: the way back to the space, the child's record tabs for
// staff and carers, and a narrow, phone-first page for parents.
import type { ComponentChildren } from 'preact';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { DateTime } from 'luxon';
import { formatDate } from '../../../core/time/dates.ts';
import type { BelongingChild } from '../../belonging/child-access.ts';
import { ChildTabs } from '../../children/index.ts';
import { partnershipPaths } from '../../partnership/paths.ts';
import type { Party } from '../../partnership/space.ts';

/** A page of the child's shared decisions. */
export function DecisionFrame(props: {
  context: PageContext;
  child: BelongingChild;
  party: Party;
  title: string;
  hasErrors?: boolean;
  /** Links back up past the space's home, such as the list of decisions. */
  crumbs?: Array<{ href: string; label: string }>;
  children: ComponentChildren;
}) {
  const { context, child, party, title } = props;
  const home = {
    href: partnershipPaths.home(party, child.id),
    label: `${child.knownAs}’s family space`,
  };
  return (
    <Page
      context={context}
      title={title}
      documentTitle={props.hasErrors ? `Error: ${title}` : title}
      width={party === 'parent' ? 'narrow' : 'wide'}
      beforeHeading={<Breadcrumbs items={[home, ...(props.crumbs ?? [])]} />}
    >
      {party === 'parent' ? null : <ChildTabs childId={child.id} current="family" />}
      {props.children}
    </Page>
  );
}

/** The day an instant fell on in the agency's time zone, as people write it: 4 March 2026. */
export function dayOf(at: Date, context: PageContext): string {
  const day = DateTime.fromJSDate(at, { zone: context.timeZone }).toISODate();
  return formatDate(day, context.locale);
}
