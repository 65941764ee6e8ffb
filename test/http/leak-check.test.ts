import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import {
  attributesOf,
  findLeaks,
  formsOf,
  linksOf,
  problemsWith,
  valuesOf,
  type Fetched,
} from '../support/leak-check.ts';
import { photoWithLocation } from '../support/leak-seed.ts';

// The leak suite is only as good as its eyes: the check must find a secret however a page writes
// it, and must not cry wolf at ordinary words.
const SECRETS = ['Brackenridge', '27 Sycamore Rise', 'OL14 7QX', '01706 815442'];

describe('finding leaks', () => {
  it('finds nothing in words a carer would write for a parent', () => {
    expect(findLeaks('Mia read her poem in assembly and had pasta for tea.', SECRETS)).toEqual([]);
    expect(findLeaks('', SECRETS)).toEqual([]);
    expect(findLeaks('Bracken and a ridge walk', SECRETS)).toEqual([]);
  });

  it('finds each secret once, whatever its case or spacing', () => {
    expect(findLeaks('sam BRACKENRIDGE, brackenridge', SECRETS)).toEqual(['Brackenridge']);
    expect(findLeaks('27  Sycamore\nRise', SECRETS)).toEqual(['27 Sycamore Rise']);
    expect(findLeaks('postcode ol147qx', SECRETS)).toEqual(['OL14 7QX']);
    expect(findLeaks('ring 01706815442', SECRETS)).toEqual(['01706 815442']);
  });

  it('finds a secret split by markup, written as entities or escaped in an address', () => {
    expect(findLeaks('27 <strong>Sycamore</strong> Rise', SECRETS)).toEqual(['27 Sycamore Rise']);
    expect(findLeaks('Bracken<wbr>ridge', SECRETS)).toEqual(['Brackenridge']);
    expect(findLeaks('&#66;rackenridge', SECRETS)).toEqual(['Brackenridge']);
    expect(findLeaks('27&nbsp;Sycamore&#x20;Rise', SECRETS)).toEqual(['27 Sycamore Rise']);
    expect(findLeaks('/map?q=27%20Sycamore+Rise', SECRETS)).toEqual(['27 Sycamore Rise']);
  });

  it('does not join the words of a page to find a one-word secret', () => {
    expect(findLeaks('pick up rice', ['Price'])).toEqual([]);
    expect(findLeaks('Mrs Price', ['Price'])).toEqual(['Price']);
  });
});

describe('reading a page', () => {
  const page = `
    <a href="/family/1/updates?page=2&amp;x=1">Next</a> <a href="https://elsewhere.example/x">Out</a>
    <a href="mailto:a@b.c">Mail</a> <img src="photo" alt=""> <a href="#top">Top</a>
    <a href="https://kinfold.example/account">Account</a> <a href="webcal://kinfold.example/c.ics">Feed</a>
    <form action="/family/1/messages" method="post" enctype="multipart/form-data">
      <input type="hidden" name="_csrf" value="t"><textarea name="body">Hi &amp; bye</textarea>
      <select name="kind"><option value="">Choose</option><option value="photo" selected>Photo</option></select>
      <input type="checkbox" name="send_anyway" value="yes"><input type="radio" name="r" value="a" checked>
      <input type="file" name="photo"><button name="go" value="now">Send</button>
    </form>`;

  it('reads attributes however they are quoted', () => {
    expect(attributesOf(`<a href='/x' data-y=z hidden>`)).toEqual({
      href: '/x',
      'data-y': 'z',
      hidden: '',
    });
  });

  it('follows links and pictures on this site only', () => {
    expect(linksOf(page, '/family/1/updates/2', ['https://kinfold.example'])).toEqual([
      '/family/1/updates?page=2&x=1',
      '/family/1/updates/photo',
      '/family/1/updates/2',
      '/account',
      '/c.ics',
    ]);
  });

  it('fills a form the way a browser sends it as it stands', () => {
    const [form] = formsOf(page, '/family/1/messages');
    expect(form).toMatchObject({ action: '/family/1/messages', method: 'post', isMultipart: true });
    expect(valuesOf(form!, { body: 'Hello', pick: ['a', 'b'] })).toEqual([
      ['kind', 'photo'],
      ['r', 'a'],
      ['go', 'now'],
      ['body', 'Hello'],
      ['pick', 'a'],
      ['pick', 'b'],
    ]);
  });
});

describe('inspecting an answer', () => {
  const answer = (over: Partial<Fetched>): Fetched => ({
    url: '/x',
    status: 200,
    contentType: 'text/html; charset=utf-8',
    headers: 'content-type: text/html; charset=utf-8',
    bytes: Buffer.from(''),
    body: '<p>Hello</p>',
    ...over,
  });

  it('finds nothing wrong with a clean page', async () => {
    expect(await problemsWith(answer({}), SECRETS)).toEqual([]);
  });

  it('names a server error, and a secret in a header or the body', async () => {
    expect(await problemsWith(answer({ status: 500 }), SECRETS)).toEqual(['/x: answered 500']);
    expect(await problemsWith(answer({ headers: 'x-home: OL14 7QX' }), SECRETS)).toEqual([
      '/x: a header says “OL14 7QX”',
    ]);
    expect(await problemsWith(answer({ body: '<p>Brackenridge</p>' }), SECRETS)).toHaveLength(1);
  });

  it('finds a secret in the words of a PDF', async () => {
    const document = await PDFDocument.create();
    const font = await document.embedFont(StandardFonts.Helvetica);
    document.addPage().drawText('Mia lives at 27 Sycamore Rise', { x: 40, y: 700, font });
    const bytes = Buffer.from(await document.save());
    const pdf = answer({ contentType: 'application/pdf', bytes, body: '' });
    expect(await problemsWith(pdf, SECRETS)).toEqual([
      '/x: the application/pdf says “27 Sycamore Rise”',
    ]);
  });

  it('finds a picture’s EXIF and a download named after the original file', async () => {
    const photo = answer({
      contentType: 'image/jpeg',
      headers: 'content-type: image/jpeg\ncontent-disposition: inline; filename="IMG_4417.jpg"',
      bytes: await photoWithLocation(),
      body: '',
    });
    expect(await problemsWith(photo, SECRETS, ['IMG_4417'])).toEqual([
      '/x: the picture keeps its EXIF',
      '/x: the download is named after the original file “IMG_4417”',
    ]);
  });
});
