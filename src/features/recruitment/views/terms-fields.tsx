import type { FieldErrors } from '../../../core/errors.ts';
import type { FormValues } from '../../../core/http/validation.ts';
import {
  Checkbox,
  fieldId,
  SelectField,
  TextField,
  TextAreaField,
} from '../../../core/ui/components/forms.tsx';
import { CARE_TYPES, careTypeLabel } from '../words.ts';

/** The terms a recommendation or a decision carries, already filled in when known. */
export type TermsDefaults = {
  maxChildren: number | null;
  ageFrom: number | null;
  ageTo: number | null;
  careTypes: string[];
};

const numberText = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

/**
 * Approve or not, the reasons, and the terms of approval: how many children, what ages, which
 * kinds of care. Used by the panel's recommendation and the agency decision.
 */
export function TermsFields(props: {
  label: string;
  values?: FormValues | undefined;
  errors?: FieldErrors | undefined;
  defaults?: TermsDefaults | null;
}) {
  const { values, errors, defaults } = props;
  // What was typed comes back as typed; otherwise the recommendation's terms are the starting point.
  const value = (name: 'maxChildren' | 'ageFrom' | 'ageTo') =>
    values ? values[name] : numberText(defaults?.[name]);
  const isChecked = (careType: string) =>
    values
      ? Boolean(values[`careType_${careType}`])
      : (defaults?.careTypes.includes(careType) ?? false);
  return (
    <>
      <SelectField
        name="recommendation"
        label={props.label}
        value={values?.recommendation}
        error={errors?.recommendation}
        options={[
          { value: 'approve', label: 'Approve' },
          { value: 'not_approve', label: 'Do not approve' },
        ]}
      />
      <TextAreaField
        name="reasons"
        label="Reasons"
        hint="These go on the record and are shared with the applicant."
        value={values?.reasons}
        error={errors?.reasons}
      />
      <fieldset class="fieldset">
        <legend class="heading-m">Terms of approval (when approving)</legend>
        <TextField
          name="maxChildren"
          label="How many children, at most"
          type="number"
          inputmode="numeric"
          width="short"
          value={value('maxChildren')}
          error={errors?.maxChildren}
        />
        <TextField
          name="ageFrom"
          label="Youngest age"
          type="number"
          inputmode="numeric"
          width="short"
          value={value('ageFrom')}
          error={errors?.ageFrom}
        />
        <TextField
          name="ageTo"
          label="Oldest age"
          type="number"
          inputmode="numeric"
          width="short"
          value={value('ageTo')}
          error={errors?.ageTo}
        />
        <fieldset
          class={`fieldset${errors?.careTypes ? ' field--error' : ''}`}
          id={fieldId('careTypes')}
          aria-describedby={errors?.careTypes ? `${fieldId('careTypes')}-error` : undefined}
        >
          <legend class="field__label">Kinds of care</legend>
          {errors?.careTypes ? (
            <p class="field__error" id={`${fieldId('careTypes')}-error`}>
              <span class="visually-hidden">Error: </span>
              {errors.careTypes}
            </p>
          ) : null}
          {CARE_TYPES.map((careType) => (
            <Checkbox
              key={careType}
              name={`careType_${careType}`}
              label={careTypeLabel(careType)}
              isChecked={isChecked(careType)}
            />
          ))}
        </fieldset>
      </fieldset>
    </>
  );
}
