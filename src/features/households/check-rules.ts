// When the checks on the people in a household fall due again. Pure: no I/O, today is passed in.
import { DateTime } from 'luxon';
import type { RuleSource } from '../../core/jurisdiction/england.ts';

/** The kinds of check recorded on the adults (and older children) in a household. */
export const CHECK_KINDS = ['dbs', 'medical', 'reference', 'local_authority'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** How a check stands today: past its renewal date, due within the warning window, or fine. */
export type CheckStanding = 'overdue' | 'due_soon' | 'current' | 'no_renewal';

/**
 * The agency's rules for checks, with where each comes from. DBS renewal every 3 years is agency
 * policy, not a regulation, so it lives here with the household feature rather than in a
 * jurisdiction pack.
 */
export const HOUSEHOLD_RULES: {
  checks: RuleSource & { dbsRenewalYears: number; dueSoonDays: number };
} = {
  checks: {
    dbsRenewalYears: 3,
    dueSoonDays: 60,
    source: 'agency policy',
    citation:
      'Agency policy: the enhanced criminal record (DBS) check on every adult in a fostering household is renewed every 3 years, and is flagged 60 days before it falls due',
  },
};

/** The renewal date a check gets when none is typed: DBS three years on; others none. */
export function defaultRenewBy(kind: CheckKind, completedOn: string): string | null {
  if (kind !== 'dbs') return null;
  return (
    DateTime.fromISO(completedOn)
      .plus({ years: HOUSEHOLD_RULES.checks.dbsRenewalYears })
      .toISODate() ?? null
  );
}

/** Whether a check with this renewal date is overdue, due soon or current on `today`. */
export function checkStanding(renewBy: string | null, today: string): CheckStanding {
  if (!renewBy) return 'no_renewal';
  if (renewBy < today) return 'overdue';
  const warnFrom = DateTime.fromISO(renewBy)
    .minus({ days: HOUSEHOLD_RULES.checks.dueSoonDays })
    .toISODate();
  return warnFrom !== null && today >= warnFrom ? 'due_soon' : 'current';
}

/** What is wrong with a check's dates, by field: none done in the future, renewal after completion. */
export function checkDateErrors(
  check: { completedOn: string; renewBy: string | null },
  today: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (check.completedOn > today) {
    errors.completedOn = 'The date the check was done must be today or in the past';
  }
  if (check.renewBy !== null && check.renewBy <= check.completedOn) {
    errors.renewBy = 'The renew-by date must be after the date the check was done';
  }
  return errors;
}

/** The most recent check of each kind, in the order of CHECK_KINDS: earlier ones are history. */
export function latestChecks<Check extends { kind: CheckKind; completedOn: string }>(
  checks: readonly Check[],
): Check[] {
  const latest = new Map<CheckKind, Check>();
  for (const check of checks) {
    const seen = latest.get(check.kind);
    if (!seen || check.completedOn > seen.completedOn) latest.set(check.kind, check);
  }
  return CHECK_KINDS.flatMap((kind) => {
    const check = latest.get(kind);
    return check ? [check] : [];
  });
}
