// One card per part of the space, each with a line saying what is new or next, linking to it.
import { formatDate } from '../../../core/time/dates.ts';
import { Card } from '../../../core/ui/components/content.tsx';
import type { Locale } from '../../../core/ui/terms.ts';
import type { PartSummaries } from '../hub-store.ts';
import { partnershipPaths } from '../paths.ts';
import type { Party } from '../space.ts';
import { familyPlanLine, planLine, plural } from './hub-words.ts';

/** The cards for messages, updates, family time, decisions and going home. */
export function PartCards(props: {
  party: Party;
  childId: string;
  knownAs: string;
  parts: PartSummaries;
  locale: Locale;
  headingLevel: 2 | 3;
}) {
  const { party, childId, knownAs, parts, locale, headingLevel } = props;
  const isParent = party === 'parent';
  return (
    <>
      <Card
        title="Messages"
        headingLevel={headingLevel}
        href={partnershipPaths.messages(party, childId)}
      >
        <p>
          {parts.unreadMessages > 0
            ? `${plural(parts.unreadMessages, 'new message')} for you`
            : 'No new messages'}
        </p>
      </Card>
      <Card
        title="Updates"
        headingLevel={headingLevel}
        href={partnershipPaths.updates(party, childId)}
      >
        <p>
          {parts.latestUpdateOn
            ? `Last posted on ${formatDate(parts.latestUpdateOn, locale)}`
            : isParent
              ? `No updates yet. ${knownAs}’s carers will share news here.`
              : 'No updates yet'}
        </p>
      </Card>
      <Card
        title="Family time"
        headingLevel={headingLevel}
        href={partnershipPaths.familyTime(party, childId)}
      >
        <p>
          {parts.nextFamilyTimeOn
            ? `Next on ${formatDate(parts.nextFamilyTimeOn, locale)}`
            : 'Nothing planned yet'}
        </p>
      </Card>
      <Card
        title={isParent ? `Decisions about ${knownAs}` : 'Decisions'}
        headingLevel={headingLevel}
        href={partnershipPaths.decisions(party, childId)}
      >
        <p>
          {parts.openDecisions > 0
            ? `${plural(parts.openDecisions, 'request')} waiting for a decision`
            : 'Nothing waiting for a decision'}
        </p>
      </Card>
      <Card
        title="Going home"
        headingLevel={headingLevel}
        href={partnershipPaths.goingHome(party, childId)}
      >
        <p>
          {isParent ? familyPlanLine(parts.plan, knownAs, locale) : planLine(parts.plan, locale)}
        </p>
      </Card>
    </>
  );
}
