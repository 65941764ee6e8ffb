import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInVisitor, startTestApp, type TestApp } from '../../../test/support/app.ts';
import { openTestDatabase } from '../../../test/support/database.ts';
import {
  buildArea,
  buildChild,
  buildHousehold,
  buildUser,
  placeChild,
  type TestUser,
} from '../../../test/support/factories.ts';
import type { Database } from '../../core/db/connect.ts';
import { buildApiKey, buildAuthority, referralJson } from '../referrals/test-kit.ts';

// The description a council's developer reads must say what the API really does: a body the
// description refuses is a body the API refuses, and every answer fits the schema it promises.
let database: Database & { drop: () => Promise<void> };
let testApp: TestApp;
let priya: TestUser;
let key: string;
let child: string;
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown[]; responses: object }>>;
  components: {
    schemas: Record<string, object & { required?: string[] }>;
    securitySchemes: Record<string, object>;
  };
};
let doc: Doc;
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);

beforeAll(async () => {
  database = await openTestDatabase();
  const db = database.db;
  await buildArea(db, 'Northfield');
  await buildArea(db, 'Riverside');
  priya = await buildUser(db, { role: 'registered_manager' });
  child = await buildChild(db, { firstName: 'Leo' });
  await placeChild(db, child, await buildHousehold(db, { name: 'Oak household' }));
  key = (await buildApiKey(db, await buildAuthority(db))).key;
  testApp = await startTestApp(database, {}, () => new Date('2026-11-23T10:00:00Z'));
  const response = await testApp.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
  expect(response.statusCode).toBe(200);
  doc = response.json();
});

afterAll(async () => {
  await testApp.close();
  await database.drop();
});

const validator = (name: string) => ajv.getSchema(name) ?? addSchema(name);
function addSchema(name: string) {
  ajv.addSchema(doc.components.schemas[name]!, name);
  return ajv.getSchema(name)!;
}

function post(body: unknown) {
  return testApp.app.inject({
    method: 'POST',
    url: '/api/v1/referrals',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    payload: JSON.stringify(body),
  });
}

/** Checks an answer against the schema the document promises, saying what does not fit. */
function expectFits(name: string, data: unknown) {
  const validate = validator(name);
  const isValid = validate(data);
  expect(validate.errors ?? []).toEqual([]);
  expect(isValid).toBe(true);
}

const without = (field: string) => {
  const body = referralJson();
  delete body[field];
  return body;
};

describe('the OpenAPI document', () => {
  it('is public, OpenAPI 3.1, and every reference in it leads somewhere', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/v1/children',
      '/api/v1/children/{id}',
      '/api/v1/households',
      '/api/v1/openapi.json',
      '/api/v1/referrals',
      '/api/v1/referrals/{id}',
    ]);
    expect(doc.components.securitySchemes.apiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    const text = JSON.stringify(doc);
    for (const [, name] of text.matchAll(/"#\/components\/schemas\/([A-Za-z]+)"/g)) {
      expect(doc.components.schemas).toHaveProperty(name!);
    }
    for (const operations of Object.values(doc.paths)) {
      for (const operation of Object.values(operations)) {
        for (const requirement of operation.security ?? []) {
          for (const scheme of Object.keys(requirement as object)) {
            expect(doc.components.securitySchemes).toHaveProperty(scheme);
          }
        }
      }
    }
    for (const name of Object.keys(doc.components.schemas))
      expect(validator(name)).toBeTypeOf('function');
    expect(text).not.toContain(key);
  });

  it('asks for the same fields the API insists on', async () => {
    const required = doc.components.schemas.ReferralInput!.required!.sort();
    const response = await post({});
    expect(response.statusCode).toBe(400);
    const named = response
      .json()
      .errors.map((error: { field: string }) => error.field)
      .sort();
    expect(named).toEqual(required);
    expect(required).toEqual([
      'careType',
      'childDateOfBirth',
      'childFirstName',
      'childLastName',
      'socialWorkerName',
      'urgency',
    ]);
  });

  it.each([
    ['a complete referral', referralJson(), true],
    ['the fewest fields', { ...without('neededBy'), needs: [], socialWorkerEmail: '' }, true],
    ['one of the agency’s areas', referralJson({ schoolArea: 'Northfield' }), true],
    ['no care type', without('careType'), false],
    ['no first name', without('childFirstName'), false],
    ['a care type that does not exist', referralJson({ careType: 'forever' }), false],
    ['a need that does not exist', referralJson({ needs: ['flying'] }), false],
    ['ten brothers and sisters', referralJson({ siblingsCount: 10 }), false],
    ['languages as one string', referralJson({ childLanguages: 'English' }), false],
    ['a latitude off the globe', referralJson({ schoolLatitude: 200, schoolLongitude: 1 }), false],
    ['an area the agency does not have', referralJson({ schoolArea: 'Atlantis' }), false],
    ['a date that does not exist', referralJson({ childDateOfBirth: '2016-02-30' }), false],
    ['yes for true', referralJson({ prefersOnlyChild: 'yes' }), false],
    ['a field of its own', referralJson({ favouriteColour: 'blue' }), false],
    ['the authority as a field', referralJson({ authorityId: 'x' }), false],
  ])('%s: the description and the API agree', async (_, body, isAccepted) => {
    expect(validator('ReferralInput')(body)).toBe(isAccepted);
    expect((await post(body)).statusCode).toBe(isAccepted ? 201 : 400);
  });

  it('describes every answer the API gives', async () => {
    const created = await post(referralJson());
    expectFits('ReferralCreated', created.json());
    const asKey = (url: string) =>
      testApp.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
    const referral = await asKey(created.json().links.self);
    expectFits('Referral', referral.json());
    expectFits('ReferralList', (await asKey('/api/v1/referrals')).json());
    expectFits('Problem', (await asKey('/api/v1/referrals?page=0')).json());
    expectFits('Problem', (await post({})).json());

    const manager = await signedInVisitor(testApp, priya);
    expectFits('ChildList', (await manager.get('/api/v1/children')).json());
    expectFits('Child', (await manager.get(`/api/v1/children/${child}`)).json());
    expectFits('HouseholdList', (await manager.get('/api/v1/households')).json());
  });
});
