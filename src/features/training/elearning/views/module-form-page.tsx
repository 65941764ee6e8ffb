import type { FieldErrors } from '../../../../core/errors.ts';
import type { FormValues } from '../../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../../core/ui/components/content.tsx';
import {
  Button,
  ChoicesField,
  ErrorSummary,
  Form,
  SelectField,
  TextAreaField,
  TextField,
} from '../../../../core/ui/components/forms.tsx';
import { Page } from '../../../../core/ui/layout.tsx';
import type { PageContext } from '../../../../core/ui/page-context.ts';
import { deliveryWords } from '../../views/words.ts';
import { MANAGE_ELEARNING_PATH, NEW_MODULE_PATH } from '../paths.ts';
import type { findCourseChoices } from '../authoring-store.ts';

/** The form for a new module: its title, summary, course, pass mark and time. */
export function ModuleFormPage(props: {
  context: PageContext;
  courses: Awaited<ReturnType<typeof findCourseChoices>>;
  values: FormValues;
  errors?: FieldErrors;
}) {
  const { context, values, errors } = props;
  const title = 'Write a new module';
  return (
    <Page
      context={context}
      title={title}
      documentTitle={errors ? `Error: ${title}` : title}
      width="narrow"
      beforeHeading={
        <Breadcrumbs items={[{ href: MANAGE_ELEARNING_PATH, label: 'E-learning modules' }]} />
      }
    >
      <ErrorSummary errors={errors} />
      <p>
        Start with what the module is about. You add its pages and questions next, and publish it
        when it is ready.
      </p>
      <Form action={NEW_MODULE_PATH} csrfToken={context.csrfToken}>
        <TextField name="title" label="Title" value={values.title} error={errors?.title} />
        <TextAreaField
          name="summary"
          label="Summary"
          hint="One or two sentences carers see in the list of modules."
          rows={3}
          value={values.summary}
          error={errors?.summary}
        />
        <SelectField
          name="courseId"
          label="Course"
          hint="The course in the catalogue this module belongs to, if any."
          options={[
            { value: '', label: 'No course' },
            ...props.courses.map((course) => ({
              value: course.id,
              label: `${course.title} (${deliveryWords(course.deliveryMode).toLowerCase()})`,
            })),
          ]}
          value={values.courseId ?? ''}
          error={errors?.courseId}
        />
        <ChoicesField
          type="radio"
          name="courseRole"
          legend="What the module does for the course"
          hint="Leave this when there is no course."
          options={[
            {
              value: 'completes',
              label:
                'Completes it: passing counts as doing the course (only for courses that may be done online)',
            },
            {
              value: 'supplements',
              label: 'Adds to it: suggested to carers after they have done the course in a venue',
            },
          ]}
          chosen={values.courseRole ? [values.courseRole] : []}
          error={errors?.courseRole}
        />
        <TextField
          name="passMark"
          label="Pass mark"
          hint="The percentage of questions to get right, like 80."
          inputmode="numeric"
          width="short"
          value={values.passMark}
          error={errors?.passMark}
        />
        <TextField
          name="estimatedMinutes"
          label="Time to take it, in minutes"
          hint="About how long reading and answering take, like 30."
          inputmode="numeric"
          width="short"
          value={values.estimatedMinutes}
          error={errors?.estimatedMinutes}
        />
        <Button>Save and add pages</Button>
      </Form>
    </Page>
  );
}
