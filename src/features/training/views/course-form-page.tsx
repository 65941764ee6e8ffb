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
import type { CourseRow } from '../store.ts';
import { TRAINING_PATH } from './paths.ts';
import { TSDS_STANDARDS } from './words.ts';

const DELIVERY_OPTIONS = [
  { value: 'classroom', label: 'In a local venue (classroom)' },
  { value: 'e_learning', label: 'Online (e-learning)' },
  { value: 'both', label: 'Both: in a venue or online' },
];

const AUDIENCE_OPTIONS = [
  { value: 'all_carers', label: 'All carers' },
  { value: 'new_carers', label: 'New carers, as part of the training standards (TSDS)' },
  { value: 'kinship_carers', label: 'Kinship carers' },
];

const STANDARD_OPTIONS = Object.entries(TSDS_STANDARDS).map(([number, name]) => ({
  value: number,
  label: `${number}. ${name}`,
}));

/** The form's fields filled in from a course, for changing it. */
export function courseFormValues(course: CourseRow): FormValues {
  return {
    title: course.title,
    summary: course.summary,
    learningOutcomes: course.learningOutcomes.join('\n'),
    durationMinutes: String(course.durationMinutes),
    deliveryMode: course.deliveryMode,
    isMandatory: course.isMandatory ? 'yes' : 'no',
    audience: course.audience,
    refresherMonths: course.refresherMonths === null ? '' : String(course.refresherMonths),
    tsdsStandards: course.tsdsStandards.join(','),
  };
}

/** Adding a course to the catalogue, or changing one. */
export function CourseFormPage(props: {
  context: PageContext;
  action: string;
  isNew: boolean;
  values?: FormValues;
  errors?: FieldErrors | undefined;
}) {
  const { context, values = {}, errors } = props;
  const title = props.isNew ? 'Add a course' : `Change ${values.title ?? 'the course'}`;
  return (
    <Page
      context={context}
      title={props.isNew ? title : 'Change a course'}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={<Breadcrumbs items={[{ href: TRAINING_PATH, label: 'Training courses' }]} />}
    >
      <ErrorSummary errors={errors} />
      <Form action={props.action} csrfToken={context.csrfToken}>
        <TextField name="title" label="Title" value={values.title} error={errors?.title} />
        <TextAreaField
          name="summary"
          label="Summary"
          hint="A sentence or two on what the course is about, for carers choosing it."
          rows={3}
          value={values.summary}
          error={errors?.summary}
        />
        <TextAreaField
          name="learningOutcomes"
          label="Learning outcomes"
          hint="What carers will be able to do afterwards: one per line."
          rows={5}
          value={values.learningOutcomes}
          error={errors?.learningOutcomes}
        />
        <TextField
          name="durationMinutes"
          label="How long it lasts, in minutes"
          hint="From 15 to 240. A classroom session fits between 10am and 2pm."
          width="short"
          inputmode="numeric"
          value={values.durationMinutes}
          error={errors?.durationMinutes}
        />
        <ChoicesField
          type="radio"
          name="deliveryMode"
          legend="How it is given"
          options={DELIVERY_OPTIONS}
          chosen={[values.deliveryMode ?? '']}
          error={errors?.deliveryMode}
        />
        <ChoicesField
          type="radio"
          name="audience"
          legend="Who it is for"
          options={AUDIENCE_OPTIONS}
          chosen={[values.audience ?? '']}
          error={errors?.audience}
        />
        <ChoicesField
          type="radio"
          name="isMandatory"
          legend="Must the carers it is for take it?"
          options={[
            { value: 'yes', label: 'Yes, it is required' },
            { value: 'no', label: 'No, it is optional' },
          ]}
          chosen={[values.isMandatory ?? '']}
          error={errors?.isMandatory}
        />
        <TextField
          name="refresherMonths"
          label="Taken again every how many months (optional)"
          hint="From 1 to 120, for example 36 for safeguarding. Leave it blank if once is enough."
          width="short"
          inputmode="numeric"
          value={values.refresherMonths}
          error={errors?.refresherMonths}
        />
        <ChoicesField
          type="checkbox"
          name="tsdsStandards"
          legend="Training standards it evidences (optional)"
          hint="The Training, Support and Development Standards for foster carers. Choose all that apply."
          options={STANDARD_OPTIONS}
          chosen={(values.tsdsStandards ?? '').split(',')}
          error={errors?.tsdsStandards}
        />
        <Button>{props.isNew ? 'Add the course' : 'Save the changes'}</Button>
      </Form>
    </Page>
  );
}
