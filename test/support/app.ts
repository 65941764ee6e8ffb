import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import type { Database } from '../../src/core/db/connect.ts';
import { loadSecrets, type Secrets } from '../../src/core/http/secrets.ts';
import { csrfToken } from '../../src/core/http/server.ts';
import { SESSION_COOKIE } from '../../src/core/http/sessions.ts';
import { hashToken } from '../../src/core/http/tokens.ts';

export type TestApp = {
  app: FastifyInstance;
  config: Config;
  secrets: Secrets;
  close: () => Promise<void>;
};

/** The whole application on a test database, for Fastify's inject(). */
export async function startTestApp(
  database: Database,
  overrides: Partial<Config> = {},
  now?: () => Date,
  /** Adds routes a test needs (for example one that throws) before the app starts. */
  extend?: (app: FastifyInstance) => void,
): Promise<TestApp> {
  const config = { ...loadConfig({ DATA_DIR: '.test-data', LOG_LEVEL: 'silent' }), ...overrides };
  const secrets = await loadSecrets(database.db);
  const app = await buildApp({
    config,
    database,
    secrets,
    logger: pino({ level: 'silent' }),
    ...(now ? { now } : {}),
  });
  extend?.(app);
  await app.ready();
  return { app, config, secrets, close: () => app.close() };
}

/** A browser-like visitor for inject(): keeps cookies and adds the CSRF token to forms. */
export class Visitor {
  private cookies = new Map<string, string>();
  constructor(
    private readonly testApp: TestApp,
    private readonly ip = '198.51.100.7',
  ) {}

  /** Signs in through the sign-in form; throws when it does not land on the expected page. */
  async signIn(email: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/sign-in');
    const response = await this.post('/sign-in', { email, password });
    if (response.statusCode !== 303) throw new Error(`sign-in failed with ${response.statusCode}`);
    return response;
  }

  get sessionToken(): string | undefined {
    return this.cookies.get(SESSION_COOKIE);
  }

  /** The CSRF token this visitor's forms carry. */
  csrf(): string {
    const session = this.cookies.get(SESSION_COOKIE);
    const anonymous = this.cookies.get('kf_anon');
    if (session) return csrfToken(this.testApp.secrets, { sessionHash: hashToken(session) });
    if (anonymous) return csrfToken(this.testApp.secrets, { anonymousId: anonymous });
    return '';
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.send({ method: 'GET', url });
  }

  /** Posts a form with files (multipart), as a browser does for an upload, with the CSRF token. */
  async postMultipart(
    url: string,
    fields: Record<string, string>,
    files: Record<string, { bytes: Buffer; filename: string; contentType: string }>,
  ): Promise<LightMyRequestResponse> {
    const form = new FormData();
    form.append('_csrf', this.csrf());
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    for (const [name, file] of Object.entries(files)) {
      form.append(
        name,
        new Blob([new Uint8Array(file.bytes)], { type: file.contentType }),
        file.filename,
      );
    }
    const encoded = new Response(form);
    return this.send({
      method: 'POST',
      url,
      payload: Buffer.from(await encoded.arrayBuffer()),
      headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
    });
  }

  /** Posts a form, with the CSRF token unless one is given (or `_csrf: ''` to leave it out). */
  async post(url: string, fields: Record<string, string>): Promise<LightMyRequestResponse> {
    const body = new URLSearchParams({ _csrf: this.csrf(), ...fields }).toString();
    return this.send({
      method: 'POST',
      url,
      payload: body,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  async send(options: {
    method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    url: string;
    payload?: string | object;
    headers?: Record<string, string>;
  }): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await this.testApp.app.inject({
      method: options.method,
      url: options.url,
      payload: options.payload,
      remoteAddress: this.ip,
      headers: { ...(cookie ? { cookie } : {}), ...options.headers },
    });
    for (const set of response.cookies as Array<{
      name: string;
      value: string;
      maxAge?: number;
      expires?: Date;
    }>) {
      const isCleared =
        set.value === '' ||
        set.maxAge === 0 ||
        (set.expires && set.expires.getTime() <= Date.now());
      if (isCleared) this.cookies.delete(set.name);
      else this.cookies.set(set.name, set.value);
    }
    return response;
  }
}

/** A visitor who has already signed in through the form as this person. */
export async function signedInVisitor(
  testApp: TestApp,
  user: { email: string; password: string },
): Promise<Visitor> {
  const visitor = new Visitor(testApp);
  await visitor.signIn(user.email, user.password);
  return visitor;
}

/** A page's words as a person reads them: tags removed, spaces evened out. */
export function pageText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&rsquo;/g, '’')
    .replace(/\s+/g, ' ');
}
