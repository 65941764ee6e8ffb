import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Button, Form, SelectField, TextField } from '../../../core/ui/components/forms.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { formatDate } from '../../../core/time/dates.ts';
import type { openDecision } from '../decision-service.ts';
import { fullName, recommendationLabel, stageLabel } from '../words.ts';
import { ProspectFormPage } from './form-pages.tsx';
import { TermsFields } from './terms-fields.tsx';

type Opened = Awaited<ReturnType<typeof openDecision>>;

/** The agency decision maker's decision, starting from the panel's recommendation. */
export function DecisionPage(props: {
  context: PageContext;
  opened: Opened;
  values?: FormValues | undefined;
  errors?: FieldErrors | undefined;
}) {
  const { context, opened, values, errors } = props;
  const { prospect, recommendation } = opened;
  return (
    <ProspectFormPage
      context={context}
      prospect={prospect}
      title={`Agency decision for ${fullName(prospect)}`}
      errors={errors}
    >
      {prospect.stage !== 'agency_decision' ? (
        <p>
          {fullName(prospect)} is at {stageLabel(prospect.stage).toLowerCase()}. The agency decision
          is made after the panel’s recommendation.{' '}
          <a href={`/recruitment/${prospect.id}`}>Back to their record</a>
        </p>
      ) : null}
      {recommendation?.recommendation ? (
        <p>
          The panel on {formatDate(recommendation.meetsOn, context.locale)} recommended:{' '}
          <strong>{recommendationLabel(recommendation.recommendation).toLowerCase()}</strong>.{' '}
          {recommendation.reasons}
        </p>
      ) : (
        <p>No panel recommendation is recorded.</p>
      )}
      <p>
        Approving creates their household with these terms, and their account as a carer. They are
        emailed a link to choose their password; nobody else ever knows it.
      </p>
      {prospect.stage === 'agency_decision' ? (
        <Form action={`/recruitment/${prospect.id}/decision`} csrfToken={context.csrfToken}>
          <TermsFields
            label="Decision"
            values={values}
            errors={errors}
            defaults={recommendation?.recommendation === 'approve' ? recommendation : null}
          />
          <TextField
            name="decidedOn"
            label="Date of the decision"
            type="date"
            width="medium"
            value={values?.decidedOn ?? opened.today}
            error={errors?.decidedOn}
          />
          <fieldset class="fieldset">
            <legend class="heading-m">Their household (when approving)</legend>
            <SelectField
              name="careKind"
              label="Kind of carer"
              value={values?.careKind ?? 'foster'}
              error={errors?.careKind}
              options={[
                { value: 'foster', label: 'Foster carer' },
                { value: 'kinship', label: 'Kinship carer (family and friends)' },
              ]}
            />
            <SelectField
              name="areaId"
              label="Area"
              value={values?.areaId}
              error={errors?.areaId}
              options={[
                { value: '', label: 'Not decided yet' },
                ...opened.areas.map((area) => ({ value: area.id, label: area.name })),
              ]}
            />
            <TextField
              name="addressLine"
              label="Address"
              autocomplete="off"
              value={values?.addressLine}
              error={errors?.addressLine}
            />
            <TextField
              name="town"
              label="Town"
              autocomplete="off"
              value={values?.town}
              error={errors?.town}
            />
            <TextField
              name="postcode"
              label="Postcode"
              autocomplete="off"
              width="medium"
              value={values?.postcode ?? prospect.postcode}
              error={errors?.postcode}
            />
          </fieldset>
          <Button>Record the decision</Button>
        </Form>
      ) : null}
    </ProspectFormPage>
  );
}
