import { ENGLAND } from '../../../core/jurisdiction/england.ts';
import { formatDate } from '../../../core/time/dates.ts';
import { NotificationBanner, Tag } from '../../../core/ui/components/content.tsx';
import type { Locale } from '../../../core/ui/terms.ts';
import type { TsdsProgress } from '../requirements.ts';
import { tsdsStatusWords } from './record-words.ts';

/** When the standards are due and why, with a warning once the date has passed. */
export function TsdsDeadline(props: { tsds: TsdsProgress; locale: Locale }) {
  const { tsds, locale } = props;
  const words = tsdsStatusWords(tsds.status);
  const rule = `${tsds.months} months after approval (${ENGLAND.training.tsds.source})`;
  const signed = `${tsds.signedOff.length} of 7 signed off`;
  if (!tsds.deadline) {
    return (
      <p>
        <Tag tone={words.tone}>{words.label}</Tag> {signed}. Due within {rule}.
      </p>
    );
  }
  const due = formatDate(tsds.deadline, locale);
  if (tsds.status === 'overdue') {
    return (
      <NotificationBanner kind="warning" title="The standards are overdue">
        <p>
          They were due by <strong>{due}</strong>, {rule}, and {signed}. Talk with the supervising
          social worker about finishing the workbook.
        </p>
      </NotificationBanner>
    );
  }
  return (
    <p>
      <Tag tone={words.tone}>{words.label}</Tag> {signed}.{' '}
      {tsds.status === 'complete' ? (
        <>Every standard is signed off.</>
      ) : (
        <>
          Due by <strong>{due}</strong>: {rule}.
        </>
      )}
    </p>
  );
}
