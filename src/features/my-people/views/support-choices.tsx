import type { FormValues } from '../../../core/http/validation.ts';
import { Checkbox } from '../../../core/ui/components/forms.tsx';
import type { ConnectionSupport } from '../../../core/db/tables.ts';
import { SUPPORTS } from '../../belonging/vocabulary.ts';

/** The kinds of support as ticked boxes, one field each (gives_talk, couldGive_talk…). */
export function SupportChoices(props: {
  legend: string;
  field: (code: ConnectionSupport) => string;
  values: FormValues;
}) {
  return (
    <div class="field">
      <fieldset class="choices">
        <legend class="field__label choices__legend">{props.legend}</legend>
        <div class="my-people__supports">
          {SUPPORTS.map((support) => (
            <Checkbox
              key={support.code}
              name={props.field(support.code)}
              label={support.label}
              isChecked={props.values[props.field(support.code)] === 'yes'}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
