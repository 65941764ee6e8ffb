import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { formatDate } from '../../../core/time/dates.ts';
import {
  Breadcrumbs,
  NotificationBanner,
  SummaryList,
} from '../../../core/ui/components/content.tsx';
import {
  Button,
  ErrorSummary,
  Form,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { careTypeLabel, childName, DECIDERS, DELEGATED_TOPICS } from '../../children/index.ts';
import type { PlanPage as PlanPageData } from '../plan-service.ts';
import { HouseholdName, PLAN_PART_LABELS, PlanSummary } from './bits.tsx';
import { PlanStatusLine, WhyPlanDue } from './plan-status.tsx';

/** The form's values from a saved plan, or blank ones. */
export function planFormValues(plan: PlanPageData['plan']): FormValues {
  if (!plan) return {};
  return {
    agreedOn: plan.agreedOn,
    dailyRoutines: plan.dailyRoutines,
    education: plan.education,
    health: plan.health,
    familyTime: plan.familyTime,
    otherArrangements: plan.otherArrangements,
  };
}

/** The placement plan, to read and keep, with who decides what beside it. */
export function PlanPage(props: {
  context: PageContext;
  page: PlanPageData;
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, page, values, errors } = props;
  const { child, placement } = page;
  const locale = context.locale;
  const known = child.preferredName ?? child.firstName;
  return (
    <Page
      context={context}
      title={`Placement plan for ${known}`}
      documentTitle={`${errors ? 'Error: ' : ''}Placement plan for ${known}`}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: '/children', label: 'Children' },
            { href: `/children/${child.id}/placements`, label: childName(child) },
          ]}
        />
      }
    >
      <ErrorSummary errors={errors} />
      <SummaryList
        rows={[
          { label: 'Household', value: <HouseholdName household={placement.household} /> },
          { label: 'Care', value: careTypeLabel(placement.careType) },
          { label: 'Since', value: formatDate(placement.startedOn, locale) },
        ]}
      />
      <PlanStatusLine status={page.status} locale={locale} />
      <WhyPlanDue deadline={page.status.deadline} locale={locale} />
      {placement.endedOn ? (
        <>
          <NotificationBanner>
            <p>
              This placement ended on {formatDate(placement.endedOn, locale)}. Its plan is kept as
              it was and can no longer be changed.
            </p>
          </NotificationBanner>
          {page.plan ? (
            <PlanSummary plan={page.plan} />
          ) : (
            <p class="empty">No plan was recorded.</p>
          )}
        </>
      ) : (
        <Form action={`/placements/${placement.id}/plan`} csrfToken={context.csrfToken}>
          <TextField
            name="agreedOn"
            label="Date the plan was agreed"
            type="date"
            width="medium"
            hint={`With the child’s social worker. From ${formatDate(page.earliestAgreedOn, locale)} to today.`}
            value={values.agreedOn}
            error={errors?.agreedOn}
          />
          {PLAN_PART_LABELS.map((part) => (
            <TextAreaField
              key={part.name}
              name={part.name}
              label={part.label}
              hint={part.hint}
              value={values[part.name]}
              error={errors?.[part.name]}
            />
          ))}
          <Button>Save the placement plan</Button>
        </Form>
      )}
      <DelegatedAuthority page={page} known={known} />
    </Page>
  );
}

// The order the child's record uses for the topics.
const topicIndex = (topic: string) => DELEGATED_TOPICS.findIndex((each) => each.topic === topic);
const byTopicOrder = (a: { topic: string }, b: { topic: string }) =>
  topicIndex(a.topic) - topicIndex(b.topic);

function DelegatedAuthority(props: { page: PlanPageData; known: string }) {
  const { page, known } = props;
  return (
    <section aria-labelledby="delegated-authority">
      <h2 id="delegated-authority">Who decides what (delegated authority)</h2>
      <p>The plan includes what {known}’s carers may decide day to day, and what others decide.</p>
      {page.delegatedAuthority.length === 0 ? (
        <p class="empty">Nothing is recorded yet about who decides what.</p>
      ) : (
        <SummaryList
          rows={[...page.delegatedAuthority].sort(byTopicOrder).map((row) => ({
            label: DELEGATED_TOPICS.find((each) => each.topic === row.topic)?.label ?? row.topic,
            value: (
              <>
                {DECIDERS.find((each) => each.value === row.decidedBy)?.label ?? row.decidedBy}
                {row.notes ? <span class="muted"> – {row.notes}</span> : null}
              </>
            ),
          }))}
        />
      )}
      <p>
        <a href={`/children/${page.child.id}/delegated-authority`}>
          Change who decides what for {known}
        </a>
      </p>
    </section>
  );
}
