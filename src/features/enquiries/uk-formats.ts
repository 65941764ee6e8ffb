// UK phone numbers and postcodes, checked leniently: people type them in many ways, and a form
// that refuses a real number loses someone who wanted to foster.

/**
 * The number as dialled from within the UK (07700 900123), or null when it cannot be a UK number.
 * Spaces, dashes, brackets and a +44 or 0044 prefix (with or without the "(0)") are all fine.
 */
export function normaliseUkPhone(text: string): string | null {
  if (!/^[0-9 ()+.-]+$/.test(text)) return null;
  const compact = text.replace(/[ ().-]/g, '');
  const national = compact.startsWith('+44')
    ? `0${compact.slice(3).replace(/^0/, '')}`
    : compact.startsWith('0044')
      ? `0${compact.slice(4).replace(/^0/, '')}`
      : compact;
  // UK numbers have 10 or 11 digits with the leading 0 (a few old ones have 10).
  return /^0\d{9,10}$/.test(national) ? national : null;
}

// The shapes UK postcodes take (outward code, then digit and two letters), from the Royal Mail's
// rules: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA, plus GIR 0AA.
const POSTCODE =
  /^(GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})$/;

/** The postcode in capitals with one space before its last three characters, or null. */
export function normaliseUkPostcode(text: string): string | null {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (!POSTCODE.test(compact)) return null;
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}
