import type { FieldErrors } from '../../../core/errors.ts';
import { Checkbox } from '../../../core/ui/components/forms.tsx';
import { SEND_ANYWAY_FIELD } from '../confidentiality.ts';

/**
 * The "send it anyway" tick box, shown on a sending form only after the confidentiality check
 * warned (its error is in `errors`). Without a warning there is nothing to confirm.
 */
export function SendAnyway(props: { errors?: FieldErrors }) {
  if (!props.errors?.[SEND_ANYWAY_FIELD]) return null;
  return (
    <Checkbox
      name={SEND_ANYWAY_FIELD}
      label="Send it anyway: I have checked it does not say where the child lives"
      hint="Only staff and the carers may know where the child lives. Whatever you send is kept with your name."
    />
  );
}
