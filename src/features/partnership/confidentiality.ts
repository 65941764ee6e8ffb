// The check a carer's or worker's words go through before they reach a birth parent when the
// child's home is confidential. It looks for what would locate the child: the home's own details
// (known exactly), and anything shaped like a postcode, a phone number, an email address, a
// street address or a school's name. It warns; the sender decides, and the choice is recorded.
import { Invalid } from '../../core/errors.ts';

/** Something the check knows exactly about where the child lives. */
export type KnownDetail = {
  kind: 'surname' | 'address' | 'town' | 'postcode' | 'phone' | 'email' | 'workplace' | 'school';
  text: string;
};

/** One thing found, in the words the warning uses. */
export type Finding = { label: string; found: string };

const KNOWN_LABELS: Record<KnownDetail['kind'], string> = {
  surname: 'the carers’ surname',
  address: 'the carers’ address',
  town: 'the town where the child lives',
  postcode: 'the carers’ postcode',
  phone: 'the carers’ phone number',
  email: 'a carer’s email address',
  workplace: 'where a carer works',
  school: 'the child’s school',
};

// Shapes of locating details, whoever they belong to. School names need a capitalised name and a
// capitalised kind of school, so "after school" and "at school" pass.
const SHAPES: Array<{ label: string; pattern: RegExp }> = [
  { label: 'a postcode', pattern: /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi },
  { label: 'a phone number', pattern: /(?:\+44\s?|\b0)\d(?:[\s-]?\d){8,9}\b/g },
  { label: 'an email address', pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g },
  {
    label: 'a street address',
    pattern:
      /\b\d{1,4}[a-z]?,?\s+(?:[A-Za-z'’]+\s+){1,3}(?:road|rd|street|st|avenue|ave|lane|close|drive|way|crescent|court|place|gardens|grove|terrace|hill|row|walk|square|mews)\b/gi,
  },
  {
    label: 'a school’s name',
    pattern:
      /\b(?:St\.?\s+)?(?:[A-Z][\w'’-]+\s+){1,4}(?:Primary|Infant|Junior|Secondary|High|Grammar|Academy|School|College|Nursery)\b/g,
  },
];

/**
 * What in `text` might tell a parent where the child lives, each thing once. Known details match
 * as whole words whatever their case; the shapes match anyone's details.
 */
export function findLocatingDetails(text: string, known: readonly KnownDetail[]): Finding[] {
  const findings: Finding[] = [];
  // A known detail found once is not named again by a shape ("the child's school" and "a
  // school's name" for the same words).
  const isAlreadyFound = (found: string) =>
    findings.some((finding) => finding.found.toLowerCase().includes(found.toLowerCase()));
  const add = (label: string, found: string) => {
    if (isAlreadyFound(found)) return;
    findings.push({ label, found });
  };
  for (const detail of known) {
    const wanted = detail.text.trim();
    if (wanted.length < 3) continue;
    const match = new RegExp(`(?<![\\w])${escapeRegExp(wanted)}(?![\\w])`, 'i').exec(text);
    if (match) add(KNOWN_LABELS[detail.kind], match[0]);
  }
  for (const shape of SHAPES) {
    for (const match of text.matchAll(shape.pattern)) add(shape.label, match[0].trim());
  }
  return findings;
}

/**
 * The sender's choice before sending: go ahead when nothing was found or they have seen the
 * warning and said to send anyway (then `wasWarned` is recorded with what they sent).
 */
export function checkBeforeSending(input: {
  texts: readonly string[];
  known: readonly KnownDetail[];
  isGuarded: boolean;
  sendAnyway: boolean;
}): { ok: true; wasWarned: boolean } | { ok: false; findings: Finding[] } {
  if (!input.isGuarded) return { ok: true, wasWarned: false };
  const findings = findLocatingDetails(input.texts.join('\n'), input.known);
  if (findings.length === 0) return { ok: true, wasWarned: false };
  return input.sendAnyway ? { ok: true, wasWarned: true } : { ok: false, findings };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The form field a sender ticks to send despite the warning. */
export const SEND_ANYWAY_FIELD = 'send_anyway';

/**
 * Runs the check for a form and refuses with the form's own error when something was found: the
 * message names the field and what was found, and a second error asks for the "send anyway" tick,
 * so the page shows the form again with the words kept and the tick box beside them.
 * Returns whether the sender sent anyway after a warning (to be recorded with what they sent).
 */
export function assertSafeToSend(input: {
  field: string;
  texts: readonly string[];
  known: readonly KnownDetail[];
  isGuarded: boolean;
  sendAnyway: boolean;
  childName: string;
}): boolean {
  const check = checkBeforeSending(input);
  if (check.ok) return check.wasWarned;
  const found = check.findings.map((finding) => `${finding.label} (“${finding.found}”)`);
  throw new Invalid({
    [input.field]: `This could tell ${input.childName}’s family where ${input.childName} lives: ${found.join(', ')}. Take it out, or tick “Send it anyway” if you are sure it is safe`,
    [SEND_ANYWAY_FIELD]:
      'Tick “Send it anyway” only if you are sure it does not say where the child lives',
  });
}
