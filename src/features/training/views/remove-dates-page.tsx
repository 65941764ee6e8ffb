import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { Button, ButtonLink, Form } from '../../../core/ui/components/forms.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';
import { TERMS_PATH } from './paths.ts';
import { civilDateWords } from './words.ts';

/** "2 September 2026 to 18 December 2026", or one date. */
export function dateRangeWords(startsOn: string, endsOn: string): string {
  return startsOn === endsOn
    ? civilDateWords(startsOn)
    : `${civilDateWords(startsOn)} to ${civilDateWords(endsOn)}`;
}

/** Asking before a term, half-term or inset day is removed from an area's calendar. */
export function RemoveDatesPage(props: {
  context: PageContext;
  action: string;
  /** "the term Autumn 2026", "the half-term" */
  what: string;
  areaName: string;
  startsOn: string;
  endsOn: string;
  /** What else goes, or what follows, in a sentence. */
  consequence: string;
}) {
  const title = `Remove ${props.what} from ${props.areaName}’s term dates?`;
  return (
    <Page
      context={props.context}
      title={title}
      width="narrow"
      beforeHeading={<Breadcrumbs items={[{ href: TERMS_PATH, label: 'School term dates' }]} />}
    >
      <p>
        {dateRangeWords(props.startsOn, props.endsOn)}. {props.consequence}
      </p>
      <Form action={props.action} csrfToken={props.context.csrfToken}>
        <Button variant="warning">Yes, remove it</Button>{' '}
        <ButtonLink href={TERMS_PATH} variant="secondary">
          No, keep it
        </ButtonLink>
      </Form>
    </Page>
  );
}
