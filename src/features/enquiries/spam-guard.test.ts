import { describe, expect, it } from 'vitest';
import { checkSubmission, issueFormStamp, spamMessage } from './spam-guard.ts';

const SECRET = 'a test signing secret that is long enough';
const shownAt = new Date('2026-03-02T10:00:00Z');
const later = (seconds: number) => new Date(shownAt.getTime() + seconds * 1000);

function sent(fields: Record<string, string>, seconds: number, form = 'call_back') {
  return checkSubmission(SECRET, form, fields, later(seconds));
}

describe('the spam checks every public form shares', () => {
  const stamp = issueFormStamp(SECRET, 'call_back', shownAt);

  it('accepts a form sent by a person: trap empty, after a few seconds, within two hours', () => {
    expect(sent({ website: '', form_started: stamp }, 20)).toEqual({ kind: 'accepted' });
    expect(sent({ form_started: stamp }, 2 * 60 * 60)).toEqual({ kind: 'accepted' });
  });

  it('catches a robot that fills in the hidden box, whatever else it sends', () => {
    expect(sent({ website: 'http://spam.example', form_started: stamp }, 20).kind).toBe('honeypot');
  });

  it('holds back a form sent faster than anyone could fill it in', () => {
    expect(sent({ form_started: stamp }, 1).kind).toBe('too_fast');
    expect(spamMessage('too_fast')).toBe(
      'This form was sent faster than a person could fill it in. Please wait a moment and send it again.',
    );
  });

  it('asks again for a form opened more than two hours ago', () => {
    expect(sent({ form_started: stamp }, 2 * 60 * 60 + 1).kind).toBe('too_old');
  });

  it('refuses a stamp it did not sign: missing, made up, moved back in time, or from another form', () => {
    const [at, signature] = stamp.split('.');
    expect(sent({}, 20).kind).toBe('unreadable');
    expect(sent({ form_started: 'yesterday' }, 20).kind).toBe('unreadable');
    expect(sent({ form_started: `${Number(at) - 60_000}.${signature}` }, 20).kind).toBe(
      'unreadable',
    );
    expect(sent({ form_started: stamp }, 20, 'enquiry_form').kind).toBe('unreadable');
  });
});
