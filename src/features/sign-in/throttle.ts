/**
 * Sign-in throttling: a few wrong passwords lock an account for a while, and many from one address
 * lock that address, so passwords cannot be guessed quickly from one place or across many accounts.
 */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

export type ThrottleDecision =
  { allowed: true } | { allowed: false; retryAfterSeconds: number; reason: 'account' | 'address' };

/** Decides from the recent failures (newest last, all within the window) whether another try may go ahead. */
export function decideThrottle(input: {
  accountFailures: Date[];
  addressFailures: Date[];
  now: Date;
}): ThrottleDecision {
  const wait = (failures: Date[], limit: number): number | null => {
    if (failures.length < limit) return null;
    // The try that tipped over the limit leaves the window first; then one more try is allowed.
    const sorted = [...failures].sort((a, b) => a.getTime() - b.getTime());
    const freedAt = (sorted[sorted.length - limit]?.getTime() ?? 0) + THROTTLE_WINDOW_MS;
    return Math.max(1, Math.ceil((freedAt - input.now.getTime()) / 1000));
  };
  const account = wait(input.accountFailures, MAX_FAILURES_PER_ACCOUNT);
  if (account !== null) return { allowed: false, retryAfterSeconds: account, reason: 'account' };
  const address = wait(input.addressFailures, MAX_FAILURES_PER_ADDRESS);
  if (address !== null) return { allowed: false, retryAfterSeconds: address, reason: 'address' };
  return { allowed: true };
}

/** Plain words for how long to wait. */
export function describeWait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? '1 minute' : `${minutes} minutes`;
}
