import { RouteSchema } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import fastJson, { type AnySchema } from 'fast-json-stringify';
import type { FastifyInstance, RouteOptions } from 'fastify';
import { isDeepStrictEqual } from 'node:util';

/**
 * Large JSON replies (the year calendar, the gradebook, the home pages) written by a function
 * compiled from their response DTO (fast-json-stringify, which Fastify carries) instead of
 * JSON.stringify: it knows each property in advance, so it neither walks nor allocates to find
 * them, and a property the DTO does not declare never reaches the wire.
 *
 * The schema is the route's 200 response in the OpenAPI document, built from the DTOs: one
 * source of truth. It is adapted so the output is what JSON.stringify would write of the same
 * object, restricted to the declared properties (see `forSerializer`); what the adaptation
 * cannot cover (a property missing from the DTO, a number sent as a string) is what
 * `serializationDrift` finds, and each covered route has a test that asks it.
 */

/** Stands for the route's 200 schema until `registerCompiledResponses` puts the real one. */
const FROM_OPENAPI = Object.freeze({
  $comment: 'the 200 schema of this route in the OpenAPI document (registerCompiledResponses)',
});

/**
 * Serialises the route's 200 reply with the function compiled from its `@ApiOkResponse` DTO.
 * Errors (problem+json) keep the default serializer: only 200 has a schema. A route schema,
 * not route config, so it stacks with `@Revalidated()` and `@BodyLimit()`.
 */
export const CompiledResponse = () => RouteSchema({ response: { 200: FROM_OPENAPI } });

type Schema = Record<string, unknown>;
export type Serialize = (value: unknown) => string;

/** Keywords holding one subschema, and those holding a list or a map of them. */
const SUBSCHEMA = new Set(['items', 'additionalProperties', 'not', 'if', 'then', 'else']);
const SUBSCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf']);
const SUBSCHEMA_MAP = new Set(['properties', 'patternProperties']);
/** Documentation only; `required` would turn a property left undefined into a 500. */
const DROPPED = new Set(['required', 'description', 'example', 'examples', 'deprecated']);
/** fast-json-stringify writes a Date as a local calendar date or time here; JSON.stringify as an instant. */
const LOCAL_FORMATS = new Set(['date', 'time']);
const COMPOSED = [
  'properties',
  'additionalProperties',
  'patternProperties',
  'allOf',
  'anyOf',
  'oneOf',
  '$ref',
  'if',
];

/**
 * An OpenAPI 3.0 schema (as @nestjs/swagger writes it) made into the plan of a serializer that
 * writes what JSON.stringify would:
 * - every typed value may be null: fast-json-stringify would otherwise write a null that the
 *   DTO did not foresee as "", 0, false or {};
 * - no `required`: a property left undefined is left out, as JSON.stringify does, not a 500;
 * - no `format: date` or `time`: a Date stays an ISO instant (`date-time` already is one);
 * - an object with no declared shape (`type: 'object'` alone) is written whole: in JSON Schema
 *   it allows any property, and fast-json-stringify would write `{}`.
 * `nullable`, `allOf` around a `$ref`, enums, arrays and `additionalProperties` maps are
 * understood by fast-json-stringify as they are.
 */
export function forSerializer(schema: unknown): unknown {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (DROPPED.has(key)) continue;
    if (key === 'format' && LOCAL_FORMATS.has(value as string)) continue;
    if (SUBSCHEMA.has(key)) out[key] = forSerializer(value);
    else if (SUBSCHEMA_LIST.has(key) && Array.isArray(value)) out[key] = value.map(forSerializer);
    else if (SUBSCHEMA_MAP.has(key) && value && typeof value === 'object')
      out[key] = Object.fromEntries(
        Object.entries(value as Schema).map(([name, s]) => [name, forSerializer(s)]),
      );
    else out[key] = value;
  }
  if (Array.isArray(out['type'])) {
    if (!out['type'].includes('null')) out['type'] = [...out['type'], 'null'];
  } else if (typeof out['type'] === 'string') out['nullable'] = true;
  if (out['type'] === 'object' && !COMPOSED.some((k) => k in out))
    out['additionalProperties'] = true;
  return out;
}

/** The components of a document, adapted once for every route that refers to them. */
function serializerComponents(document: OpenAPIObject): Schema {
  const schemas = document.components?.schemas ?? {};
  return {
    schemas: Object.fromEntries(
      Object.entries(schemas).map(([name, s]) => [name, forSerializer(s)]),
    ),
  };
}

/** `/api/cohorts/:cohortId/gradebook` (Fastify) as `/api/cohorts/{cohortId}/gradebook` (OpenAPI). */
const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

function responseSchema(document: OpenAPIObject, method: string, path: string): unknown {
  const operation = (document.paths[path] as Record<string, unknown> | undefined)?.[method] as
    { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> } | undefined;
  const schema = operation?.responses?.['200']?.content?.['application/json']?.schema;
  if (!schema)
    throw new Error(
      `@CompiledResponse() on ${method.toUpperCase()} ${path}: the OpenAPI document has no 200 ` +
        'application/json schema for it (add @ApiOkResponse({ type: …Dto }))',
    );
  return schema;
}

/**
 * The serializer of one operation's 200 reply, and the schema it was compiled from (its
 * `$ref`s resolved against the document's components, carried inside it).
 */
export function compileResponseSerializer(
  document: OpenAPIObject,
  method: string,
  path: string,
  components: Schema = serializerComponents(document),
): { schema: Schema; serialize: Serialize } {
  const schema = {
    ...(forSerializer(responseSchema(document, method.toLowerCase(), path)) as Schema),
    components,
  };
  // The adapted schema is only known to be an object: fast-json-stringify's types want its kind.
  return { schema, serialize: fastJson(schema as AnySchema) as Serialize };
}

/**
 * Gives each `@CompiledResponse()` route its compiled 200 serializer, from the document the app
 * builds. Call before `app.init()` registers the routes; a marked route without a 200 JSON
 * schema stops the start.
 */
export function registerCompiledResponses(fastify: FastifyInstance, document: OpenAPIObject): void {
  const components = serializerComponents(document);
  const compiled = new Map<string, ReturnType<typeof compileResponseSerializer>>();
  fastify.addHook('onRoute', (route: RouteOptions) => {
    const response = route.schema?.response as Record<string, unknown> | undefined;
    if (response?.['200'] !== FROM_OPENAPI) return;
    const path = openApiPath(route.url);
    // The HEAD route Fastify adds to a GET answers like it (without the body).
    const method = String(route.method).toLowerCase() === 'head' ? 'get' : String(route.method);
    const key = `${method.toLowerCase()} ${path}`;
    let entry = compiled.get(key);
    if (!entry) {
      entry = compileResponseSerializer(document, method, path, components);
      compiled.set(key, entry);
    }
    const { schema, serialize } = entry;
    route.schema = { ...route.schema, response: { ...response, 200: schema } };
    route.serializerCompiler = () => serialize;
  });
}

/** `$.items[3].room` as `$.items[].room`: one line per property, not per array item. */
const shapeOf = (path: string) => path.replace(/\[\d+\]/g, '[]');

/**
 * Where `actual` says something else than `expected` (both parsed JSON): one line per place,
 * array items taken together, e.g. `$.items[].room.capacity: 24 became "24"`.
 */
export function describeDrift(expected: unknown, actual: unknown): string[] {
  const found = new Map<string, string>();
  const isObject = (v: unknown): v is Record<string, unknown> =>
    !!v && typeof v === 'object' && !Array.isArray(v);
  const walk = (e: unknown, a: unknown, path: string): void => {
    if (isDeepStrictEqual(e, a)) return;
    if (isObject(e) && isObject(a)) {
      for (const key of new Set([...Object.keys(e), ...Object.keys(a)])) {
        const at = `${path}.${key}`;
        if (!(key in a)) note(at, 'left out (not in the schema)');
        else if (!(key in e)) note(at, 'added');
        else walk(e[key], a[key], at);
      }
    } else if (Array.isArray(e) && Array.isArray(a) && e.length === a.length) {
      e.forEach((item, i) => walk(item, a[i], `${path}[${i}]`));
    } else note(path, `${JSON.stringify(e)} became ${JSON.stringify(a)}`);
  };
  const note = (path: string, what: string) => {
    const shape = shapeOf(path);
    if (!found.has(shape)) found.set(shape, `${shape}: ${what}`);
  };
  walk(expected, actual, '$');
  return [...found.values()];
}

/**
 * What the compiled serializer writes differently from JSON.stringify for this value: nothing,
 * or the places where data would be lost or changed (the DTO's OpenAPI description is then
 * incomplete or wrong).
 */
export function serializationDrift(serialize: Serialize, value: unknown): string[] {
  const expected: unknown = JSON.parse(JSON.stringify(value));
  let written: string;
  try {
    written = serialize(value);
  } catch (error) {
    return [`$: the compiled serializer failed: ${(error as Error).message}`];
  }
  return describeDrift(expected, JSON.parse(written));
}
