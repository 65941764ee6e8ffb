import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs, NotificationBanner } from '../../../core/ui/components/content.tsx';
import {
  Button,
  ChoicesField,
  ErrorSummary,
  Form,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { DecisionForm } from '../decision-service.ts';
import { decidePath, matchesPath } from './paths.ts';

function choiceLabel(offer: DecisionForm['accepted'][number]): string {
  return offer.rank === null
    ? `${offer.householdName}: cannot be matched now`
    : `${offer.householdName}: ranked ${offer.rank}, score ${offer.score}`;
}

/** The worker's decision: which household that said yes, why, and why not the top one. */
export function DecidePage(props: {
  context: PageContext;
  form: DecisionForm;
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, form, errors } = props;
  const { referral } = form;
  const name = referral.childFirstName;
  const values: FormValues = { startedOn: form.today, ...props.values };
  const title = `Choose a home for ${name}`;
  const back = (
    <Breadcrumbs items={[{ href: matchesPath(referral.id), label: `Homes for ${name}` }]} />
  );
  if (!form.isOpen || form.hasDecision || form.accepted.length === 0) {
    return (
      <Page context={context} title={title} width="narrow" beforeHeading={back}>
        <NotificationBanner kind="info">
          <p>
            {form.hasDecision || !form.isOpen
              ? 'The decision for this referral is already made, or the referral is closed.'
              : `No household has said yes yet. Share ${name}’s information with a household on the shortlist first.`}
          </p>
        </NotificationBanner>
        <p>
          <a href={matchesPath(referral.id)}>Back to the homes for {name}</a>
        </p>
      </Page>
    );
  }
  const topWords = form.top ? `ranked first now: ${form.top.name}` : 'no household is ranked now';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={back}
    >
      <ErrorSummary errors={errors} />
      <p class="lead">
        You decide; the ranking only informs. Your reasons are kept with the ranking and the weights
        as they stand today, so the agency can learn from how placements turn out.
      </p>
      <Form action={decidePath(referral.id)} csrfToken={context.csrfToken}>
        <ChoicesField
          type="radio"
          name="householdId"
          legend={`Which household will care for ${name}?`}
          hint={`Only households that have said yes are listed (${topWords}).`}
          options={form.accepted.map((offer) => ({
            value: offer.householdId,
            label: choiceLabel(offer),
          }))}
          chosen={values.householdId ? [values.householdId] : []}
          error={errors?.householdId}
        />
        <TextAreaField
          name="reasons"
          label={`Why is this the right home for ${name}?`}
          value={values.reasons}
          error={errors?.reasons}
        />
        <TextAreaField
          name="reasonNotTop"
          label="Why not the household ranked first?"
          hint={`Needed when your choice is not ranked first (${topWords}).`}
          value={values.reasonNotTop}
          error={errors?.reasonNotTop}
        />
        <TextField
          name="startedOn"
          type="date"
          width="medium"
          label={`The day ${name} moves in`}
          value={values.startedOn}
          error={errors?.startedOn}
        />
        <p>
          Recording the decision places {name}: it starts the placement, creates {name}’s record
          when there is none yet, and tells {referral.authorityName} that {name} has a home.
        </p>
        <Button>Record the decision and place {name}</Button>
      </Form>
    </Page>
  );
}
