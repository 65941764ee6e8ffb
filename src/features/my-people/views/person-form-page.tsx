// Adding or changing someone on a child's map. Workers get the full form (safeguarding, where they
// came from, sharing with the family, and on change the date they left and the flag decision);
// carers a short one whose addition waits for a worker's check.
import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import {
  Button,
  Checkbox,
  ErrorSummary,
  Form,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { Connection } from '../../belonging/connection-store.ts';
import {
  CONNECTION_CATEGORIES,
  CONNECTION_SOURCES,
  CONTACT_STATUSES,
} from '../../belonging/vocabulary.ts';
import { RINGS } from '../eco-map-layout.ts';
import type { PersonForm } from '../edit-service.ts';
import { ringHeading, peoplePath } from '../words.ts';
import { SupportChoices } from './support-choices.tsx';
import { couldGiveField, givesField } from '../schemas.ts';

type Props = {
  context: PageContext;
  form: PersonForm;
  values?: FormValues | undefined;
  errors?: FieldErrors | undefined;
};

/** The values a change form starts with: the person as they are. */
export function valuesOf(person: Connection): FormValues {
  const values: FormValues = {
    name: person.name,
    relationship: person.relationship,
    category: person.category,
    notes: person.notes,
    contactStatus: person.contactStatus,
    feelings: person.feelings,
    ring: String(person.ring),
    joinedOn: person.joinedOn,
    leftOn: person.leftOn ?? '',
    source: person.source,
    sourceNotes: person.sourceNotes,
    hasNoContactOrder: person.hasNoContactOrder ? 'yes' : '',
    safeguardingNotes: person.safeguardingNotes,
    isSharedWithFamily: person.isSharedWithFamily ? 'yes' : '',
    showDespiteFlag: person.flagShownBy ? 'yes' : '',
    flagShownReason: person.flagShownReason,
  };
  for (const code of person.gives) values[givesField(code)] = 'yes';
  for (const code of person.couldGive) values[couldGiveField(code)] = 'yes';
  return values;
}

const ringOptions = RINGS.map((ring) => ({
  value: String(ring),
  label: ringHeading(ring, 'record'),
}));

const withChoose = (options: Array<{ code: string; label: string }>) => [
  { value: '', label: 'Choose one' },
  ...options.map((option) => ({ value: option.code, label: option.label })),
];

/** The add or change form for a child's people. */
export function PersonFormPage(props: Props) {
  const { context, form } = props;
  const { child, person } = form;
  const title = person
    ? `Change ${person.name}’s details`
    : `Add someone to ${child.knownAs}’s map`;
  const action = person
    ? `${peoplePath(child.id)}/${person.id}/edit`
    : `${peoplePath(child.id)}/new`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={props.errors ? `Error: ${title}` : undefined}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            { href: `/children/${child.id}`, label: child.fullName },
            { href: peoplePath(child.id), label: `${child.knownAs}’s people` },
          ]}
        />
      }
    >
      <ErrorSummary errors={props.errors} />
      <Form action={action} csrfToken={context.csrfToken}>
        {form.viewer === 'staff' ? <FullFields {...props} /> : <ShortFields {...props} />}
        <Button>{person ? 'Save the changes' : 'Add them'}</Button>
      </Form>
      <p>
        <a href={peoplePath(child.id)}>Back to {child.knownAs}’s people</a>
      </p>
    </Page>
  );
}

function WhoFields(props: Props) {
  const { knownAs } = props.form.child;
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  return (
    <>
      <TextField name="name" label="Name" value={values.name} error={errors.name} />
      <TextField
        name="relationship"
        label={`Who they are to ${knownAs}`}
        hint="For example: Nan, football coach, best friend, former foster carer."
        value={values.relationship}
        error={errors.relationship}
      />
      <SelectField
        name="category"
        label="What kind of person they are"
        options={withChoose(CONNECTION_CATEGORIES)}
        value={values.category}
        error={errors.category}
      />
    </>
  );
}

// A carer's suggestion: who they are and what they give; the worker fills in the rest.
function ShortFields(props: Props) {
  const { knownAs } = props.form.child;
  const values = props.values ?? {};
  return (
    <>
      <p>
        {knownAs}’s worker checks everyone suggested before they go on the map. Until then only you
        and the workers see them.
      </p>
      <WhoFields {...props} />
      <SupportChoices
        legend={`What they give ${knownAs} (tick any)`}
        field={givesField}
        values={values}
      />
      <TextAreaField
        name="notes"
        label="Anything else the worker should know (optional)"
        rows={3}
        value={values.notes}
        error={props.errors?.notes}
      />
    </>
  );
}

function FullFields(props: Props) {
  const { form } = props;
  const { knownAs } = form.child;
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  const isEditing = Boolean(form.person);
  const isFlagged = values.contactStatus === 'not_safe' || values.hasNoContactOrder === 'yes';
  return (
    <>
      <WhoFields {...props} />
      <SupportChoices legend="What they give now (tick any)" field={givesField} values={values} />
      <SupportChoices
        legend="What they could give (tick any)"
        field={couldGiveField}
        values={values}
      />
      <SelectField
        name="contactStatus"
        label="Contact"
        options={withChoose(CONTACT_STATUSES)}
        value={values.contactStatus}
        error={errors.contactStatus}
      />
      <TextAreaField
        name="feelings"
        label={`How ${knownAs} feels about them, in ${knownAs}’s words (optional)`}
        rows={3}
        value={values.feelings}
        error={errors.feelings}
      />
      <SelectField
        name="ring"
        label="Where they go on the map"
        options={ringOptions}
        value={values.ring}
        error={errors.ring}
      />
      <TextField
        name="joinedOn"
        type="date"
        label="When they joined the network"
        width="medium"
        value={values.joinedOn}
        error={errors.joinedOn}
      />
      {isEditing ? (
        <TextField
          name="leftOn"
          type="date"
          label="When they left the network (optional)"
          hint="Only if they are no longer part of it. They stay on “then and now” for before."
          width="medium"
          value={values.leftOn}
          error={errors.leftOn}
        />
      ) : null}
      <SelectField
        name="source"
        label="Where they came from"
        options={withChoose(CONNECTION_SOURCES)}
        value={values.source}
        error={errors.source}
      />
      <TextAreaField
        name="sourceNotes"
        label="Notes on where they came from (optional)"
        rows={2}
        value={values.sourceNotes}
        error={errors.sourceNotes}
      />
      <TextAreaField
        name="notes"
        label="Notes (optional)"
        hint={`${knownAs}’s carers see these notes too.`}
        rows={3}
        value={values.notes}
        error={errors.notes}
      />
      <fieldset class="choices my-people__safeguarding">
        <legend class="field__label choices__legend heading-m">Safeguarding (staff only)</legend>
        <Checkbox
          name="hasNoContactOrder"
          label="There is a no-contact order"
          isChecked={values.hasNoContactOrder === 'yes'}
        />
        <TextAreaField
          name="safeguardingNotes"
          label="Safeguarding notes (optional)"
          rows={3}
          value={values.safeguardingNotes}
          error={errors.safeguardingNotes}
        />
        {isEditing && isFlagged ? (
          <>
            <Checkbox
              name="showDespiteFlag"
              label={`Show on ${knownAs}’s own map despite the flag`}
              hint={`Without this, ${knownAs} and ${knownAs}’s family never see them. The words “not safe” and these notes stay with staff either way.`}
              isChecked={values.showDespiteFlag === 'yes'}
            />
            <TextAreaField
              name="flagShownReason"
              label="Why they may be shown (needed when the box is ticked)"
              rows={3}
              value={values.flagShownReason}
              error={errors.flagShownReason}
            />
          </>
        ) : null}
      </fieldset>
      <Checkbox
        name="isSharedWithFamily"
        label={`Share with ${knownAs}’s birth family`}
        hint={`Birth parents see only the name and who they are to ${knownAs}.`}
        isChecked={values.isSharedWithFamily === 'yes'}
      />
    </>
  );
}
