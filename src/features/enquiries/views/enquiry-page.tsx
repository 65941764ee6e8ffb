import type { ComponentChildren } from 'preact';
import type { FieldErrors } from '../../../core/errors.ts';
import { Breadcrumbs } from '../../../core/ui/components/content.tsx';
import { TextField } from '../../../core/ui/components/forms.tsx';
import { PublicPage, type PublicContext } from '../../public-pages/index.ts';
import { textOf, type EnquiryValues } from '../form-input.ts';

/** What every page with one of the forms on it gets. */
export type FormPageProps = {
  context: PublicContext;
  /** The signed moment the form was shown (see spam-guard.ts). */
  stamp: string;
  /** Where the visitor came from, carried with the form. */
  source: string;
  values?: EnquiryValues;
  errors?: FieldErrors;
  /** A problem with the whole form: sent too fast, too long ago, or too often. */
  problem?: string;
};

/** A page of the "get in touch" section: the public site's page, with the way back to all the options. */
export function EnquiryPage(props: {
  context: PublicContext;
  title: string;
  description: string;
  path: string;
  hasErrors?: boolean;
  children: ComponentChildren;
}) {
  return (
    <PublicPage
      context={props.context}
      title={props.title}
      documentTitle={props.hasErrors ? `Error: ${props.title}` : props.title}
      description={props.description}
      path={props.path}
      isFosteringOptionsHidden
      beforeHeading={<Breadcrumbs items={[{ href: '/get-in-touch', label: 'Get in touch' }]} />}
    >
      {props.children}
    </PublicPage>
  );
}

/** First and last name and email address: what every form needs to reply. */
export function NameAndEmailFields(props: {
  values: EnquiryValues | undefined;
  errors: FieldErrors | undefined;
  emailHint?: string;
}) {
  const { values, errors } = props;
  return (
    <>
      <TextField
        name="firstName"
        label="First name"
        autocomplete="given-name"
        spellcheck={false}
        value={textOf(values, 'firstName')}
        error={errors?.firstName}
      />
      <TextField
        name="lastName"
        label="Last name"
        autocomplete="family-name"
        spellcheck={false}
        value={textOf(values, 'lastName')}
        error={errors?.lastName}
      />
      <TextField
        name="email"
        label="Email address"
        type="email"
        autocomplete="email"
        spellcheck={false}
        hint={props.emailHint ?? 'We will email you to confirm, with your reference.'}
        value={textOf(values, 'email')}
        error={errors?.email}
      />
    </>
  );
}

/** A phone number, required (for a call back) or optional. */
export function PhoneField(props: {
  values: EnquiryValues | undefined;
  errors: FieldErrors | undefined;
  isOptional?: boolean;
  hint?: string;
}) {
  return (
    <TextField
      name="phone"
      label={props.isOptional ? 'Phone number (optional)' : 'Phone number'}
      type="tel"
      autocomplete="tel"
      width="medium"
      hint={props.hint ?? 'A UK number, like 07700 900123.'}
      value={textOf(props.values, 'phone')}
      error={props.errors?.phone}
    />
  );
}
