import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { pageText } from '../../../test/support/app.ts';
import { ENGLAND } from '../../core/jurisdiction/england.ts';
import { placementPlanDeadline, planStatus } from './plan-deadline.ts';
import { PlanStatusLine, WhyPlanDue } from './views/plan-status.tsx';

describe('when a placement plan is due', () => {
  it.each([
    // A Wednesday start: five working days later is the next Wednesday.
    ['2026-11-18', '2026-11-25'],
    // Thursday before the late May bank holiday: Friday, then Tuesday to Friday.
    ['2026-05-21', '2026-05-29'],
    // Christmas Eve: Christmas, a weekend, Boxing Day's Monday and New Year's Day are not counted.
    ['2026-12-24', '2027-01-05'],
    // A child who arrives on a Saturday: the count starts on Monday.
    ['2026-11-21', '2026-11-27'],
  ])('a placement that started on %s has its plan due by %s', (startedOn, dueOn) => {
    expect(placementPlanDeadline(startedOn, ENGLAND).dueOn).toBe(dueOn);
  });

  it('is agreed, on time or late, once a plan has a date', () => {
    expect(planStatus('2026-11-18', '2026-11-16', '2026-11-23', ENGLAND)).toMatchObject({
      state: 'agreed',
      isLate: false,
    });
    expect(planStatus('2026-11-02', '2026-11-12', '2026-11-23', ENGLAND)).toMatchObject({
      state: 'agreed',
      isLate: true,
    });
  });

  it('is due up to and on its last day, then overdue by the working days since', () => {
    expect(planStatus('2026-11-18', null, '2026-11-25', ENGLAND).state).toBe('due');
    // Due Friday 6 November; by Monday 23 November eleven working days have passed.
    expect(planStatus('2026-10-30', null, '2026-11-23', ENGLAND)).toMatchObject({
      state: 'overdue',
      workingDaysLate: 11,
    });
  });
});

describe('how the page says it', () => {
  const words = (node: Parameters<typeof renderToString>[0]) =>
    pageText(renderToString(node)).trim();

  it('says why the plan is due, from what, and quotes the regulation', () => {
    const deadline = placementPlanDeadline('2026-12-24', ENGLAND);
    expect(words(<WhyPlanDue deadline={deadline} locale="en-GB" />)).toBe(
      'Why is this due? The placement plan, with delegated authority, is agreed before the placement or within 5 working days of its start: the placement started on 24 December 2026, so the plan is due by 5 January 2027. Weekends and bank holidays (England and Wales bank holidays) are not counted. Source: Care Planning, Placement and Case Review (England) Regulations 2010, regulation 9: the placement plan, including delegated authority, is agreed before the placement or, where that is not practicable, within 5 working days of its start.',
    );
  });

  it('says "Due by", "Overdue by" and "Agreed on" in words beside the tag', () => {
    const line = (agreedOn: string | null, today: string) =>
      words(
        <PlanStatusLine
          status={planStatus('2026-10-30', agreedOn, today, ENGLAND)}
          locale="en-GB"
        />,
      );
    expect(line(null, '2026-11-02')).toBe('Due Due by 6 November 2026');
    expect(line(null, '2026-11-23')).toBe(
      'Overdue Overdue by 11 working days (it was due by 6 November 2026)',
    );
    expect(line(null, '2026-11-09')).toBe(
      'Overdue Overdue by 1 working day (it was due by 6 November 2026)',
    );
    expect(line('2026-11-04', '2026-11-23')).toBe('Agreed Agreed on 4 November 2026');
  });
});
