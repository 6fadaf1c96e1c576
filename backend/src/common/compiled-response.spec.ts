import 'reflect-metadata';
import type { OpenAPIObject } from '@nestjs/swagger';
import { FASTIFY_ROUTE_SCHEMA_METADATA } from '@nestjs/platform-fastify/constants';
import Fastify, { type FastifySchema } from 'fastify';
import {
  CompiledResponse,
  compileResponseSerializer,
  registerCompiledResponses,
  serializationDrift,
} from './compiled-response';

/** A document shaped as @nestjs/swagger writes one (OpenAPI 3.0: `nullable`, `allOf` refs). */
const DOCUMENT = {
  openapi: '3.0.0',
  info: { title: 'test', version: '1' },
  paths: {
    '/api/cohorts/{cohortId}/sessions': {
      get: {
        responses: {
          '200': {
            description: '',
            content: {
              'application/json': { schema: { $ref: '#/components/schemas/SessionListDto' } },
            },
          },
          '404': { description: 'problem+json' },
        },
      },
    },
    '/api/logout': { post: { responses: { '204': { description: '' } } } },
  },
  components: {
    schemas: {
      RoomDto: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          capacity: { type: 'number', nullable: true },
        },
        required: ['name', 'capacity'],
      },
      Kind: { type: 'string', enum: ['lecture', 'exam'] },
      SessionDto: {
        type: 'object',
        properties: {
          id: { type: 'string', format: 'uuid' },
          title: { type: 'string', description: 'shown in the calendar' },
          kind: { allOf: [{ $ref: '#/components/schemas/Kind' }] },
          status: { type: 'string', enum: ['scheduled', 'cancelled'] },
          startsAt: { type: 'string', format: 'date-time' },
          heldOn: { type: 'string', format: 'date' },
          room: {
            nullable: true,
            type: 'object',
            allOf: [{ $ref: '#/components/schemas/RoomDto' }],
          },
          rooms: { type: 'array', items: { $ref: '#/components/schemas/RoomDto' } },
          tags: { type: 'array', items: { type: 'string' } },
          byState: { type: 'object', additionalProperties: { type: 'number' } },
          extra: { type: 'object' },
          canManage: { type: 'boolean' },
        },
        required: ['id', 'title', 'kind', 'status', 'startsAt', 'room', 'rooms', 'canManage'],
      },
      SessionListDto: {
        type: 'object',
        properties: {
          items: { type: 'array', items: { $ref: '#/components/schemas/SessionDto' } },
          from: { type: 'string', format: 'date-time' },
        },
        required: ['items', 'from'],
      },
    },
  },
} as unknown as OpenAPIObject;

const PATH = '/api/cohorts/{cohortId}/sessions';
const { serialize } = compileResponseSerializer(DOCUMENT, 'get', PATH);

const session = (fields: Record<string, unknown> = {}) => ({
  id: '0b6f3c1e-4a55-4a8e-9f0e-4b8c2f1d9a77',
  title: 'Stratégie de contenu « social media »\n',
  kind: 'lecture',
  status: 'scheduled',
  startsAt: new Date('2026-09-04T07:00:00.000Z'),
  heldOn: '2026-09-04',
  room: { name: 'Salle 1', capacity: 24 },
  rooms: [
    { name: 'A', capacity: null },
    { name: 'B', capacity: 12 },
  ],
  tags: ['atelier', 'é'],
  byState: { proposed: 1, in_progress: 3 },
  extra: { anything: [1, { deep: true }] },
  canManage: false,
  ...fields,
});

describe('compiled response serializer', () => {
  it('writes what JSON.stringify writes: nullable refs, Dates and ISO strings, enums, arrays, maps', () => {
    const list = {
      items: [session(), session({ room: null, kind: 'exam', startsAt: '2026-09-05T07:00:00Z' })],
      from: new Date('2026-09-01T00:00:00.000Z'),
    };
    expect(serializationDrift(serialize, list)).toEqual([]);
    expect(serialize(list)).toBe(JSON.stringify(list));
  });

  it('reports a property the DTO does not declare, once for all the items', () => {
    const list = { items: [session({ note: 'interne' }), session({ note: 'aussi' })], from: 'x' };
    expect(serializationDrift(serialize, list)).toEqual([
      '$.items[].note: left out (not in the schema)',
    ]);
  });

  it('reports a number the service hands over as a string, and a string as a boolean', () => {
    const list = {
      items: [session({ room: { name: 'Salle 1', capacity: '24' }, canManage: 'false' })],
      from: 'x',
    };
    expect(serializationDrift(serialize, list)).toEqual([
      '$.items[].room.capacity: "24" became 24',
      '$.items[].canManage: "false" became true',
    ]);
  });

  it('keeps a null the DTO does not foresee and leaves out a required property left undefined', () => {
    const list = { items: [session({ title: null, tags: null, canManage: undefined })], from: 'x' };
    expect(serializationDrift(serialize, list)).toEqual([]);
  });

  it('writes a Date under `format: date` as the instant JSON.stringify writes, not a local date', () => {
    const list = { items: [session({ heldOn: new Date('2026-09-04T23:30:00.000Z') })], from: 'x' };
    expect(JSON.parse(serialize(list)).items[0].heldOn).toBe('2026-09-04T23:30:00.000Z');
  });

  it('refuses an operation without a 200 JSON schema, naming it', () => {
    expect(() => compileResponseSerializer(DOCUMENT, 'post', '/api/logout')).toThrow(
      /POST \/api\/logout: the OpenAPI document has no 200 application\/json schema/,
    );
  });

  describe('on a Fastify route', () => {
    class Controller {
      @CompiledResponse()
      list(): void {
        /* metadata only */
      }
    }
    const routeSchema = Reflect.getMetadata(
      FASTIFY_ROUTE_SCHEMA_METADATA,
      Controller.prototype.list,
    ) as FastifySchema;

    async function serve(reply: (id: string) => { status: number; body: unknown }) {
      const fastify = Fastify();
      registerCompiledResponses(fastify, DOCUMENT);
      fastify.get('/api/cohorts/:cohortId/sessions', { schema: routeSchema }, (request, res) => {
        const { status, body } = reply((request.params as { cohortId: string }).cohortId);
        return res.status(status).send(body);
      });
      await fastify.ready();
      return fastify;
    }

    it('writes the 200 reply from the schema, without what the DTO does not declare', async () => {
      const fastify = await serve(() => ({
        status: 200,
        body: { items: [session({ passwordHash: 'secret' })], from: 'x' },
      }));
      const response = await fastify.inject({ method: 'GET', url: '/api/cohorts/c1/sessions' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.json().items[0]).not.toHaveProperty('passwordHash');
      expect(response.json().items[0]).toMatchObject({
        title: session().title,
        room: { name: 'Salle 1' },
      });
      await fastify.close();
    });

    it('leaves an error reply to the default serializer', async () => {
      const problem = { type: 'about:blank', status: 404, code: 'cohort.not_found', detail: 'c1' };
      const fastify = await serve(() => ({ status: 404, body: problem }));
      const response = await fastify.inject({ method: 'GET', url: '/api/cohorts/c1/sessions' });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(problem);
      await fastify.close();
    });

    it('refuses to start when the route has no 200 schema in the document', async () => {
      const fastify = Fastify();
      registerCompiledResponses(fastify, DOCUMENT);
      expect(() => fastify.get('/api/elsewhere', { schema: routeSchema }, () => ({}))).toThrow(
        /GET \/api\/elsewhere/,
      );
      await fastify.close();
    });
  });
});
