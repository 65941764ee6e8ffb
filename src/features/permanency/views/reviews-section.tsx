import { ENGLAND } from '../../../core/jurisdiction/england.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { Tag } from '../../../core/ui/components/content.tsx';
import type { Locale } from '../../../core/ui/terms.ts';
import type { PermanencyView } from '../read-service.ts';
import { newReviewPath } from './paths.ts';
import { WhyDue } from './why-due.tsx';

const RULE = ENGLAND.belonging.lookedAfterReviews;

/** The looked-after reviews held, and when the next one is due and why. */
export function ReviewsSection(props: { view: PermanencyView; locale: Locale }) {
  const { view, locale } = props;
  return (
    <>
      <NextReview view={view} locale={locale} />
      {view.reviews.length === 0 ? (
        <p>No reviews are recorded yet.</p>
      ) : (
        <ul class="timeline">
          {view.reviews.map((review) => (
            <li class="record-entry" key={review.id}>
              <h3 class="record-entry__title">
                Review held on {formatDate(review.heldOn, locale)}
              </h3>
              {review.permanencyNotes ? (
                <p class="preserve-lines">{review.permanencyNotes}</p>
              ) : null}
              {review.recordedByName ? (
                <p class="record-entry__meta">Recorded by {review.recordedByName}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function NextReview(props: { view: PermanencyView; locale: Locale }) {
  const { view, locale } = props;
  const { child, nextReview } = view;
  const date = (iso: string) => formatDate(iso, locale);
  if (!nextReview) {
    return (
      <p>
        When the first review is due cannot be worked out: the date {child.knownAs} became looked
        after is not recorded.{' '}
        {view.abilities.canManage ? (
          <a href={newReviewPath(child.id)}>Add it when you record a review</a>
        ) : (
          'A worker can add it.'
        )}
      </p>
    );
  }
  const isOverdue = nextReview.dueOn < view.today;
  const last = view.reviews[0]?.heldOn ?? '';
  const which = {
    first: 'The first review',
    second: 'The second review',
    later: 'The next review',
  };
  return (
    <>
      <p>
        {isOverdue ? <Tag tone="overdue">Overdue</Tag> : <Tag tone="neutral">Due</Tag>}{' '}
        {which[nextReview.which]} is due by {date(nextReview.dueOn)}
      </p>
      <WhyDue citation={RULE.citation}>
        {nextReview.which === 'first'
          ? `The first review is held within ${RULE.firstWithinWorkingDays} working days of a child becoming looked after: ${child.knownAs} became looked after on ${date(child.lookedAfterSince ?? '')}. Weekends and bank holidays are not counted.`
          : nextReview.which === 'second'
            ? `The second review is held within ${RULE.secondWithinMonths} months of the first, which was on ${date(last)}.`
            : `Later reviews are held at most ${RULE.thenEveryMonths} months apart; the last was on ${date(last)}.`}
      </WhyDue>
    </>
  );
}
