import { Card, Tag } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { ChildToday } from '../lists-service.ts';
import { newRecordPath, OWN_RECORDS_PATH, timelinePath } from './paths.ts';

/** A carer's daily records: each child at home, whether today's log is written, and a way to write it. */
export function TodayPage(props: { context: PageContext; childrenAtHome: ChildToday[] }) {
  const { context, childrenAtHome } = props;
  return (
    <Page context={context} title="Daily records" width="narrow">
      {childrenAtHome.length === 0 ? (
        <p>No children are living with you at the moment.</p>
      ) : (
        <>
          <p class="lead">How today went for each child living with you.</p>
          {childrenAtHome.map((child) => (
            <Card key={child.id} title={child.name}>
              <p>
                {child.hasTodaysLog ? (
                  <Tag tone="good">Today’s log is written</Tag>
                ) : (
                  <Tag tone="due">Not written yet today</Tag>
                )}
              </p>
              <p>
                <ButtonLink
                  href={newRecordPath(child.id)}
                  variant={child.hasTodaysLog ? 'secondary' : 'primary'}
                >
                  {child.hasTodaysLog ? 'Write another record' : 'Write today’s record'}
                  <span class="visually-hidden"> for {child.knownName}</span>
                </ButtonLink>
              </p>
              <p>
                <a href={timelinePath(child.id)}>{child.knownName}’s records</a>
              </p>
            </Card>
          ))}
        </>
      )}
      <p>
        <a href={OWN_RECORDS_PATH}>Everything you have written</a>, including about children who
        have moved on.
      </p>
    </Page>
  );
}
