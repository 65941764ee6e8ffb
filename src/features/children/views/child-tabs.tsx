import { SubNavigation } from '../../../core/ui/components/sub-navigation.tsx';

export type ChildTab =
  | 'about'
  | 'placements'
  | 'daily-records'
  | 'family'
  | 'people'
  | 'permanency'
  | 'life-story'
  | 'voice';

/** The pages of a child's record, as tabs under the child's name. */
export function ChildTabs(props: { childId: string; current: ChildTab }) {
  const base = `/children/${props.childId}`;
  const items = [
    { href: base, label: 'About', tab: 'about' },
    { href: `${base}/placements`, label: 'Homes and plans', tab: 'placements' },
    { href: `${base}/daily-records`, label: 'Daily records', tab: 'daily-records' },
    { href: `${base}/family`, label: 'Family', tab: 'family' },
    { href: `${base}/people`, label: 'People', tab: 'people' },
    { href: `${base}/permanency`, label: 'Permanency', tab: 'permanency' },
    { href: `${base}/life-story`, label: 'Life story', tab: 'life-story' },
    { href: `${base}/voice`, label: 'In their words', tab: 'voice' },
  ];
  return (
    <SubNavigation
      label="This child’s record"
      items={items}
      currentHref={items.find((item) => item.tab === props.current)!.href}
    />
  );
}
