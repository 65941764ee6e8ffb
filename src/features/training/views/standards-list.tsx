import type { Locale } from '../../../core/ui/terms.ts';
import { Tag } from '../../../core/ui/components/content.tsx';
import { formatDate } from '../../../core/time/dates.ts';
import type { StandardEntry } from '../record-service.ts';

/** One standard's progress in words: signed off (when, by whom), evidenced by courses, or not yet. */
export function StandardProgress(props: { entry: StandardEntry; locale: Locale }) {
  const { signOff, evidencedBy } = props.entry;
  if (signOff) {
    return (
      <>
        <Tag tone="good">Signed off</Tag>{' '}
        <span>
          on {formatDate(signOff.signedOffOn, props.locale)} by {signOff.signedOffByName}
        </span>
        {signOff.evidence ? <p class="muted">Evidence: {signOff.evidence}</p> : null}
      </>
    );
  }
  if (evidencedBy.length > 0) {
    return (
      <>
        <Tag tone="info">Not yet signed off</Tag>{' '}
        <span>Evidence from courses: {evidencedBy.join(', ')}</span>
      </>
    );
  }
  return <Tag tone="neutral">Not yet</Tag>;
}
