import { SummaryList } from '../../../core/ui/components/content.tsx';
import { formatDate } from '../../../core/time/dates.ts';
import type { MatchChild } from '../ranking.ts';
import type { ReferralRecord } from '../store.ts';
import { needLabel } from '../../children/index.ts';
import { careWords } from '../words.ts';
import { orNotRecorded, referralStatusLabel, siblingsWords, urgencyLabel } from './labels.ts';

/** The child in brief, for placing staff: what matching weighs, including where to keep away from. */
export function ChildBrief(props: {
  referral: ReferralRecord;
  child: MatchChild;
  locale: 'en-GB' | 'en-US';
}) {
  const { referral, child, locale } = props;
  const culture = [
    referral.childLanguages.length > 0 ? `Speaks ${referral.childLanguages.join(', ')}` : '',
    referral.childFaith ? `Faith: ${referral.childFaith}` : '',
    referral.childEthnicity ? `Ethnicity: ${referral.childEthnicity}` : '',
  ].filter(Boolean);
  const careNeeded = careWords(referral.careType);
  return (
    <SummaryList
      rows={[
        { label: 'Name', value: `${referral.childFirstName} ${referral.childLastName}` },
        {
          label: 'Age',
          value: `${child.age} when the home is needed (born ${formatDate(referral.childDateOfBirth, locale)})`,
        },
        {
          label: 'Home needed',
          value: `${careNeeded.charAt(0).toUpperCase()}${careNeeded.slice(1)}. ${urgencyLabel(referral.urgency)}${referral.neededBy ? `, by ${formatDate(referral.neededBy, locale)}` : ''}`,
        },
        {
          label: 'Brothers and sisters',
          value: siblingsWords({
            count: referral.siblingsCount,
            isTogether: referral.siblingsTogether,
            ages: referral.siblingsAges,
          }),
        },
        {
          label: 'Needs',
          // In full, as carers would say them; the factors below use the short words.
          value:
            referral.needs.length > 0 ? (
              <ul class="list-plain">
                {referral.needs.map((code) => (
                  <li key={code}>{needLabel(code)}</li>
                ))}
              </ul>
            ) : (
              'None recorded'
            ),
        },
        {
          label: 'School',
          value: orNotRecorded(
            [referral.schoolName, referral.schoolAreaName].filter(Boolean).join(', '),
          ),
        },
        { label: 'Family time', value: orNotRecorded(referral.familyTimeAreaName ?? '') },
        {
          label: 'Must live away from',
          value: referral.avoidAreaName ?? 'No area to keep away from',
        },
        { label: 'Culture, language and faith', value: orNotRecorded(culture.join('. ')) },
        ...(referral.prefersOnlyChild
          ? [{ label: 'Other children', value: 'Does best as the only child in the home' }]
          : []),
        { label: 'Referred by', value: `${referral.authorityName} (${referral.reference})` },
        { label: 'Where it has got to', value: referralStatusLabel(referral.status) },
      ]}
    />
  );
}
