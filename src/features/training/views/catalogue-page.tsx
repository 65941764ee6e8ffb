import { Card, SummaryList, Tag } from '../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { CourseRow } from '../store.ts';
import {
  courseSessionsPath,
  editCoursePath,
  NEW_COURSE_PATH,
  SESSIONS_PATH,
  VENUES_PATH,
} from './paths.ts';
import {
  audienceWords,
  deliveryWords,
  durationWords,
  refresherWords,
  TSDS_STANDARDS,
} from './words.ts';

const REQUIRED_OF: Record<CourseRow['audience'], string> = {
  all_carers: 'Every carer must take it',
  new_carers: 'New carers must take it, towards the training standards',
  kinship_carers: 'Kinship carers must take it',
};

// Who has to take a course, and who may: the two things a carer looks for first.
function whoWords(course: CourseRow): string {
  return course.isMandatory
    ? REQUIRED_OF[course.audience]
    : `Optional. For ${audienceWords(course.audience).toLowerCase()}`;
}

/** The courses the agency offers its carers, each with what it covers and who it is for. */
export function CataloguePage(props: {
  context: PageContext;
  courses: CourseRow[];
  canManage: boolean;
}) {
  return (
    <Page context={props.context} title="Training courses">
      <p>
        Courses run in local venues during school terms, between 10am and 2pm, so you can come while
        children are at school. Some are also online.
      </p>
      {props.canManage ? (
        <p>
          <ButtonLink href={NEW_COURSE_PATH}>Add a course</ButtonLink>{' '}
          <ButtonLink href={SESSIONS_PATH} variant="secondary">
            Sessions and term dates
          </ButtonLink>{' '}
          <ButtonLink href={VENUES_PATH} variant="secondary">
            Venues
          </ButtonLink>
        </p>
      ) : null}
      {props.courses.length === 0 ? <p class="empty">There are no courses yet.</p> : null}
      {props.courses.map((course) => (
        <Card key={course.id} title={course.title}>
          {course.isMandatory ? <Tag tone="due">Required</Tag> : null}
          <p>{course.summary}</p>
          <SummaryList
            rows={[
              { label: 'Who takes it', value: whoWords(course) },
              { label: 'How', value: deliveryWords(course.deliveryMode) },
              { label: 'Length', value: durationWords(course.durationMinutes) },
              { label: 'Taken again', value: refresherWords(course.refresherMonths) },
              {
                label: 'You will',
                value: (
                  <ul>
                    {course.learningOutcomes.map((outcome) => (
                      <li key={outcome}>{outcome}</li>
                    ))}
                  </ul>
                ),
              },
              {
                label: 'Training standards',
                value:
                  course.tsdsStandards.length === 0 ? (
                    'None'
                  ) : (
                    <ul>
                      {course.tsdsStandards.map((standard) => (
                        <li key={standard}>
                          {standard}. {TSDS_STANDARDS[standard]}
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
          {course.deliveryMode !== 'e_learning' ? (
            <p>
              <a href={courseSessionsPath(course.id)}>
                Dates and places<span class="visually-hidden"> for {course.title}</span>
              </a>
            </p>
          ) : null}
          {props.canManage ? (
            <p>
              <a href={editCoursePath(course.id)}>
                Edit<span class="visually-hidden"> {course.title}</span>
              </a>
            </p>
          ) : null}
        </Card>
      ))}
    </Page>
  );
}
