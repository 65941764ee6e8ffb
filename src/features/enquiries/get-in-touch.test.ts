import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, Visitor, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import { startTestMailServer, type TestMailServer } from '../../../test/support/smtp.ts';
import type { Database } from '../../core/db/connect.ts';
import { toCount } from '../../core/db/rows.ts';
import {
  agencySettings,
  enquirySubmissions,
  eventBookings,
  informationEvents,
  prospectiveCarers,
} from '../../core/db/tables.ts';
import { deliverPendingMail } from '../../core/mail/delivery.ts';
import { forgetAgencySettings } from '../../core/settings.ts';

let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let mail: TestMailServer;
let clock: Date;
let nextAddress = 10;

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db
    .update(agencySettings)
    .set({ name: 'Brightwater Family Fostering', phone: '01632 960 412' });
  forgetAgencySettings();
  clock = new Date();
  testApp = await startTestApp(database, {}, () => clock);
  mail = await startTestMailServer();
});
afterAll(async () => {
  await mail.close();
  await testApp.close();
  await database.drop();
});

const wait = (seconds: number) => {
  clock = new Date(clock.getTime() + seconds * 1000);
};

/** Someone at their own address (so one story's forms never count against another's). */
function newVisitor(): Visitor {
  nextAddress += 1;
  return new Visitor(testApp, `198.51.100.${nextAddress}`);
}

type Fields = Record<string, string | string[]>;

/**
 * Opens a form, takes as long as a person would (or as told), and sends it with the form's own
 * hidden fields and whatever is given.
 */
async function fillIn(
  visitor: Visitor,
  path: string,
  fields: Fields,
  options: { seconds?: number; opensAt?: string; referer?: string } = {},
) {
  const page = await visitor.send({
    method: 'GET',
    url: options.opensAt ?? path,
    ...(options.referer ? { headers: { referer: options.referer } } : {}),
  });
  expect(page.statusCode).toBe(200);
  wait(options.seconds ?? 20);
  return sendForm(visitor, path, { ...hiddenFieldsOf(page.body), ...fields });
}

function hiddenFieldsOf(html: string): Fields {
  const fields: Fields = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value(?:="([^"]*)")?/g)) {
    if (match[1] !== '_csrf') fields[match[1]!] = decodeEntities(match[2] ?? '');
  }
  return fields;
}

const decodeEntities = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function sendForm(visitor: Visitor, path: string, fields: Fields) {
  const body = new URLSearchParams({ _csrf: visitor.csrf() });
  for (const [name, value] of Object.entries(fields)) {
    for (const one of [value].flat()) body.append(name, one);
  }
  return visitor.send({
    method: 'POST',
    url: path,
    payload: body.toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

async function deliverMail(): Promise<void> {
  await deliverPendingMail(
    database,
    mail.transport(),
    'Brightwater Family Fostering <hello@kinfold.test>',
    pino({ level: 'silent' }),
  );
}

function mailTo(email: string) {
  const received = mail.received.filter((message) => message.to.includes(email));
  expect(received).toHaveLength(1);
  return received[0]!;
}

async function prospectByEmail(email: string) {
  const [prospect] = await database.db
    .select()
    .from(prospectiveCarers)
    .where(eq(prospectiveCarers.email, email));
  const submissions = prospect
    ? await database.db
        .select()
        .from(enquirySubmissions)
        .where(eq(enquirySubmissions.prospectiveCarerId, prospect.id))
    : [];
  return { prospect, submissions };
}

async function countRows(table: 'prospective_carers' | 'enquiry_submissions' | 'mail_outbox') {
  const result = (await database.db.execute(
    sql.raw(`SELECT count(*) AS total FROM ${table}`),
  )) as unknown as { rows: { total: unknown }[] };
  return toCount(result.rows[0]?.total);
}

/** Follows the redirect after a form and returns the confirmation page. */
async function confirmation(
  visitor: Visitor,
  sent: { statusCode: number; headers: Record<string, unknown> },
) {
  expect(sent.statusCode).toBe(303);
  const location = String(sent.headers.location);
  expect(location).toMatch(/^\/get-in-touch\/sent\?/);
  const page = await visitor.get(location);
  expect(page.statusCode).toBe(200);
  return page.body;
}

const referenceIn = (html: string) => /ENQ-\d{5}/.exec(html)?.[0] ?? '';

const SAM = { firstName: 'Sam', lastName: 'Rivers' };

describe('the five ways to get in touch, each recorded and confirmed by email', () => {
  it('Sam asks for a call back on Monday or Saturday evenings, having come from a radio advert', async () => {
    const visitor = newVisitor();
    const sent = await fillIn(
      visitor,
      '/get-in-touch/call-back',
      {
        ...SAM,
        email: 'sam.rivers@example.org',
        phone: '+44 7700 900123',
        days: ['mon', 'sat'],
        times: ['evening'],
        notes: 'Please do not ring before 6pm: I have a secret I would rather keep off email.',
      },
      { opensAt: '/get-in-touch/call-back?from=radio-spring' },
    );
    const page = await confirmation(visitor, sent);
    expect(page).toContain('We will call you back');
    expect(page).toContain('on Monday or Saturday, in the evening');
    const reference = referenceIn(page);
    expect(reference).not.toBe('');

    const { prospect, submissions } = await prospectByEmail('sam.rivers@example.org');
    expect(prospect).toMatchObject({
      reference,
      firstName: 'Sam',
      lastName: 'Rivers',
      phone: '+44 7700 900123',
      source: 'call_back',
      sourceDetail: 'radio-spring',
      stage: 'enquiry',
    });
    expect(submissions).toHaveLength(1);
    expect(submissions[0]!.kind).toBe('call_back');
    expect(submissions[0]!.answers).toMatchObject({ days: ['mon', 'sat'], times: ['evening'] });

    await deliverMail();
    const email = mailTo('sam.rivers@example.org');
    expect(email.subject).toBe('We will call you back – Brightwater Family Fostering');
    expect(email.text).toContain('Dear Sam,');
    expect(email.text).toContain('on Monday or Saturday, in the evening');
    expect(email.text).toContain(`Your reference is ${reference}`);
    expect(email.text).toContain('01632 960 412');
    expect(email.text).not.toContain('secret');
  });

  it('Priya asks for the information pack by post, and her postcode is tidied', async () => {
    const visitor = newVisitor();
    const sent = await fillIn(visitor, '/get-in-touch/information-pack', {
      firstName: 'Priya',
      lastName: 'Shah',
      email: 'priya.shah@example.org',
      delivery: 'post',
      addressLine1: '7 Orchard Row',
      addressLine2: '',
      town: 'Northfield',
      postcode: 'bw1  2af',
    });
    const page = await confirmation(visitor, sent);
    expect(page).toContain('Your information pack is on its way');
    expect(page).toContain('We will post your information pack');

    const { prospect, submissions } = await prospectByEmail('priya.shah@example.org');
    expect(prospect).toMatchObject({ source: 'information_pack', postcode: 'BW1 2AF' });
    expect(submissions[0]!.answers).toEqual({
      delivery: 'post',
      addressLine1: '7 Orchard Row',
      town: 'Northfield',
      postcode: 'BW1 2AF',
    });

    await deliverMail();
    const email = mailTo('priya.shah@example.org');
    expect(email.subject).toBe('Your information pack – Brightwater Family Fostering');
    expect(email.text).toContain(
      'We will post your information pack to you within one working day',
    );
    expect(email.text).not.toContain('Orchard Row');
  });

  it('Jo sends a message from the news page; the email thanks her without repeating it', async () => {
    const visitor = newVisitor();
    const sent = await fillIn(
      visitor,
      '/get-in-touch/enquiry',
      {
        firstName: 'Jo',
        lastName: 'Malik',
        email: 'jo.malik@example.org',
        phone: '',
        postcode: 'M1 1AE',
        message: 'My partner and I rent a flat with a box room. Could we still foster?',
        heardAbout: 'social_media',
      },
      { referer: 'http://localhost:80/news/summer-fair' },
    );
    const page = await confirmation(visitor, sent);
    expect(page).toContain('Your message has been sent');

    const { prospect, submissions } = await prospectByEmail('jo.malik@example.org');
    expect(prospect).toMatchObject({ source: 'enquiry_form', sourceDetail: '/news/summer-fair' });
    expect(submissions[0]!.answers).toEqual({
      message: 'My partner and I rent a flat with a box room. Could we still foster?',
      heardAbout: 'social_media',
    });

    await deliverMail();
    const email = mailTo('jo.malik@example.org');
    expect(email.subject).toBe('We have your message – Brightwater Family Fostering');
    expect(email.text).toContain('reply within one working day');
    expect(email.text).not.toContain('box room');
  });

  it('Lee books two places at an information evening, shown and emailed in London time', async () => {
    // An evening a fortnight away at 18:30 in London, whatever the season.
    const day = new Date(clock.getTime() + 14 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const [event] = await database.db
      .insert(informationEvents)
      .values({
        title: 'Fostering information evening',
        startsAt:
          sql`(${day}::date + time '18:30') AT TIME ZONE 'Europe/London'` as unknown as Date,
        endsAt: sql`(${day}::date + time '20:00') AT TIME ZONE 'Europe/London'` as unknown as Date,
        isOnline: false,
        venue: 'Northfield Community Centre',
        capacity: 20,
      })
      .returning({ id: informationEvents.id });
    const visitor = newVisitor();
    const list = await visitor.get('/get-in-touch/events');
    expect(list.body).toContain('Fostering information evening');
    expect(list.body).toContain('6:30pm to 8pm');
    expect(list.body).toContain('20 places left');

    const sent = await fillIn(visitor, `/get-in-touch/events/${event!.id}`, {
      firstName: 'Lee',
      lastName: 'Okoro',
      email: 'lee.okoro@example.org',
      phone: '07700 900456',
      places: '2',
    });
    const page = await confirmation(visitor, sent);
    expect(page).toContain('Your place is booked');
    expect(page).toContain('Your 2 places are booked at Fostering information evening');

    const { prospect, submissions } = await prospectByEmail('lee.okoro@example.org');
    expect(prospect).toMatchObject({ source: 'information_event' });
    expect(submissions[0]!.answers).toMatchObject({ eventId: event!.id, places: '2' });
    const bookings = await database.db
      .select()
      .from(eventBookings)
      .where(eq(eventBookings.eventId, event!.id));
    expect(bookings).toMatchObject([{ prospectiveCarerId: prospect!.id, places: 2 }]);
    expect((await visitor.get('/get-in-touch/events')).body).toContain('18 places left');

    await deliverMail();
    const email = mailTo('lee.okoro@example.org');
    expect(email.subject).toBe(
      'Your place at our information event – Brightwater Family Fostering',
    );
    expect(email.text).toContain('Your 2 places are booked at Fostering information evening');
    expect(email.text).toContain('6:30pm to 8pm');
    expect(email.text).toContain('Where: Northfield Community Centre');
  });

  it('Kai does the quick check; nothing is kept until Kai chooses to leave details', async () => {
    const visitor = newVisitor();
    const before = await countRows('enquiry_submissions');
    await visitor.get('/get-in-touch/eligibility');
    const result = await sendForm(visitor, '/get-in-touch/eligibility', {
      age: 'yes',
      bedroom: 'soon',
      residency: 'yes',
      health: 'yes',
      household: 'alone',
    });
    expect(result.statusCode).toBe(200);
    expect(result.body).toContain('You might be able to foster: let us talk');
    expect(result.body).toContain('There is no upper age limit');
    expect(result.body).toContain('Single people foster');
    expect(await countRows('enquiry_submissions')).toBe(before);

    wait(30);
    const sent = await sendForm(visitor, '/get-in-touch/eligibility/details', {
      ...hiddenFieldsOf(result.body),
      firstName: 'Kai',
      lastName: 'Evans',
      email: 'kai.evans@example.org',
      phone: '',
      postcode: 'EC1A 1BB',
      message: '',
      heardAbout: '',
    });
    const page = await confirmation(visitor, sent);
    expect(page).toContain('Thank you for leaving your details');

    const { prospect, submissions } = await prospectByEmail('kai.evans@example.org');
    expect(prospect).toMatchObject({ source: 'eligibility_check', postcode: 'EC1A 1BB' });
    expect(submissions[0]!.answers).toEqual({
      age: 'yes',
      bedroom: 'soon',
      residency: 'yes',
      health: 'yes',
      household: 'alone',
      outcome: 'talk',
    });

    await deliverMail();
    const email = mailTo('kai.evans@example.org');
    expect(email.text).toContain('to talk about your answers');
    expect(email.text).toContain(`Your reference is ${prospect!.reference}`);
  });
});

describe('bad and hostile input', () => {
  const FORMS = [
    '/get-in-touch/call-back',
    '/get-in-touch/information-pack',
    '/get-in-touch/enquiry',
  ] as const;

  it.each(FORMS)('%s sent empty lists each problem and stores nothing', async (path) => {
    const before = await countRows('prospective_carers');
    const answer = await fillIn(newVisitor(), path, {});
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('There is a problem');
    expect(answer.body).toContain('Enter your first name');
    expect(answer.body).toContain('Enter your email address, so we can send you your reference');
    expect(answer.body).toContain('<title>Error: ');
    expect(await countRows('prospective_carers')).toBe(before);
  });

  it('asks for at least one day and time, and a UK phone number, for a call back', async () => {
    const answer = await fillIn(newVisitor(), '/get-in-touch/call-back', {
      ...SAM,
      email: 'sam@example',
      phone: '12345',
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('Choose at least one day that suits you');
    expect(answer.body).toContain('Choose at least one time of day that suits you');
    expect(answer.body).toContain('Enter a UK phone number, like 07700 900123');
    expect(answer.body).toContain('Enter an email address in the correct format');
    expect(answer.body).toContain('value="12345"');
  });

  it('needs an address with a real UK postcode for a pack by post, but not by email', async () => {
    const byPost = await fillIn(newVisitor(), '/get-in-touch/information-pack', {
      ...SAM,
      email: 'sam.post@example.org',
      delivery: 'post',
      postcode: 'NOT A CODE',
    });
    expect(byPost.statusCode).toBe(400);
    expect(byPost.body).toContain('Enter the first line of your address, so we can post your pack');
    expect(byPost.body).toContain('Enter your town or city');
    expect(byPost.body).toContain('Enter a UK postcode, like BW1 2AF');
    expect(byPost.body).toContain('value="NOT A CODE"');

    const byEmail = await fillIn(newVisitor(), '/get-in-touch/information-pack', {
      ...SAM,
      email: 'sam.email@example.org',
      delivery: 'email',
      postcode: 'NOT A CODE',
    });
    expect(byEmail.statusCode).toBe(303);
    const { prospect, submissions } = await prospectByEmail('sam.email@example.org');
    expect(prospect!.postcode).toBe('');
    expect(submissions[0]!.answers).toEqual({ delivery: 'email' });
  });

  it('says what is too long, keeps it, and never breaks on a huge field', async () => {
    const visitor = newVisitor();
    const answer = await fillIn(visitor, '/get-in-touch/enquiry', {
      firstName: 'A'.repeat(5000),
      lastName: 'Long',
      email: 'long@example.org',
      postcode: 'M1 1AE',
      message: 'word '.repeat(600),
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain('Enter your first name in 100 characters or fewer');
    expect(answer.body).toContain('Write 2000 characters or fewer');
    expect(answer.body).toContain('A'.repeat(5000));

    const notes = await fillIn(newVisitor(), '/get-in-touch/call-back', {
      ...SAM,
      email: 'sam.notes@example.org',
      phone: '07700 900123',
      days: ['tue'],
      times: ['morning'],
      notes: 'x'.repeat(1001),
    });
    expect(notes.statusCode).toBe(400);
    expect(notes.body).toContain('Write 1000 characters or fewer');

    const huge = await sendForm(visitor, '/get-in-touch/enquiry', { message: 'x'.repeat(300_000) });
    expect(huge.statusCode).toBe(413);
    expect(huge.body).toContain('What you sent is too large.');
  });

  it('shows script tags as text, refuses them in names, and keeps them as plain text in a message', async () => {
    const script = '<script>alert("hi")</script>';
    const refused = await fillIn(newVisitor(), '/get-in-touch/enquiry', {
      firstName: script,
      lastName: 'Test',
      email: 'script@example.org',
      postcode: 'M1 1AE',
      message: script,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Enter your first name without &lt; or > signs');
    expect(refused.body).not.toContain('<script>');
    expect(refused.body).toContain('value="&lt;script>alert(&quot;hi&quot;)&lt;/script>"');

    const accepted = await fillIn(newVisitor(), '/get-in-touch/enquiry', {
      firstName: 'Rob',
      lastName: 'Test',
      email: 'rob.script@example.org',
      postcode: 'M1 1AE',
      message: script,
    });
    expect(accepted.statusCode).toBe(303);
    const { submissions } = await prospectByEmail('rob.script@example.org');
    expect(submissions[0]!.answers).toMatchObject({ message: script });
  });

  it('refuses a booking with bad details and an eligibility check with missing answers', async () => {
    const [event] = await database.db
      .insert(informationEvents)
      .values({
        title: 'Coffee morning',
        startsAt: new Date(clock.getTime() + 7 * 24 * 60 * 60 * 1000),
        endsAt: new Date(clock.getTime() + 7 * 24 * 60 * 60 * 1000 + 90 * 60 * 1000),
        isOnline: false,
        venue: 'The Quayside Café',
        capacity: 10,
      })
      .returning({ id: informationEvents.id });
    const booking = await fillIn(newVisitor(), `/get-in-touch/events/${event!.id}`, {
      firstName: '',
      lastName: 'x'.repeat(101),
      email: 'not an email',
      phone: 'call me',
      places: '9',
    });
    expect(booking.statusCode).toBe(400);
    for (const message of [
      'Enter your first name',
      'Enter your last name in 100 characters or fewer',
      'Enter an email address in the correct format',
      'Enter a UK phone number',
      'Choose how many places you need, from 1 to 4',
    ]) {
      expect(booking.body).toContain(message);
    }

    const visitor = newVisitor();
    await visitor.get('/get-in-touch/eligibility');
    const check = await sendForm(visitor, '/get-in-touch/eligibility', { age: 'maybe' });
    expect(check.statusCode).toBe(400);
    expect(check.body).toContain('Choose whether you are 21 or over');
    expect(check.body).toContain('Choose who lives with you');

    const madeUp = await sendForm(visitor, '/get-in-touch/eligibility/details', { age: 'yes' });
    expect(madeUp.statusCode).toBe(303);
    expect(madeUp.headers.location).toBe('/get-in-touch/eligibility');
  });
});

describe('keeping robots out', () => {
  const CALL_BACK = {
    ...SAM,
    email: 'robot-test@example.org',
    phone: '07700 900123',
    days: ['wed'],
    times: ['afternoon'],
  };

  it('gives a robot that fills in the hidden box a calm page, and keeps nothing', async () => {
    const before = {
      prospects: await countRows('prospective_carers'),
      mail: await countRows('mail_outbox'),
    };
    const answer = await fillIn(newVisitor(), '/get-in-touch/call-back', {
      ...CALL_BACK,
      website: 'http://cheap-pills.example',
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.body).toContain('Thank you for getting in touch.');
    expect(answer.body).not.toMatch(/ENQ-\d/);
    expect(await countRows('prospective_carers')).toBe(before.prospects);
    expect(await countRows('mail_outbox')).toBe(before.mail);
  });

  it('hides the trap from people: off the screen, from screen readers and from the keyboard', async () => {
    const page = await newVisitor().get('/get-in-touch/enquiry');
    expect(page.body).toMatch(
      /<div class="form-trap" aria-hidden="true"><label for="field-website">Leave this box empty<\/label><input class="input" type="text" id="field-website" name="website" value tabindex="-1" autocomplete="off"\/>/,
    );
  });

  it('holds back a form sent faster than a person could, keeping what was typed', async () => {
    const before = await countRows('prospective_carers');
    const answer = await fillIn(newVisitor(), '/get-in-touch/call-back', CALL_BACK, {
      seconds: 1,
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.body).toContain(
      'This form was sent faster than a person could fill it in. Please wait a moment and send it again.',
    );
    expect(answer.body).toContain('value="robot-test@example.org"');
    expect(answer.body).toMatch(/value="wed" checked/);
    expect(await countRows('prospective_carers')).toBe(before);
  });

  it('asks again for a form left open for more than two hours, or sent without its stamp', async () => {
    const stale = await fillIn(
      newVisitor(),
      '/get-in-touch/enquiry',
      { firstName: 'Ada' },
      {
        seconds: 2 * 60 * 60 + 5,
      },
    );
    expect(stale.statusCode).toBe(400);
    expect(stale.body).toContain('This form was opened more than 2 hours ago');
    expect(stale.body).toContain('value="Ada"');

    const visitor = newVisitor();
    await visitor.get('/get-in-touch/enquiry');
    const unstamped = await sendForm(visitor, '/get-in-touch/enquiry', { firstName: 'Ada' });
    expect(unstamped.statusCode).toBe(400);
    expect(unstamped.body).toContain('We could not check this form');
  });

  it('pauses a burst of forms from one address with a 429 and a plain message, while others carry on', async () => {
    const busy = newVisitor();
    for (let sent = 1; sent <= 5; sent += 1) {
      const answer = await fillIn(busy, '/get-in-touch/call-back', {
        ...CALL_BACK,
        email: `burst-${sent}@example.org`,
      });
      expect(answer.statusCode).toBe(303);
    }
    const before = await countRows('prospective_carers');
    const sixth = await fillIn(busy, '/get-in-touch/call-back', {
      ...CALL_BACK,
      email: 'burst-6@example.org',
    });
    expect(sixth.statusCode).toBe(429);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(0);
    expect(sixth.body).toContain('Several forms have been sent from your connection');
    expect(sixth.body).toContain('value="burst-6@example.org"');
    expect(await countRows('prospective_carers')).toBe(before);

    const neighbour = await fillIn(newVisitor(), '/get-in-touch/call-back', {
      ...CALL_BACK,
      email: 'neighbour@example.org',
    });
    expect(neighbour.statusCode).toBe(303);

    wait(11 * 60);
    const later = await fillIn(busy, '/get-in-touch/call-back', {
      ...CALL_BACK,
      email: 'burst-7@example.org',
    });
    expect(later.statusCode).toBe(303);
  });

  it('does not show a confirmation page whose address was made up', async () => {
    const visitor = newVisitor();
    const madeUp = await visitor.get(
      '/get-in-touch/sent?kind=call_back&ref=ENQ-99999&detail=&sig=x',
    );
    expect(madeUp.statusCode).toBe(303);
    expect(madeUp.headers.location).toBe('/get-in-touch');
  });
});
