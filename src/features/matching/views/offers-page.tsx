import { Table, Tag } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { ageOn, formatDate, todayIn } from '../../../core/time/dates.ts';
import type { OfferListItem } from '../offer-store.ts';
import { careWords } from '../words.ts';
import { offerPagePath } from './paths.ts';

/** Where an offer has got to, for the household. */
export function OfferStateTag(props: { item: Pick<OfferListItem, 'response' | 'referralStatus'> }) {
  const { item } = props;
  if (item.response === 'accepted') return <Tag tone="good">You said yes</Tag>;
  if (item.response === 'declined') return <Tag>You said no</Tag>;
  const isClosed = !['new', 'matching', 'offered'].includes(item.referralStatus);
  return isClosed ? <Tag>Closed</Tag> : <Tag tone="due">Waiting for your answer</Tag>;
}

/** The children a household has been asked about (staff see every household's). */
export function OffersPage(props: {
  context: PageContext;
  items: OfferListItem[];
  isCarer: boolean;
}) {
  const { context, items, isCarer } = props;
  const today = context.today;
  const title = isCarer ? 'Children we have asked you about' : 'Children shared with households';
  return (
    <Page context={context} title={title}>
      {items.length === 0 ? (
        <p>
          {isCarer
            ? 'Nothing to look at just now. When we think your household could be right for a child, we will email you and the child will be listed here.'
            : 'No child’s information has been shared with a household yet.'}
        </p>
      ) : (
        <>
          {isCarer ? (
            <p class="lead">
              Read everything we know about each child, talk it over, and tell us whether you can
              help. Saying no is fine.
            </p>
          ) : null}
          <Table
            caption={title}
            captionHidden
            columns={[
              {
                heading: 'Child',
                cell: (item) => <a href={offerPagePath(item.id)}>{item.childFirstName}</a>,
              },
              {
                heading: 'Age',
                isNumeric: true,
                cell: (item) => String(ageOn(item.childDateOfBirth, today)),
              },
              { heading: 'Care needed', cell: (item) => careWords(item.careType) },
              {
                heading: 'Needed by',
                cell: (item) =>
                  item.neededBy ? formatDate(item.neededBy, context.locale) : 'As soon as possible',
              },
              ...(isCarer
                ? []
                : [{ heading: 'Household', cell: (item: OfferListItem) => item.householdName }]),
              {
                heading: 'Asked on',
                cell: (item) =>
                  formatDate(todayIn(context.timeZone, item.sharedAt), context.locale),
              },
              { heading: 'Answer', cell: (item) => <OfferStateTag item={item} /> },
            ]}
            rows={items}
          />
        </>
      )}
    </Page>
  );
}
