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

/** True when a 6-digit code is right for the secret at this moment (or one step either side). */
export async function isRightTotpCode(secret: string, code: string, now: Date): Promise<boolean> {
  if (!/^\d{6}$/.test(code)) return false;
  try {
    const result = await verify({
      secret,
      token: code,
      epoch: Math.floor(now.getTime() / 1000),
      epochTolerance: TOLERANCE_SECONDS,
    });
    return result.valid;
  } catch {
    // A malformed stored secret is a wrong code, not a crash of the sign-in page.
    return false;
  }
}
