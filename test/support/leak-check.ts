// Looking for strings that must never reach someone: in words, in HTML however it is marked up, in
// addresses, in PDF text, in image bytes and in headers. A crawler walks everything a signed-in
// visitor can reach by links and pictures (GET only), and an inspector lists every problem in
// what came back, so a test can assert the list is empty and, when it is not, read it whole.
import type { LightMyRequestResponse } from 'fastify';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import type { Visitor } from './app.ts';

/** The secrets found in `text`, each once: whatever the case, markup, spacing or URL-encoding. */
export function findLeaks(text: string, secrets: readonly string[]): string[] {
  const readings = readingsOf(text);
  return [...new Set(secrets)].filter((secret) => {
    const needle = flatten(secret);
    if (needle.spaced === '') return false;
    // Words written together ("OL147QX") count only for secrets of several words: joining
    // every word of a page would find a one-word secret across two ("up rice" for "Price").
    const isSeveralWords = needle.bare !== needle.spaced;
    return readings.some(
      (reading) =>
        reading.spaced.includes(needle.spaced) ||
        (isSeveralWords && reading.bare.includes(needle.bare)),
    );
  });
}

type Flat = { spaced: string; bare: string };

// The same words read several ways: as sent, without tags (a name split by <b>), with entities
// decoded, with %-escapes undone (an address in a link). Each also without any spaces at all.
function readingsOf(text: string): Flat[] {
  const decoded = decodeEntities(text);
  const untagged = decodeEntities(text.replace(/<[^>]*>/g, ''));
  return [text, decoded, untagged, decodePercents(decoded)].map(flatten);
}

function flatten(text: string): Flat {
  const spaced = text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return { spaced, bare: spaced.replace(/ /g, '') };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
};

/** Text with HTML character references replaced by the characters they stand for. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1]?.toLowerCase() === 'x' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function decodePercents(text: string): string {
  return text.replace(/\+/g, ' ').replace(/(?:%[0-9a-f]{2})+/gi, (escaped) => {
    try {
      return decodeURIComponent(escaped);
    } catch {
      return escaped;
    }
  });
}

/** The attributes of one HTML start tag, values decoded. */
export function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const inside = tag.replace(/^<\s*[\w-]+/, '').replace(/\/?>$/, '');
  for (const match of inside.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    attributes[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Every address a page points to by a link or a picture, as same-site paths with their query. */
export function linksOf(html: string, pageUrl: string, origins: readonly string[]): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<(a|img)\b[^>]*>/gi)) {
    const attributes = attributesOf(match[0]);
    const target = match[1]!.toLowerCase() === 'a' ? attributes['href'] : attributes['src'];
    const path = target ? sitePath(target, pageUrl, origins) : null;
    if (path) found.push(path);
  }
  return found;
}

const BASE = 'http://kinfold.invalid';

function sitePath(target: string, pageUrl: string, origins: readonly string[]): string | null {
  let url: URL;
  try {
    // A calendar link (webcal://) is the site's own address under another scheme.
    url = new URL(target.replace(/^webcal:/i, 'https:'), `${BASE}${pageUrl}`);
  } catch {
    return null;
  }
  const isOurs = url.origin === BASE || origins.some((origin) => new URL(origin).host === url.host);
  if (!isOurs) return null;
  return `${url.pathname}${url.search}`;
}

/** A field of a form as the page offers it. */
export type FormField = {
  name: string;
  /** input's type, or 'textarea', 'select', 'button'. */
  type: string;
  value: string;
  isChecked: boolean;
};

/** A form on a page. */
export type FoundForm = {
  page: string;
  action: string;
  method: 'get' | 'post';
  isMultipart: boolean;
  fields: FormField[];
};

/** The forms on a page with their fields, actions resolved against the page's address. */
export function formsOf(html: string, pageUrl: string): FoundForm[] {
  const forms: FoundForm[] = [];
  for (const match of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/gi)) {
    const attributes = attributesOf(/^<form\b[^>]*>/i.exec(match[0])![0]);
    const action = sitePath(attributes['action'] || pageUrl, pageUrl, []) ?? pageUrl;
    forms.push({
      page: pageUrl,
      action,
      method: attributes['method']?.toLowerCase() === 'post' ? 'post' : 'get',
      isMultipart: (attributes['enctype'] ?? '').toLowerCase() === 'multipart/form-data',
      fields: fieldsOf(match[1]!),
    });
  }
  return forms;
}

function fieldsOf(inner: string): FormField[] {
  const fields: FormField[] = [];
  const pattern =
    /<(input|button)\b[^>]*>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>/gi;
  for (const match of inner.matchAll(pattern)) {
    const tag = match[1]?.toLowerCase();
    if (tag) {
      const attributes = attributesOf(match[0]);
      if (!attributes['name']) continue;
      fields.push({
        name: attributes['name'],
        type: tag === 'button' ? 'button' : (attributes['type'] ?? 'text').toLowerCase(),
        value: attributes['value'] ?? '',
        isChecked: 'checked' in attributes,
      });
    } else if (match[3] !== undefined) {
      const name = attributesOf(`<textarea${match[2]}>`)['name'];
      if (name) {
        fields.push({ name, type: 'textarea', value: decodeEntities(match[3]), isChecked: false });
      }
    } else {
      const name = attributesOf(`<select${match[4]}>`)['name'];
      const options = [...match[5]!.matchAll(/<option\b[^>]*>/gi)].map((o) => attributesOf(o[0]));
      const chosen = options.find((option) => 'selected' in option) ?? options[0];
      if (name)
        fields.push({ name, type: 'select', value: chosen?.['value'] ?? '', isChecked: false });
    }
  }
  return fields;
}

/** What a browser would send for a form left as it is, with `values` typed over it (a list ticks
 * several boxes of one name). */
export function valuesOf(
  form: FoundForm,
  values: Record<string, string | readonly string[]>,
): Array<[string, string]> {
  const sent: Array<[string, string]> = [];
  let hasButton = false;
  for (const field of form.fields) {
    if (field.name === '_csrf' || field.type === 'file' || field.name in values) continue;
    if (field.type === 'radio' || field.type === 'checkbox') {
      if (field.isChecked) sent.push([field.name, field.value || 'on']);
    } else if (field.type === 'button' || field.type === 'submit') {
      if (!hasButton) sent.push([field.name, field.value]);
      hasButton = true;
    } else {
      sent.push([field.name, field.value]);
    }
  }
  for (const [name, value] of Object.entries(values)) {
    for (const each of [value].flat()) sent.push([name, each]);
  }
  return sent;
}

/** Posts a form as a browser does, fields in order (a name may repeat), with the CSRF token. */
export async function postFields(
  visitor: Visitor,
  url: string,
  fields: ReadonlyArray<[string, string]>,
): Promise<LightMyRequestResponse> {
  const body = new URLSearchParams([['_csrf', visitor.csrf()], ...fields]).toString();
  return visitor.send({
    method: 'POST',
    url,
    payload: body,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
}

/** One answer the crawler received. */
export type Fetched = {
  url: string;
  status: number;
  contentType: string;
  headers: string;
  bytes: Buffer;
  body: string;
};

/**
 * Visits `start` and everything reachable from it by same-site links and pictures, breadth first,
 * GET only, following redirects; never the addresses `isSkipped` names. Stops after `limit`.
 */
export async function crawl(
  visitor: Visitor,
  input: {
    start: readonly string[];
    limit: number;
    origins: readonly string[];
    isSkipped: (path: string) => boolean;
  },
): Promise<Fetched[]> {
  const queue = [...input.start];
  const seen = new Set(queue);
  const fetched: Fetched[] = [];
  while (queue.length > 0 && fetched.length < input.limit) {
    const url = queue.shift()!;
    const page = fetchedFrom(url, await visitor.get(url));
    fetched.push(page);
    const location = /^location: (.*)$/m.exec(page.headers)?.[1];
    const next = page.contentType.includes('html') ? linksOf(page.body, url, input.origins) : [];
    if (location) next.push(sitePath(location, url, input.origins) ?? '');
    for (const path of next) {
      if (path === '' || seen.has(path) || input.isSkipped(path)) continue;
      seen.add(path);
      queue.push(path);
    }
  }
  return fetched;
}

/** An answer as the checks read it: headers as `name: value` lines, the body as text and bytes. */
export function fetchedFrom(url: string, response: LightMyRequestResponse): Fetched {
  const headers = Object.entries(response.headers)
    .map(([name, value]) => `${name}: ${[value].flat().join(', ')}`)
    .join('\n');
  return {
    url,
    status: response.statusCode,
    contentType: String(response.headers['content-type'] ?? ''),
    headers,
    bytes: response.rawPayload,
    body: response.body,
  };
}

/** The words of a PDF as a reader's tools would extract them, with its document information. */
export async function pdfText(bytes: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const parts: string[] = [JSON.stringify((await document.getMetadata()).info ?? {})];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    parts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return parts.join('\n');
}

/**
 * Every problem with one answer, in words a failing test prints: a server error, a secret in the
 * headers or the content (HTML, JSON, calendar, PDF text, image bytes), an image that keeps its
 * EXIF or XMP, or a download named after a file's original name.
 */
export async function problemsWith(
  page: Fetched,
  secrets: readonly string[],
  originalFileNames: readonly string[] = [],
): Promise<string[]> {
  const problems: string[] = [];
  if (page.status >= 500) problems.push(`${page.url}: answered ${page.status}`);
  for (const secret of findLeaks(page.headers, secrets)) {
    problems.push(`${page.url}: a header says “${secret}”`);
  }
  for (const secret of findLeaks(await contentOf(page), secrets)) {
    problems.push(`${page.url}: the ${page.contentType || 'body'} says “${secret}”`);
  }
  if (page.contentType.startsWith('image/') && page.status === 200) {
    const metadata = await sharp(page.bytes).metadata();
    if (metadata.exif) problems.push(`${page.url}: the picture keeps its EXIF`);
    if (metadata.xmp) problems.push(`${page.url}: the picture keeps its XMP`);
    const disposition = /^content-disposition: (.*)$/m.exec(page.headers)?.[1] ?? '';
    for (const name of findLeaks(disposition, originalFileNames)) {
      problems.push(`${page.url}: the download is named after the original file “${name}”`);
    }
  }
  return problems;
}

async function contentOf(page: Fetched): Promise<string> {
  if (page.contentType.startsWith('application/pdf') && page.status === 200) {
    return `${await pdfText(page.bytes)}\n${page.bytes.toString('latin1')}`;
  }
  if (page.contentType.startsWith('image/')) return page.bytes.toString('latin1');
  return page.body;
}
