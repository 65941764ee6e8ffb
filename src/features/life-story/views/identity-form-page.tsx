import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Button, ErrorSummary, Form, TextAreaField } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import type { BelongingChild } from '../../belonging/child-access.ts';
import type { IdentityWriter } from '../identity-service.ts';
import type { IdentityFacts } from '../store.ts';
import { identityPath, MY_ABOUT_PATH, MY_STORY_PATH, storyPath } from './paths.ts';

/** Heritage and what matters: written by the young person, or with them by their worker. */
export function IdentityFormPage(props: {
  context: PageContext;
  child: BelongingChild;
  identity: IdentityFacts;
  writer: IdentityWriter;
  values?: FormValues;
  errors?: FieldErrors;
}) {
  const { context, child, identity } = props;
  const isOwn = props.writer === 'young_person';
  const values = props.values ?? { heritage: identity.heritage, whatMatters: identity.whatMatters };
  const title = isOwn ? 'About you' : `Heritage and what matters to ${child.knownAs}`;
  return (
    <Page
      context={context}
      title={title}
      documentTitle={props.errors ? `Error: ${title}` : undefined}
      width="narrow"
      beforeHeading={
        <Breadcrumbs
          items={[
            isOwn
              ? { href: MY_STORY_PATH, label: 'Your story' }
              : { href: storyPath(child.id), label: `${child.fullName}’s life story` },
          ]}
        />
      }
    >
      <ErrorSummary errors={props.errors} />
      <p>
        {isOwn
          ? 'This is the first page of your book. Write it your way: it can be a few words or a lot, and you can change it whenever you like.'
          : `Write these with ${child.knownAs}, in ${child.knownAs}’s own words: they open the “About me” page of the book. Ethnicity, languages and faith come from ${child.knownAs}’s record.`}
      </p>
      <Form action={isOwn ? MY_ABOUT_PATH : identityPath(child.id)} csrfToken={context.csrfToken}>
        <TextAreaField
          name="heritage"
          label={isOwn ? 'My heritage' : `Heritage, in ${child.knownAs}’s words`}
          hint={
            isOwn
              ? 'Where your family comes from, your traditions, food, music, festivals: anything that is part of who you are.'
              : 'Where their family comes from, traditions, food, music, festivals.'
          }
          rows={5}
          value={values.heritage}
          error={props.errors?.heritage}
          spellcheck
        />
        <TextAreaField
          name="whatMatters"
          label={isOwn ? 'What matters to me' : `What matters to ${child.knownAs}`}
          hint={
            isOwn
              ? 'People, things you love doing, what you hope for, what you want people to know about you.'
              : 'People, things they love doing, hopes, what they want people to know.'
          }
          rows={6}
          value={values.whatMatters}
          error={props.errors?.whatMatters}
          spellcheck
        />
        {isOwn ? (
          <p>
            Your languages and faith come from what the agency knows about you. If something is
            wrong there, tell your worker.
          </p>
        ) : null}
        <Button>Save</Button>
      </Form>
    </Page>
  );
}
