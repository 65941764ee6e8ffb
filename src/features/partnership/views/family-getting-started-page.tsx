// Getting started, for a parent: when and where they meet their child's carers, whether the first
// phone call has happened, and what they have told the carers about their child.
import { formatDate } from '../../../core/time/dates.ts';
import { Breadcrumbs, SummaryList } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { partnershipPaths } from '../paths.ts';
import type { FamilyGettingStarted } from '../start-service.ts';
import { startPaths } from '../start-paths.ts';
import { GuideAnswersList } from './guide-answers.tsx';
import { formatMeetingTime } from './hub-words.ts';

/** "Meeting Mia’s carers". */
export function FamilyGettingStartedPage(props: {
  context: PageContext;
  page: FamilyGettingStarted;
}) {
  const { context, page } = props;
  const { child, intro } = page;
  const name = child.knownAs;
  return (
    <Page
      context={context}
      title={`Meeting ${name}’s carers`}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: partnershipPaths.home('parent', child.id), label: `Together for ${name}` },
          ]}
        />
      }
    >
      {page.hasHome ? (
        <>
          <section aria-labelledby="meeting">
            <h2 id="meeting" class="heading-l">
              Your first meeting
            </h2>
            {intro.heldOn ? (
              <p>
                You met {name}’s carers on {formatDate(intro.heldOn, context.locale)}.
              </p>
            ) : intro.at ? (
              <>
                <p>You will meet {name}’s carers, with a worker there too.</p>
                <SummaryList
                  rows={[
                    {
                      label: 'When',
                      value: formatMeetingTime(intro.at, context.timeZone, context.locale),
                    },
                    { label: 'Where', value: intro.place },
                  ]}
                />
              </>
            ) : (
              <p>
                A worker will arrange a time and a place for you to meet {name}’s carers, and will
                be there too.
              </p>
            )}
          </section>
          <section aria-labelledby="call">
            <h2 id="call" class="heading-l">
              A phone call in the first days
            </h2>
            <p>
              {page.comfortCallHeldOn
                ? `You spoke with ${name}’s carers on ${formatDate(page.comfortCallHeldOn, context.locale)}.`
                : `One of ${name}’s carers will phone you in ${name}’s first days, so you can hear how ${name} is settling in.`}
            </p>
          </section>
        </>
      ) : (
        <p class="lead">There is nothing to arrange here just now.</p>
      )}
      <section aria-labelledby="guide">
        <h2 id="guide" class="heading-l">
          What you would like {name}’s carers to know
        </h2>
        {page.guide ? (
          <>
            <GuideAnswersList answers={page.guide} />
            <p>
              <ButtonLink href={startPaths.guide(child.id)} variant="secondary">
                Change what you wrote
              </ButtonLink>
            </p>
          </>
        ) : (
          <>
            <p>
              You know {name} best. Tell {name}’s carers about routines, comforts, food and bedtime,
              so {name} feels at home.
            </p>
            <p>
              <ButtonLink href={startPaths.guide(child.id)}>Tell {name}’s carers</ButtonLink>
            </p>
          </>
        )}
      </section>
    </Page>
  );
}
