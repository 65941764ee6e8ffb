import type { AuditVerification } from '../../../core/access/verify-audit.ts';
import { NotificationBanner } from '../../../core/ui/components/content.tsx';
import { Page } from '../../../core/ui/layout.tsx';
import type { PageContext } from '../../../core/ui/page-context.ts';

/** What checking the trail's seals found. */
export function ChainCheckPage({
  context,
  verification,
}: {
  context: PageContext;
  verification: AuditVerification;
}) {
  const { entriesChecked, firstBroken, headHash } = verification;
  return (
    <Page context={context} title="Checking the audit trail" width="narrow">
      {firstBroken ? (
        <NotificationBanner kind="warning" title="The audit trail has been changed">
          <p>
            Entry {firstBroken.id} fails its check: {firstBroken.reason}. The {entriesChecked}{' '}
            {entriesChecked === 1 ? 'entry' : 'entries'} before it are intact.
          </p>
          <p>
            Keep a copy of the database as it is now, and tell whoever looks after your servers and
            your inspector.
          </p>
        </NotificationBanner>
      ) : (
        <NotificationBanner kind="success" title="The audit trail is intact">
          <p>
            All {entriesChecked} {entriesChecked === 1 ? 'entry is' : 'entries are'} sealed to the
            one before, so none has been changed or removed from the middle.
          </p>
        </NotificationBanner>
      )}
      <h2>The newest seal</h2>
      <p>
        Removing the newest entries would not break the chain. To notice that, keep a note of this
        seal somewhere other than Kinfold: whenever you check again, an entry with this seal must
        still be there.
      </p>
      <p class="secret">{headHash}</p>
      <p>
        <a href="/audit">Back to the audit trail</a>
      </p>
    </Page>
  );
}
