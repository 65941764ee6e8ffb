import { Card, Table, Tag } from '../../../core/ui/components/content.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate } from '../../../core/time/dates.ts';
import type { RecruitmentWorklist, WorkItem } from '../worklist-service.ts';
import { stageLabel } from '../words.ts';
import { DueTag, WhyDue } from './deadline-list.tsx';

function WorkItems(props: { context: PageContext; items: WorkItem[]; today: string }) {
  return (
    <ul class="list-plain">
      {props.items.map((item) => (
        <li key={`${item.prospect.id}-${item.deadline.kind}`}>
          <a href={`/recruitment/${item.prospect.id}`}>{item.prospect.name}</a>:{' '}
          {item.deadline.task.charAt(0).toLowerCase() + item.deadline.task.slice(1)}{' '}
          <DueTag deadline={item.deadline} today={props.today} locale={props.context.locale} />
          {item.state === 'overdue' ? (
            <span> (it was due on {formatDate(item.deadline.dueOn, props.context.locale)})</span>
          ) : null}
          {item.prospect.isMine ? null : (
            <>
              {' '}
              <Tag tone="info">Nobody looks after them yet</Tag>
            </>
          )}
          <WhyDue deadline={item.deadline} locale={props.context.locale} />
        </li>
      ))}
    </ul>
  );
}

/**
 * A recruitment officer's home: what is overdue or due today first, each saying why, then what
 * is coming up, then their pipeline beside the team's.
 */
export function RecruitmentWorklistSection(props: {
  context: PageContext;
  worklist: RecruitmentWorklist;
}) {
  const { context, worklist } = props;
  const open = worklist.stages.reduce((sum, row) => sum + row.everyone, 0);
  const mine = worklist.stages.reduce((sum, row) => sum + row.mine, 0);
  return (
    <>
      <h2>Due today and overdue</h2>
      {worklist.dueNow.length === 0 ? (
        <p>Nothing is due today.</p>
      ) : (
        <WorkItems context={context} items={worklist.dueNow} today={worklist.today} />
      )}
      <h2>Coming up</h2>
      {worklist.comingUp.length === 0 ? (
        <p>Nothing is due in the next week.</p>
      ) : (
        <WorkItems context={context} items={worklist.comingUp} today={worklist.today} />
      )}
      <h2>Your pipeline</h2>
      <p>
        {open === 0
          ? 'Nobody is applying to foster at the moment.'
          : `${open} ${open === 1 ? 'person is' : 'people are'} applying to foster; ${mine} of them ${mine === 1 ? 'is' : 'are'} yours.`}{' '}
        {worklist.unassigned > 0 ? (
          <a href="/recruitment?officer=none">
            {worklist.unassigned} {worklist.unassigned === 1 ? 'has' : 'have'} nobody looking after
            them yet.
          </a>
        ) : null}
      </p>
      <Table
        caption="People at each stage"
        rows={worklist.stages}
        columns={[
          {
            heading: 'Stage',
            cell: (row) => (
              <a href={`/recruitment?view=table&stage=${row.stage}`}>{stageLabel(row.stage)}</a>
            ),
          },
          { heading: 'Yours', cell: (row) => row.mine, isNumeric: true },
          { heading: 'Whole team', cell: (row) => row.everyone, isNumeric: true },
        ]}
      />
      <p>
        <a href="/recruitment">All recruitment</a> ·{' '}
        <a href="/recruitment/panels">Panel meetings</a> ·{' '}
        <a href="/recruitment/dashboard">Dashboard</a>
      </p>
    </>
  );
}

/** The registered manager's view of recruitment on their home: how many, and decisions waiting. */
export function RecruitmentCard(props: { worklist: RecruitmentWorklist }) {
  const { worklist } = props;
  const open = worklist.stages.reduce((sum, row) => sum + row.everyone, 0);
  const deciding = worklist.stages.find((row) => row.stage === 'agency_decision')?.everyone ?? 0;
  return (
    <Card title="Recruitment" href="/recruitment">
      <span class="figure">{open}</span>
      <p class="muted">People applying to foster.</p>
      <p>
        <a href="/recruitment?stage=agency_decision&view=table">
          {deciding} waiting for your decision
        </a>
        {worklist.overdueEveryone > 0 ? (
          <>
            {' · '}
            <a href="/recruitment?overdue=yes&view=table">
              {worklist.overdueEveryone} with something overdue
            </a>
          </>
        ) : null}
      </p>
    </Card>
  );
}
