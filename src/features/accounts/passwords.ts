import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's suggested minimum (19 MiB, 2 passes): about 35 ms a hash on this hardware.
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 12;

/** Hashes a password with argon2id; the result carries its own salt and parameters. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Checks a password against a stored hash; false for any malformed hash rather than throwing. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

// Compared against when an email is unknown, so a wrong email takes as long as a wrong password.
let decoyHash: Promise<string> | null = null;
/** Spends the same time as a real check, for an account that does not exist. */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that is never used');
  await verifyPassword(await decoyHash, password);
  return false;
}

/** Why a new password is not acceptable, or null when it is. Length matters more than symbols. */
export function passwordProblem(
  password: string,
  context: { email: string; name: string },
): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return `Enter a password of at least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words work well`;
  }
  if (password.length > 200) return 'Enter a password of 200 characters or fewer';
  const lower = password.toLowerCase();
  const emailName = context.email.toLowerCase().split('@')[0] ?? '';
  // A short name part ("jo@...") would forbid half the alphabet; only a recognisable one counts.
  if (
    lower === context.email.toLowerCase() ||
    (emailName.length >= 4 && lower.includes(emailName))
  ) {
    return 'Choose a password that does not contain your email address';
  }
  if (new Set(password).size < 5)
    return 'Choose a password with more variety: it repeats the same few characters';
  return null;
}

/** A password made of random words-like chunks, for accounts created by an administrator. */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]);
  return [0, 5, 10, 15].map((start) => chars.slice(start, start + 5).join('')).join('-');
}
