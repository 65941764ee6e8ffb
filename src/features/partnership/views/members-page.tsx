// Who is in a child's space, for the staff who manage it: each parent's level and why, what
// notification emails call the child, and for kinship care how the carers are related.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
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
import { ChildTabs } from '../../children/index.ts';
import type { MembersForm } from '../members-service.ts';
import { MAX_EMAIL_LABEL, levelField, reasonField } from '../members-schemas.ts';
import { partnershipPaths } from '../paths.ts';
import { SPACE_LEVELS } from '../vocabulary.ts';
import { relationshipWord } from './hub-words.ts';

/** The form; shown again with what was typed and what was wrong. */
export function MembersPage(props: {
  context: PageContext;
  form: MembersForm;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, form, errors } = props;
  const { child } = form;
  const values = props.values ?? startingValues(form);
  const title = 'Who is in the space';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : undefined}
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: `/children/${child.id}`, label: child.fullName },
            { href: partnershipPaths.home('staff', child.id), label: 'Family partnership' },
          ]}
        />
      }
    >
      <ChildTabs childId={child.id} current="family" />
      <ErrorSummary errors={errors} />
      <Form action={partnershipPaths.members(child.id)} csrfToken={context.csrfToken}>
        <h2 class="heading-l">Parents</h2>
        {form.parents.length === 0 ? (
          <p class="empty">No parent of {child.knownAs} has an account yet.</p>
        ) : null}
        {form.parents.map((parent) => (
          <div key={parent.userId}>
            <h3 class="heading-m">
              {parent.name}, {relationshipWord(parent.relationship)}
            </h3>
            <ChoicesField
              type="radio"
              name={levelField(parent.userId)}
              legend={`Is ${parent.name} in the space?`}
              options={SPACE_LEVELS.map((level) => ({ value: level.code, label: level.label }))}
              chosen={[values[levelField(parent.userId)] ?? '']}
              error={errors?.[levelField(parent.userId)]}
            />
            <TextAreaField
              name={reasonField(parent.userId)}
              label={`Why ${parent.name} is at this level`}
              hint="Needed unless messages arrive as sent, for example “family time is supervised”. Staff and the carers read this; the parent does not."
              rows={3}
              value={values[reasonField(parent.userId)]}
              error={errors?.[reasonField(parent.userId)]}
              spellcheck
            />
          </div>
        ))}

        <h2 class="heading-l">The space</h2>
        <TextField
          name="email_label"
          label="Email label (optional)"
          hint={`What emails about the space call ${child.knownAs}, up to ${MAX_EMAIL_LABEL} characters. Never the surname: emails are glanced at and forwarded. Leave it empty to use “${form.defaultEmailLabel}”.`}
          width="medium"
          value={values.email_label}
          error={errors?.email_label}
        />
        {form.isKinship ? (
          <TextAreaField
            name="carers_relationship"
            label="How the carers are related to the parents (optional)"
            hint="Everyone in the space reads this, for example “Grace is Theo’s grandmother: his mum’s mum”."
            rows={2}
            value={values.carers_relationship}
            error={errors?.carers_relationship}
            spellcheck
          />
        ) : null}
        <Button>Save</Button>
      </Form>
    </Page>
  );
}

function startingValues(form: MembersForm): FormValues {
  const values: FormValues = {
    email_label: form.emailLabel,
    carers_relationship: form.carersRelationship,
  };
  for (const parent of form.parents) {
    values[levelField(parent.userId)] = parent.level;
    values[reasonField(parent.userId)] = parent.levelReason;
  }
  return values;
}
