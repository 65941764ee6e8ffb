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
  ChoicesField,
  ErrorSummary,
  Form,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { careTypeLabel, childName } from '../../children/index.ts';
import type { EndPage as EndPageData } from '../end-service.ts';
import { CARE_TYPES } from '../schemas.ts';
import { END_REASON_KINDS, endingWords, endReasonLabel } from '../words.ts';
import { HouseholdName } from './bits.tsx';

/** Ending a placement, with why, and perhaps a move to another of the agency's households. */
export function EndPage(props: {
  context: PageContext;
  page: EndPageData;
  values: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, page, values, errors } = props;
  const { child, placement } = page;
  const locale = context.locale;
  const known = child.preferredName ?? child.firstName;
  const title = `End ${known}’s placement`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={`${errors ? 'Error: ' : ''}${title}`}
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
      {placement.endedOn ? (
        <NotificationBanner kind="warning" title="Already ended">
          <p>
            This placement already ended on {formatDate(placement.endedOn, locale)} (
            {endingWords(placement.endReasonKind, placement.endNotes)}). There is nothing to change.
          </p>
          <p>
            <a href={`/children/${child.id}/placements`}>Back to {known}’s homes and plans</a>
          </p>
        </NotificationBanner>
      ) : (
        <EndForm context={context} page={page} values={values} errors={errors} known={known} />
      )}
    </Page>
  );
}

function EndForm(props: {
  context: PageContext;
  page: EndPageData;
  values: FormValues;
  errors?: FieldErrors | undefined;
  known: string;
}) {
  const { context, page, values, errors, known } = props;
  return (
    <Form action={`/placements/${page.placement.id}/end`} csrfToken={context.csrfToken}>
      <TextField
        name="endedOn"
        label="Date the placement ended"
        type="date"
        width="medium"
        hint={`The last day ${known} lived there. Not before ${formatDate(page.placement.startedOn, context.locale)}, and not after today.`}
        value={values.endedOn}
        error={errors?.endedOn}
      />
      <ChoicesField
        type="radio"
        name="reasonKind"
        legend="Why did it end?"
        hint="An unplanned ending is one that came before the plan expected it (a disruption)."
        options={END_REASON_KINDS.map((kind) => ({ value: kind, label: endReasonLabel(kind) }))}
        chosen={values.reasonKind ? [values.reasonKind] : []}
        error={errors?.reasonKind}
      />
      <TextAreaField
        name="notes"
        label="Notes"
        hint="Needed for an unplanned ending or another reason: what happened, and what could help next time."
        value={values.notes}
        error={errors?.notes}
      />
      <MoveFields page={page} values={values} errors={errors} known={known} />
      <Button>End the placement</Button>
    </Form>
  );
}

function MoveFields(props: {
  page: EndPageData;
  values: FormValues;
  errors?: FieldErrors | undefined;
  known: string;
}) {
  const { page, values, errors, known } = props;
  if (page.moveTargets.length === 0 && !errors?.moveTo) {
    return (
      <section aria-labelledby="move">
        <h2 id="move">Moving to another of our households</h2>
        <p>None of the approved households you work with has room for another child now.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="move">
      <h2 id="move">Moving to another of our households</h2>
      <p>
        If {known} is moving to another of our households, choose it: the placement ends and the new
        one starts together.
      </p>
      <SelectField
        name="moveTo"
        label="New household"
        hint="Approved households you work with that have room."
        options={[
          { value: '', label: 'Not moving to one of our households' },
          ...page.moveTargets.map((target) => ({
            value: target.id,
            label: `${target.name} (${target.livingThere} of ${target.maxChildren ?? 0} places taken)`,
          })),
        ]}
        value={values.moveTo}
        error={errors?.moveTo}
      />
      <TextField
        name="newStartedOn"
        label="Date of the move"
        type="date"
        width="medium"
        hint="Usually the day the placement ends."
        value={values.newStartedOn}
        error={errors?.newStartedOn}
      />
      <SelectField
        name="newCareType"
        label="Care in the new home"
        options={[
          { value: '', label: 'Choose the kind of care' },
          ...CARE_TYPES.map((type) => ({ value: type, label: careTypeLabel(type) })),
        ]}
        value={values.newCareType}
        error={errors?.newCareType}
      />
    </section>
  );
}
