import { Breadcrumbs, Table, Tag } from '../../../../core/ui/components/content.tsx';
import { ButtonLink } from '../../../../core/ui/components/forms.tsx';
import { Page } from '../../../../core/ui/layout.tsx';
import type { PageContext } from '../../../../core/ui/page-context.ts';
import { TRAINING_PATH } from '../../views/paths.ts';
import { manageModulePath, NEW_MODULE_PATH } from '../paths.ts';
import type { ModuleSummary } from '../store.ts';
import { courseWords } from './words.ts';

type StaffModule = ModuleSummary & {
  started: number;
  completed: number;
  averageBestScore: number | null;
};

/** Every module for the people who write them: size, state, and how carers are getting on. */
export function ManageListPage(props: { context: PageContext; modules: StaffModule[] }) {
  return (
    <Page
      context={props.context}
      title="E-learning modules"
      beforeHeading={<Breadcrumbs items={[{ href: TRAINING_PATH, label: 'Training' }]} />}
    >
      <p>
        Modules are a few pages to read and a short knowledge check. Carers see a module once it is
        published. A module can complete a course that may be done online, or add to one taught in a
        venue.
      </p>
      <ButtonLink href={NEW_MODULE_PATH}>Write a new module</ButtonLink>
      <Table
        caption="E-learning modules"
        captionHidden
        rows={props.modules}
        empty="There are no modules yet."
        columns={[
          {
            heading: 'Module',
            cell: (module) => (
              <>
                <a href={manageModulePath(module.id)}>{module.title}</a>
                {courseWords(module) ? (
                  <>
                    <br />
                    <span class="muted">{courseWords(module)}</span>
                  </>
                ) : null}
              </>
            ),
          },
          {
            heading: 'State',
            cell: (module) =>
              module.isPublished ? <Tag tone="good">Published</Tag> : <Tag>Draft</Tag>,
          },
          { heading: 'Pages', cell: (module) => module.pageCount, isNumeric: true },
          { heading: 'Questions', cell: (module) => module.questionCount, isNumeric: true },
          { heading: 'Started', cell: (module) => module.started, isNumeric: true },
          { heading: 'Completed', cell: (module) => module.completed, isNumeric: true },
          {
            heading: 'Average best score',
            cell: (module) =>
              module.averageBestScore === null ? 'None yet' : `${module.averageBestScore}%`,
            isNumeric: true,
          },
        ]}
      />
    </Page>
  );
}
