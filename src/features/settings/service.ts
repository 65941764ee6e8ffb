import { authorize } from '../../core/access/authorize.ts';
import { recordAudit } from '../../core/access/audit.ts';
import { inTransaction, type Ctx } from '../../core/context.ts';
import { forgetAgencySettings } from '../../core/settings.ts';
import type { TAgencySettings } from './schemas.ts';
import * as store from './store.ts';

// The names the audit trail gives each setting: the database's column names.
const FIELD_NAMES: Record<keyof TAgencySettings, string> = {
  name: 'name',
  phone: 'phone',
  email: 'email',
  address: 'address',
  locale: 'locale',
  timeZone: 'time_zone',
  isStaffTwoFactorRequired: 'staff_two_factor_required',
  committedAdultsTarget: 'committed_adults_target',
  permanencyDecisionMonths: 'permanency_decision_months',
};

/** The settings, for the administrator's form. */
export async function getSettingsForEditing(ctx: Ctx): Promise<TAgencySettings> {
  await authorize(ctx, 'settings.manage');
  const settings = await store.findSettings(ctx.db);
  const { name, phone, email, address, locale, timeZone, isStaffTwoFactorRequired } = settings;
  const { committedAdultsTarget, permanencyDecisionMonths } = settings;
  return {
    name,
    phone,
    email,
    address,
    locale,
    timeZone,
    isStaffTwoFactorRequired,
    committedAdultsTarget,
    permanencyDecisionMonths,
  };
}

/** Saves the agency's settings; the audit trail names the ones that changed. Returns their names. */
export async function updateSettings(ctx: Ctx, input: TAgencySettings): Promise<string[]> {
  await authorize(ctx, 'settings.manage');
  const changed = await inTransaction(ctx, async (tx) => {
    const before = await store.findSettings(tx.db);
    const fields = (Object.keys(FIELD_NAMES) as Array<keyof TAgencySettings>)
      .filter((key) => before[key] !== input[key])
      .map((key) => FIELD_NAMES[key]);
    if (fields.length === 0) return fields;
    await store.saveSettings(tx.db, input, ctx.now);
    await recordAudit(tx, {
      action: 'settings.update',
      recordType: 'settings',
      recordId: null,
      fields,
    });
    return fields;
  });
  // Pages read the settings through a short cache; drop it so the change shows at once.
  forgetAgencySettings();
  return changed;
}
