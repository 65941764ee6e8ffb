import { Card, Table, Tag } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { capitalise } from '../../../core/ui/terms.ts';
import { ageOn, formatDate } from '../../../core/time/dates.ts';
import { isRole } from '../../../core/access/roles.ts';
import { roleLabel } from '../../../core/ui/roles.ts';
import { RecruitmentCard, RecruitmentWorklistSection } from '../../recruitment/index.ts';
import { TrainingCard } from '../../training/index.ts';
import { ReportsCard } from '../../daily-records/index.ts';
import { PlacementPlansCard } from '../../placements/index.ts';
import { OffersCard } from '../../matching/index.ts';
import { CommittedAdultsCard } from '../../family-finding/index.ts';
import { PermanencyDriftCard } from '../../permanency/index.ts';
import { UnansweredQuestionsCard } from '../../voice/index.ts';
import type { BelongingWorklist, PartnershipWorklist } from '../service.ts';
import { GettingStartedCard, type PartSummaries } from '../../partnership/index.ts';
import { MessagesWaitingCard } from '../../partnership-messages/index.ts';
import { SupportDueCard } from '../../reunification/index.ts';
import { OwnSpaceCards } from '../../voice/index.ts';
import type { Home } from '../service.ts';

/** Each person's starting page: what needs doing today, then what is coming up, then shortcuts. */
export function HomePage({ context, home }: { context: PageContext; home: Home }) {
  const firstName = context.actor?.name.split(' ')[0] ?? '';
  return (
    <Page context={context} title={`Hello, ${firstName}`}>
      <HomeContent context={context} home={home} />
    </Page>
  );
}

function HomeContent({ context, home }: { context: PageContext; home: Home }) {
  const { terms } = context;
  switch (home.role) {
    case 'administrator':
      return (
        <>
          <p class="lead">You look after people’s accounts and the agency’s settings.</p>
          <div class="cards">
            <Card title="People and access" href="/admin/users">
              <p>Add accounts, and see who can sign in.</p>
            </Card>
            <Card title="Settings" href="/admin/settings">
              <p>
                The agency’s name and contact details, its words, and whether staff must use
                two-factor sign-in.
              </p>
            </Card>
          </div>
          <Table
            caption="Active accounts by role"
            rows={home.accounts}
            columns={[
              {
                heading: 'Role',
                cell: (row) => (isRole(row.role) ? roleLabel(row.role, terms) : row.role),
              },
              { heading: 'Accounts', cell: (row) => row.total, isNumeric: true },
            ]}
          />
        </>
      );
    case 'registered_manager':
      return (
        <>
          <p class="lead">The agency today.</p>
          <div class="cards">
            <Card title="Approved households" href="/households">
              <span class="figure">{home.figures.approvedHouseholds}</span>
            </Card>
            <Card title="Children living with our carers" href="/children">
              <span class="figure">{home.figures.childrenPlaced}</span>
            </Card>
            <Card title="Vacancies" href="/households">
              <span class="figure">{home.figures.vacancies}</span>
              <p class="muted">Places free within households’ terms of approval.</p>
            </Card>
            <RecruitmentCard worklist={home.recruitment} />
            <Card title="Refused requests this week" href="/audit?outcome=refused">
              <span class="figure">{home.figures.refusalsThisWeek}</span>
              <p class="muted">Attempts to reach records without a relationship to them.</p>
            </Card>
            <TrainingCard summary={home.training} href="/training/compliance" />
            <PlacementPlansCard tasks={home.placementTasks} locale={context.locale} />
            <ReportsCard context={context} reports={home.reports} />
            <PartnershipCards worklist={home.partnership} context={context} />
            <BelongingCards worklist={home.belonging} context={context} />
          </div>
          <nav aria-labelledby="running-the-agency">
            <h2 id="running-the-agency">Running the agency</h2>
            <ul class="list-plain">
              <li>
                <a href="/admin/users">People and access</a>: who can sign in, and in which role
              </li>
              <li>
                <a href="/admin/authorities">Local authorities</a>: who refers children, and their
                keys to send referrals
              </li>
              <li>
                <a href="/matching/weights">How matching weighs each factor</a>
              </li>
              <li>
                <a href="/news/manage">News and blogs</a> on the public site
              </li>
            </ul>
          </nav>
        </>
      );
    case 'supervising_social_worker':
      return (
        <>
          <p class="lead">
            You support {home.households.length}{' '}
            {home.households.length === 1 ? 'household' : 'households'}, where{' '}
            {home.children.length} {home.children.length === 1 ? 'child lives' : 'children live'}{' '}
            now.
          </p>
          <div class="cards">
            <ReportsCard context={context} reports={home.reports} />
            <PlacementPlansCard tasks={home.placementTasks} locale={context.locale} />
            <PartnershipCards worklist={home.partnership} context={context} />
            <BelongingCards worklist={home.belonging} context={context} />
            <TrainingCard summary={home.training} href="/training/carers" />
            <Card title="How settled our children are" href="/stability">
              <p>Moves in the last year, and children in one home for two years or more.</p>
            </Card>
          </div>
          <Table
            caption="Your households"
            rows={home.households}
            empty="No households are allocated to you yet."
            columns={[
              {
                heading: 'Household',
                cell: (row) => <a href={`/households/${row.id}`}>{row.name}</a>,
              },
              { heading: 'Area', cell: (row) => row.areaName ?? '' },
              {
                heading: 'Children now',
                cell: (row) => `${row.childrenNow} of ${row.maxChildren ?? 0}`,
                isNumeric: true,
              },
            ]}
          />
          <ChildrenTable
            context={context}
            rows={home.children}
            caption="Children in your households"
          />
        </>
      );
    case 'training_coordinator':
      return (
        <>
          <p class="lead">
            Where approved {terms.fosterCarers} live, so courses can be held near them.
          </p>
          <div class="cards">
            <TrainingCard summary={home.training} href="/training/compliance" />
            <Card title="Catch-ups needed" href="/training/catch-ups">
              <p>Carers who missed a course and are waiting for a catch-up session.</p>
            </Card>
          </div>
          <Table
            caption={`${capitalise(terms.fosterCarers)} by area`}
            rows={home.carersByArea}
            columns={[
              { heading: 'Area', cell: (row) => row.areaName },
              { heading: 'Households', cell: (row) => row.households, isNumeric: true },
              { heading: 'Carers', cell: (row) => row.carers, isNumeric: true },
            ]}
          />
        </>
      );
    case 'recruitment_officer':
      return <RecruitmentWorklistSection context={context} worklist={home.recruitment} />;
    case 'foster_carer':
    case 'kinship_carer':
      return (
        <>
          <h2>Children at home now</h2>
          {home.children.length === 0 ? (
            <p>No children are living with you at the moment.</p>
          ) : (
            <ul class="list-plain">
              {home.children.map((child) => (
                <li key={child.childId}>
                  <a href={`/children/${child.childId}`}>
                    {child.preferredName ?? child.firstName}
                  </a>
                  , {ageOn(child.dateOfBirth, context.today)}
                  <span class="muted">
                    {' '}
                    · living with you since {formatDate(child.startedOn, context.locale)}
                  </span>
                  {' · '}
                  <a href={`/children/${child.childId}/family`}>
                    Family partnership
                    {home.unreadByChild[child.childId]
                      ? ` (${home.unreadByChild[child.childId]} new ${home.unreadByChild[child.childId] === 1 ? 'message' : 'messages'})`
                      : ''}
                  </a>
                </li>
              ))}
            </ul>
          )}
          <div class="cards">
            <Card title="Daily records" href="/daily-records">
              <p>Write today’s record for each child, or report something that happened.</p>
            </Card>
            {home.offersWaiting > 0 ? <OffersCard waiting={home.offersWaiting} /> : null}
            <TrainingCard summary={home.training} href="/training/mine" isOwn />
          </div>
          <h2>Your support</h2>
          {home.worker ? (
            <p>
              Your {terms.supervisingSocialWorker} is {home.worker.name} (
              <a href={`mailto:${home.worker.email}`}>{home.worker.email}</a>).
            </p>
          ) : (
            <p>The agency will tell you who your {terms.supervisingSocialWorker} is.</p>
          )}
          {home.households.map((household) => (
            <p key={household.id}>
              <a href={`/households/${household.id}`}>About {household.name}</a>{' '}
              <Tag tone={household.status === 'approved' ? 'good' : 'info'}>
                {household.status === 'approved'
                  ? 'Approved'
                  : capitalise(household.status.replace('_', ' '))}
              </Tag>
            </p>
          ))}
        </>
      );
    case 'birth_parent':
      return (
        <>
          {home.children.length === 0 ? (
            <p>
              Your account is not linked to a child yet. The agency will do this and let you know.
            </p>
          ) : (
            home.children.map((child) => (
              <Card key={child.id} title={child.name}>
                <p>
                  {child.name} is being looked after by {terms.fosterCarers} supported by{' '}
                  {context.agencyName}.
                </p>
                {child.together ? (
                  <>
                    <p>
                      <a href={`/family/${child.id}`}>Together for {child.name}</a>: messages,
                      updates, family time, decisions and the plan, shared with {child.name}’s
                      carers and worker.
                    </p>
                    <TogetherNews news={child.together} context={context} childId={child.id} />
                  </>
                ) : null}
                <ul class="list-plain">
                  <li>
                    <a href={`/family/${child.id}/story`}>{child.name}’s story</a>: memories and
                    photos shared with you, and a place to add your own
                  </li>
                  <li>
                    <a href={`/family/${child.id}/people`}>People in {child.name}’s life</a> that
                    the agency has shared with you
                  </li>
                </ul>
              </Card>
            ))
          )}
          <p>
            If you have a question,{' '}
            {home.agencyPhone ? `call the agency on ${home.agencyPhone}` : 'contact the agency'}.
          </p>
        </>
      );
    case 'young_person':
      return (
        <>
          <p class="lead">This is your space.</p>
          {home.carerFirstNames.length > 0 ? (
            <p>You live with {joinNames(home.carerFirstNames)}.</p>
          ) : null}
          {home.space ? <OwnSpaceCards context={context} space={home.space} /> : null}
          <p>
            If something is worrying you, you can talk to your carers, your social worker, or
            someone you trust.
          </p>
        </>
      );
  }
}

type ChildRow = {
  childId: string;
  firstName: string;
  preferredName: string | null;
  lastName: string;
  dateOfBirth: string;
  householdName: string;
  householdId: string;
};

function ChildrenTable({
  context,
  rows,
  caption,
}: {
  context: PageContext;
  rows: ChildRow[];
  caption: string;
}) {
  return (
    <Table
      caption={caption}
      rows={rows}
      empty="No children are living in these households now."
      columns={[
        {
          heading: 'Name',
          cell: (row) => (
            <a
              href={`/children/${row.childId}`}
            >{`${row.preferredName ?? row.firstName} ${row.lastName}`}</a>
          ),
        },
        { heading: 'Age', cell: (row) => ageOn(row.dateOfBirth, context.today), isNumeric: true },
        {
          heading: 'Household',
          cell: (row) => <a href={`/households/${row.householdId}`}>{row.householdName}</a>,
        },
      ]}
    />
  );
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

// Questions from young people first: someone is waiting for an answer.
/** What is new for a parent in their child's space, in a line each. */
function TogetherNews(props: { news: PartSummaries; context: PageContext; childId: string }) {
  const { news, context, childId } = props;
  const lines = [
    news.unreadMessages > 0 ? (
      <a href={`/family/${childId}/messages`}>
        {news.unreadMessages} new {news.unreadMessages === 1 ? 'message' : 'messages'}
      </a>
    ) : null,
    news.nextFamilyTimeOn ? (
      <a href={`/family/${childId}/family-time`}>
        Next family time: {formatDate(news.nextFamilyTimeOn, context.locale)}
      </a>
    ) : null,
    news.latestUpdateOn ? (
      <a href={`/family/${childId}/updates`}>
        Latest update posted {formatDate(news.latestUpdateOn, context.locale)}
      </a>
    ) : null,
  ].filter((line) => line !== null);
  if (lines.length === 0) return null;
  return (
    <ul class="list-plain">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

function PartnershipCards(props: { worklist: PartnershipWorklist; context: PageContext }) {
  const { worklist, context } = props;
  return (
    <>
      <MessagesWaitingCard waiting={worklist.messagesWaiting} context={context} />
      <GettingStartedCard due={worklist.gettingStarted} locale={context.locale} />
      <SupportDueCard due={worklist.supportDue} locale={context.locale} />
    </>
  );
}

function BelongingCards(props: { worklist: BelongingWorklist; context: PageContext }) {
  const { worklist, context } = props;
  return (
    <>
      <UnansweredQuestionsCard questions={worklist.questions} today={context.today} />
      <PermanencyDriftCard entries={worklist.drift} locale={context.locale} />
      <CommittedAdultsCard summary={worklist.committedAdults} />
    </>
  );
}
