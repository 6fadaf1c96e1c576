/** The slice of an OpenAPI 3 document the fuzz test reads: operations, parameters, body schemas. */

export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  example?: unknown;
  description?: string;
  $ref?: string;
  allOf?: Schema[];
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Schema;
}

export interface Operation {
  /** `GET /api/users/{id}`: how failures are reported and filtered (`FUZZ_ONLY`). */
  key: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** The request body, with `$ref`s resolved; undefined when the operation takes none. */
  body?: { mediaType: string; schema: Schema };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components?: { schemas?: Record<string, Schema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Resolves `$ref` and single-element `allOf` (how Nest writes a nested DTO), recursively. */
export function resolveSchema(doc: OpenApiDocument, schema: Schema, depth = 0): Schema {
  if (depth > 8) return { type: 'object' };
  let s = schema;
  if (s.$ref) {
    const name = s.$ref.split('/').pop() ?? '';
    const target = doc.components?.schemas?.[name];
    if (!target) throw new Error(`unresolved ${s.$ref}`);
    s = { ...target, nullable: schema.nullable ?? target.nullable };
  }
  if (s.allOf?.length === 1) {
    const inner = resolveSchema(doc, s.allOf[0], depth + 1);
    const { allOf: _allOf, ...rest } = s;
    s = { ...inner, ...rest, type: inner.type ?? rest.type };
  }
  const out: Schema = { ...s };
  if (s.items) out.items = resolveSchema(doc, s.items, depth + 1);
  if (s.properties) {
    out.properties = Object.fromEntries(
      Object.entries(s.properties).map(([k, v]) => [k, resolveSchema(doc, v, depth + 1)]),
    );
  }
  return out;
}

/** A DELETE, a sign-out or a session revocation would spoil the world for what follows: last. */
function destructiveness(op: Operation): number {
  if (op.key === 'POST /api/auth/sign-out') return 2;
  return op.method === 'DELETE' ? 1 : 0;
}

/** Every operation of the document, the destructive ones last, in a stable order. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const raw = item[method];
      if (!raw) continue;
      const parameters = ((raw['parameters'] ?? []) as Parameter[]).map((p) => ({
        ...p,
        required: Boolean(p.required),
        schema: resolveSchema(doc, p.schema ?? { type: 'string' }),
      }));
      const content = (raw['requestBody'] as { content?: Record<string, { schema: Schema }> })
        ?.content;
      const mediaType = content ? Object.keys(content)[0] : undefined;
      out.push({
        key: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase() as Operation['method'],
        path,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        body:
          content && mediaType
            ? { mediaType, schema: resolveSchema(doc, content[mediaType].schema) }
            : undefined,
      });
    }
  }
  return out
    .map((op, index) => ({ op, index }))
    .sort((a, b) => destructiveness(a.op) - destructiveness(b.op) || a.index - b.index)
    .map(({ op }) => op);
}
