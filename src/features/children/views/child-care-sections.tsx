import { SummaryList } from '../../../core/ui/components/content.tsx';
import { needLabel } from '../needs.ts';
import type { ChildFullRecord } from '../record-service.ts';
import { orNotRecorded } from './words.ts';

type Props = { child: ChildFullRecord; knownAs: string };

/** A link for the staff who keep the record; nothing for anyone else. */
export function EditLink(props: { href: string; isShown: boolean; label: string }) {
  return props.isShown ? (
    <p>
      <a href={props.href}>{props.label}</a>
    </p>
  ) : null;
}

/** The child's social worker at the placing authority, and how to reach them. */
export function SocialWorkerSection({ child }: Props) {
  return (
    <section aria-labelledby="social-worker">
      <h2 id="social-worker">Child’s social worker</h2>
      <SummaryList
        rows={[
          { label: 'Name', value: orNotRecorded(child.socialWorkerName) },
          {
            label: 'Email',
            value: child.socialWorkerEmail ? (
              <a href={`mailto:${child.socialWorkerEmail}`}>{child.socialWorkerEmail}</a>
            ) : (
              'Not recorded'
            ),
          },
          {
            label: 'Phone',
            value: child.socialWorkerPhone ? (
              <a href={`tel:${child.socialWorkerPhone.replace(/[^+0-9]/g, '')}`}>
                {child.socialWorkerPhone}
              </a>
            ) : (
              'Not recorded'
            ),
          },
          { label: 'Placing authority', value: orNotRecorded(child.placingAuthority) },
        ]}
      />
    </section>
  );
}

/** School and health. */
export function SchoolAndHealthSection({ child }: Props) {
  return (
    <section aria-labelledby="school-health">
      <h2 id="school-health">School and health</h2>
      <SummaryList
        rows={[
          { label: 'School', value: orNotRecorded(child.schoolName) },
          { label: 'School’s area', value: orNotRecorded(child.schoolAreaName) },
          {
            label: 'Health',
            value: child.healthNotes ? (
              <span class="preserve-lines">{child.healthNotes}</span>
            ) : (
              'Nothing recorded'
            ),
          },
        ]}
      />
    </section>
  );
}

/** The child's needs in a carer's words, and what helps. */
export function NeedsSection({ child, knownAs }: Props) {
  return (
    <section aria-labelledby="needs">
      <h2 id="needs">What {knownAs} needs</h2>
      {child.needs.length === 0 ? (
        <p class="empty">No particular needs are recorded.</p>
      ) : (
        <ul>
          {child.needs.map((code) => (
            <li key={code}>{needLabel(code)}</li>
          ))}
        </ul>
      )}
      {child.needsNotes ? <p class="preserve-lines">{child.needsNotes}</p> : null}
      <h3>What helps, what to expect</h3>
      {child.attachmentNotes ? (
        <p class="preserve-lines">{child.attachmentNotes}</p>
      ) : (
        <p class="empty">Nothing is written here yet.</p>
      )}
    </section>
  );
}
