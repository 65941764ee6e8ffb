// The frame of every family time page: for staff and carers, the child's record with its tabs;
// for a parent, a narrow page under their child's space, with no record around it.
import type { ComponentChildren } from 'preact';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { BelongingChild } from '../../belonging/child-access.ts';
import { ChildTabs } from '../../children/index.ts';
import { partnershipPaths } from '../../partnership/paths.ts';
import type { Party } from '../../partnership/space.ts';
import { familyTimePaths } from './paths.ts';

/** A family time page for this side of the partnership. */
export function FamilyTimeFrame(props: {
  context: PageContext;
  child: BelongingChild;
  party: Party;
  title: string;
  hasErrors?: boolean;
  /** Below the family time list: a session's page links back to the list. */
  isUnderList?: boolean;
  children: ComponentChildren;
}) {
  const { context, child, party } = props;
  const isParent = party === 'parent';
  const crumbs = isParent
    ? [{ href: partnershipPaths.home(party, child.id), label: child.knownAs }]
    : [
        { href: '/children', label: 'Children' },
        { href: `/children/${child.id}`, label: child.fullName },
        { href: partnershipPaths.home(party, child.id), label: 'Family' },
      ];
  if (props.isUnderList) {
    crumbs.push({ href: familyTimePaths.list(party, child.id), label: 'Family time' });
  }
  return (
    <Page
      context={context}
      title={props.title}
      documentTitle={props.hasErrors ? `Error: ${props.title}` : undefined}
      width={isParent ? 'narrow' : 'wide'}
      beforeHeading={<Breadcrumbs items={crumbs} />}
    >
      {isParent ? null : <ChildTabs childId={child.id} current="family" />}
      {props.children}
    </Page>
  );
}
