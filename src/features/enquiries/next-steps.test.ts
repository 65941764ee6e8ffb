import { describe, expect, it } from 'vitest';
import { confirmationMail } from './next-steps.ts';

const agency = { name: 'Brightwater Family Fostering', phone: '01632 960 412' };

describe('the confirmation email', () => {
  it('says what happens next, gives the reference and the phone number, and signs off warmly', () => {
    const mail = confirmationMail({
      to: 'sam@example.org',
      firstName: 'Sam',
      reference: 'ENQ-00042',
      agency,
      details: { kind: 'call_back', days: ['mon', 'sat'], times: ['evening'] },
    });
    expect(mail.subject).toBe('We will call you back – Brightwater Family Fostering');
    expect(mail.text).toContain('Dear Sam,');
    expect(mail.text).toContain('within one working day, on Monday or Saturday, in the evening');
    expect(mail.text).toContain('Your reference is ENQ-00042');
    expect(mail.text).toContain('call us on 01632 960 412');
  });

  it('has no phone sentences when the agency has not set a phone number', () => {
    const mail = confirmationMail({
      to: 'sam@example.org',
      firstName: 'Sam',
      reference: 'ENQ-00042',
      agency: { ...agency, phone: '' },
      details: { kind: 'enquiry_form' },
    });
    expect(mail.text).not.toContain('call us on');
    expect(mail.text).toContain('please reply to tell us');
  });

  it('describes the event and the places booked', () => {
    const mail = confirmationMail({
      to: 'sam@example.org',
      firstName: 'Sam',
      reference: 'ENQ-00042',
      agency,
      details: {
        kind: 'information_event',
        event: {
          title: 'Fostering information evening',
          when: 'Tuesday 10 March 2026, 6:30pm to 8pm',
          venue: 'Northfield Community Centre',
          isOnline: false,
        },
        places: 2,
      },
    });
    expect(mail.text).toContain(
      'Your 2 places are booked at Fostering information evening, Tuesday 10 March 2026, 6:30pm to 8pm.',
    );
    expect(mail.text).toContain('Where: Northfield Community Centre');
  });
});
