import { Card } from '../../../core/ui/components/content.tsx';
import type { TrainingSummary } from '../compliance-service.ts';

/**
 * The home page's word on training: for staff, how many carers in their reach are behind; for a
 * carer, what their household has overdue or due (two carers may share one record of standards).
 */
export function TrainingCard({
  summary,
  href,
  isOwn = false,
}: {
  summary: TrainingSummary;
  href: string;
  isOwn?: boolean;
}) {
  const behind = summary.carersWithOverdue;
  return (
    <Card title={isOwn ? 'Your training' : 'Carers’ training'} href={href}>
      {isOwn ? (
        <p>
          {summary.overdueCourses === 0
            ? 'Nothing is overdue in your household.'
            : `In your household, ${summary.overdueCourses} ${summary.overdueCourses === 1 ? 'course is' : 'courses are'} overdue.`}{' '}
          {summary.tsdsDueSoon > 0 ? 'The training standards are due within 90 days.' : ''}
          {summary.tsdsOverdue > 0 ? 'The training standards are overdue.' : ''}
        </p>
      ) : (
        <>
          <span class="figure">{behind}</span>
          <p class="muted">
            of {summary.carers} {summary.carers === 1 ? 'carer has' : 'carers have'} a course
            overdue. Standards overdue: {summary.tsdsOverdue}; due within 90 days:{' '}
            {summary.tsdsDueSoon}.
          </p>
        </>
      )}
    </Card>
  );
}
