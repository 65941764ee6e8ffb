import { describe, expect, it } from 'vitest';
import {
  checkDateErrors,
  checkStanding,
  defaultRenewBy,
  HOUSEHOLD_RULES,
  latestChecks,
} from './check-rules.ts';

const today = '2026-11-23';

describe('when a check falls due', () => {
  it.each([
    { renewBy: '2026-11-22', standing: 'overdue', why: 'the renewal date has passed' },
    { renewBy: '2026-11-23', standing: 'due_soon', why: 'it is due today' },
    { renewBy: '2027-01-22', standing: 'due_soon', why: 'it is due in 60 days' },
    { renewBy: '2027-01-23', standing: 'current', why: 'it is due in 61 days' },
    { renewBy: '2029-06-01', standing: 'current', why: 'it is years away' },
    { renewBy: null, standing: 'no_renewal', why: 'it never needs renewing' },
  ])('is $standing when $why', ({ renewBy, standing }) => {
    expect(checkStanding(renewBy, today)).toBe(standing);
  });

  it('gives a DBS check a renewal date three years on, as agency policy says, and other checks none', () => {
    expect(HOUSEHOLD_RULES.checks.dbsRenewalYears).toBe(3);
    expect(HOUSEHOLD_RULES.checks.citation).toContain('every 3 years');
    expect(defaultRenewBy('dbs', '2024-02-29')).toBe('2027-02-28');
    expect(defaultRenewBy('dbs', '2025-03-10')).toBe('2028-03-10');
    expect(defaultRenewBy('medical', '2025-03-10')).toBeNull();
    expect(defaultRenewBy('reference', '2025-03-10')).toBeNull();
  });
});

describe('the dates of a check', () => {
  it('refuses a check done in the future, and a renewal on or before the day it was done', () => {
    expect(checkDateErrors({ completedOn: '2026-11-24', renewBy: null }, today)).toEqual({
      completedOn: 'The date the check was done must be today or in the past',
    });
    expect(checkDateErrors({ completedOn: '2026-01-10', renewBy: '2026-01-10' }, today)).toEqual({
      renewBy: 'The renew-by date must be after the date the check was done',
    });
  });

  it('accepts a check done today that is renewed later', () => {
    expect(checkDateErrors({ completedOn: today, renewBy: '2029-11-23' }, today)).toEqual({});
  });
});

describe('the latest checks', () => {
  it('keeps the most recent check of each kind, in a fixed order', () => {
    const checks = [
      { id: 'a', kind: 'medical' as const, completedOn: '2024-01-01' },
      { id: 'b', kind: 'dbs' as const, completedOn: '2020-05-01' },
      { id: 'c', kind: 'dbs' as const, completedOn: '2023-05-01' },
    ];
    expect(latestChecks(checks).map((check) => check.id)).toEqual(['c', 'a']);
  });
});
