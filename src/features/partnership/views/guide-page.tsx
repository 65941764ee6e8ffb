// The parent's guide: what they would like their child's carers to know, in their own words.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, TextAreaField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { GuideForm } from '../guide-service.ts';
import { MAX_ANSWER } from '../guide-schemas.ts';
import { partnershipPaths } from '../paths.ts';
import { startPaths } from '../start-paths.ts';

/** The form, empty, with what was written before, or again with what was wrong. */
export function GuidePage(props: {
  context: PageContext;
  form: GuideForm;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, form, errors } = props;
  const name = form.child.knownAs;
  const answers = form.answers;
  const values = props.values ?? {
    routines: answers?.routines ?? '',
    comforts: answers?.comforts ?? '',
    food: answers?.food ?? '',
    bedtime: answers?.bedtime ?? '',
    want_carers_to_know: answers?.wantCarersToKnow ?? '',
  };
  const title = `What would you like ${name}’s carers to know?`;
  const limit = `Up to ${MAX_ANSWER.toLocaleString('en-GB')} characters.`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : undefined}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            {
              href: partnershipPaths.gettingStarted('parent', form.child.id),
              label: `Meeting ${name}’s carers`,
            },
          ]}
        />
      }
    >
      <ErrorSummary errors={errors} />
      <p class="lead">
        You know {name} best. What you write here helps {name}’s carers look after {name} the way{' '}
        {name} is used to. Every box is optional: write as much or as little as you like.
      </p>
      <Form action={startPaths.guide(form.child.id)} csrfToken={context.csrfToken}>
        <TextAreaField
          name="routines"
          label="Routines"
          hint={`Mornings, school, after school, weekends. ${limit}`}
          rows={4}
          value={values.routines}
          error={errors?.routines}
          spellcheck
        />
        <TextAreaField
          name="comforts"
          label="Comforts"
          hint={`A favourite toy, a song, what helps when ${name} is upset. ${limit}`}
          rows={4}
          value={values.comforts}
          error={errors?.comforts}
          spellcheck
        />
        <TextAreaField
          name="food"
          label="Food"
          hint={`Favourites, things ${name} will not eat, allergies. ${limit}`}
          rows={4}
          value={values.food}
          error={errors?.food}
          spellcheck
        />
        <TextAreaField
          name="bedtime"
          label="Bedtime"
          hint={`What time, a story, the light on or off. ${limit}`}
          rows={4}
          value={values.bedtime}
          error={errors?.bedtime}
          spellcheck
        />
        <TextAreaField
          name="want_carers_to_know"
          label="Anything else"
          hint={`Anything else you would like ${name}’s carers to know. ${limit}`}
          rows={4}
          value={values.want_carers_to_know}
          error={errors?.want_carers_to_know}
          spellcheck
        />
        <Button>Send to {name}’s carers</Button>
      </Form>
    </Page>
  );
}
