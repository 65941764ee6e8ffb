// The API's description, generated from the zod schemas that validate its requests and shape its
// answers, so what it says and what the API does are one thing.
import { z } from 'zod';
import {
  apiReferralSchema,
  ZApiReferral,
  ZApiReferralCreated,
  ZApiReferralList,
  ZApiReferralsQuery,
} from './referral-schemas.ts';
import {
  apiList,
  ZApiChild,
  ZApiChildSummary,
  ZApiHouseholdSummary,
  ZProblem,
} from './response-schemas.ts';
import { ZChildrenQuery, ZHouseholdsQuery } from './schemas.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
  }) as JsonSchema;
  return rest;
}

// A query schema's fields as OpenAPI parameters, each with its own schema and description.
function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const described = jsonSchema(schema, 'input') as {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(described.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: 'query',
      required: described.required?.includes(name) ?? false,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const json = (schema: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(schema) } },
});

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});

const idParameter = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what}’s id`,
  schema: { type: 'string', format: 'uuid' },
});

const KEY = [{ apiKey: [] }];
const SESSION = [{ session: [] }];

/**
 * The OpenAPI 3.1 document for /api/v1: the referrals endpoints for local authorities' systems,
 * and the children and households endpoints for signed-in people. The referral's fields are those
 * the API accepts today, with the agency's current areas.
 */
export function buildOpenApiDocument(options: {
  serverUrl: string;
  today: string;
  areaNames: readonly string[];
}) {
  const referralInput = apiReferralSchema({ today: options.today, areaNames: options.areaNames });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Kinfold API',
      version: '1.0.0',
      description:
        'Local authorities send referrals and follow our replies with an API key the agency makes for them. Every error is answered as application/problem+json (RFC 9457); a request with invalid fields names each field in `errors`. Besides what the schemas say, dates of birth must be of a child under 18, neededBy cannot be in the past, siblingsAges holds one age for each of siblingsCount, and a latitude needs its longitude.',
    },
    servers: [{ url: options.serverUrl }],
    security: KEY,
    paths: {
      '/api/v1/referrals': {
        post: {
          operationId: 'sendReferral',
          summary: 'Refer a child who needs a home',
          description:
            'The referral is your local authority’s: the one the API key belongs to. Unknown fields are refused.',
          security: KEY,
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('ReferralInput') } },
          },
          responses: {
            '201': json('ReferralCreated', 'The referral is received'),
            '400': problem('The body is not JSON, or fields are invalid (each one is named)'),
            '401': problem('No API key, or one that is unknown or revoked'),
            '415': problem('The body is not sent as application/json'),
          },
        },
        get: {
          operationId: 'listReferrals',
          summary: 'Your local authority’s referrals, the newest first',
          security: KEY,
          parameters: queryParameters(ZApiReferralsQuery),
          responses: {
            '200': json('ReferralList', 'A page of your referrals'),
            '400': problem('A query parameter is invalid'),
            '401': problem('No API key, or one that is unknown or revoked'),
          },
        },
      },
      '/api/v1/referrals/{id}': {
        get: {
          operationId: 'readReferral',
          summary: 'One of your referrals: where it stands and our reply',
          security: KEY,
          parameters: [idParameter('referral')],
          responses: {
            '200': json('Referral', 'The referral'),
            '401': problem('No API key, or one that is unknown or revoked'),
            '404': problem('No such referral from your local authority'),
          },
        },
      },
      '/api/v1/children': {
        get: {
          operationId: 'listChildren',
          summary: 'The children the signed-in person may see',
          security: SESSION,
          parameters: queryParameters(ZChildrenQuery),
          responses: {
            '200': json('ChildList', 'A page of children'),
            '400': problem('A query parameter is invalid'),
            '401': problem('Not signed in'),
          },
        },
      },
      '/api/v1/children/{id}': {
        get: {
          operationId: 'readChild',
          summary: 'A child’s record',
          security: SESSION,
          parameters: [idParameter('child')],
          responses: {
            '200': json('Child', 'The child’s record'),
            '401': problem('Not signed in'),
            '403': problem('The person may know of the child but not read the record'),
            '404': problem('No such child the person may know of'),
          },
        },
      },
      '/api/v1/households': {
        get: {
          operationId: 'listHouseholds',
          summary: 'The households the signed-in person may see (never an address)',
          security: SESSION,
          parameters: queryParameters(ZHouseholdsQuery),
          responses: {
            '200': json('HouseholdList', 'A page of households'),
            '400': problem('A query parameter is invalid'),
            '401': problem('Not signed in'),
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'describeApi',
          summary: 'This description',
          security: [],
          responses: { '200': { description: 'The OpenAPI document' } },
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A key the agency makes for your local authority, sent as Authorization: Bearer <key>. It is shown once when made; ask the agency to revoke it if it may have been seen by anyone else.',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'kf_session',
          description: 'The session of a person signed in to Kinfold',
        },
      },
      schemas: {
        ReferralInput: jsonSchema(referralInput, 'input'),
        ReferralCreated: jsonSchema(ZApiReferralCreated, 'output'),
        Referral: jsonSchema(ZApiReferral, 'output'),
        ReferralList: jsonSchema(ZApiReferralList, 'output'),
        ChildSummary: jsonSchema(ZApiChildSummary, 'output'),
        Child: jsonSchema(ZApiChild, 'output'),
        ChildList: jsonSchema(apiList(ZApiChildSummary), 'output'),
        HouseholdSummary: jsonSchema(ZApiHouseholdSummary, 'output'),
        HouseholdList: jsonSchema(apiList(ZApiHouseholdSummary), 'output'),
        Problem: jsonSchema(ZProblem, 'output'),
      },
    },
  };
}
