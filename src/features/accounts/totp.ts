import { generateSecret, generateURI, verify } from 'otplib';

// One 30-second step either side allows for a phone whose clock is a little out.
const TOLERANCE_SECONDS = 30;

/** A new random secret for an authenticator app: 160 bits, Base32 as the apps expect. */
export function newTotpSecret(): string {
  return generateSecret();
}

/** The otpauth:// address a QR code carries; the app lists it under the agency's name and the email. */
export function buildTotpUri(secret: string, issuer: string, email: string): string {
  return generateURI({ issuer, label: email, secret });
}

/**
 * The time step a 6-digit code belongs to when it is right for the secret at this moment (or one
 * step either side), and newer than `afterStep`, the step of the last code used; null otherwise.
 * Refusing a step already used stops a code that was overlooked or overheard from being replayed.
 */
export async function matchTotpCode(
  secret: string,
  code: string,
  now: Date,
  afterStep: number | null = null,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: TOLERANCE_SECONDS,
      ...(afterStep === null ? {} : { afterTimeStep: afterStep }),
    });
    return result.valid ? Math.floor(now.getTime() / 1000 / 30) + result.delta : null;
  } catch {
    // A malformed stored secret is a wrong code, not a crash of the sign-in page.
    return null;
  }
}
