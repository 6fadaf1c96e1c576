import {
  type ArgumentMetadata,
  HttpException,
  HttpStatus,
  Logger,
  ValidationPipe,
  type ValidationError,
} from '@nestjs/common';
import { MAX_JSON_DEPTH } from './input-json';
import { type FieldError, ProblemException } from './problem';

function flatten(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [code, message] of Object.entries(error.constraints ?? {})) {
      out.push({ field, code, message });
    }
    if (error.children?.length) out.push(...flatten(error.children, field));
  }
  return out;
}

/** At most this many field errors are listed: a 50,000-item list must not answer 7 MB. */
export const MAX_LISTED_FIELD_ERRORS = 50;

function validationProblem(fieldErrors: FieldError[]): ProblemException {
  const listed = fieldErrors.slice(0, MAX_LISTED_FIELD_ERRORS);
  const omitted = fieldErrors.length - listed.length;
  const names = [...new Set(listed.map((e) => e.field))].join(', ');
  return new ProblemException(
    HttpStatus.BAD_REQUEST,
    'validation',
    `Invalid input: ${names}${omitted > 0 ? ` and ${omitted} more` : ''}.`,
    omitted > 0 ? { errors: listed, errorsOmitted: omitted } : { errors: listed },
  );
}

export function toValidationProblem(errors: ValidationError[]): ProblemException {
  return validationProblem(flatten(errors));
}

interface ContractProperty {
  required?: boolean;
  nullable?: boolean;
  default?: unknown;
  type?: unknown;
  isArray?: boolean;
}

type Model = abstract new (...args: never[]) => unknown;

/** Where `@ApiProperty` keeps a DTO's contract (`@nestjs/swagger`'s DECORATORS). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';
const API_MODEL_PROPERTIES_ARRAY = 'swagger/apiModelPropertiesArray';

const contractKeys = (model: Model): string[] =>
  (
    (Reflect.getMetadata(API_MODEL_PROPERTIES_ARRAY, model.prototype) as string[] | undefined) ?? []
  ).map((key) => key.slice(1));

const contractOf = (model: Model, key: string): ContractProperty =>
  (Reflect.getMetadata(API_MODEL_PROPERTIES, model.prototype, key) as
    ContractProperty | undefined) ?? {};

/** The DTO class an OpenAPI `type` names (`X`, `() => X`), if it is one. */
function modelOf(type: unknown): Model | undefined {
  if (typeof type !== 'function') return undefined;
  const candidate = (type.prototype ? type : (type as () => unknown)()) as Model;
  return typeof candidate === 'function' && contractKeys(candidate).length ? candidate : undefined;
}

/**
 * What the OpenAPI contract says and class-validator cannot: a property the contract marks
 * required (no `required: false`, no default) must be present, and `null` is a value only where
 * the contract says `nullable` (there it means "clear"). `@IsOptional()` alone would let both
 * through, so a PATCH `{}` or a `null` could reach the service (issue 14). Checked on the
 * input as sent, nested DTOs included.
 */
export function contractViolations(
  model: Model,
  value: unknown,
  prefix = '',
  depth = 0,
  query = false,
): FieldError[] {
  if (depth > MAX_JSON_DEPTH || value === null || typeof value !== 'object' || Array.isArray(value))
    return [];
  const input = value as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const key of contractKeys(model)) {
    const contract = contractOf(model, key);
    const field = prefix ? `${prefix}.${key}` : key;
    const v = Object.hasOwn(input, key) ? input[key] : undefined;
    if (v === undefined) {
      if (contract.required !== false && contract.default === undefined)
        errors.push({ field, code: 'isDefined', message: `${field} is required` });
      continue;
    }
    if (v === null) {
      if (contract.nullable !== true)
        errors.push({ field, code: 'isNotNull', message: `${field} must not be null` });
      continue;
    }
    if (query && Array.isArray(v) && contract.isArray !== true) {
      errors.push({ field, code: 'isSingleValue', message: `${field} must be given once` });
      continue;
    }
    const nested = modelOf(contract.type);
    if (!nested) continue;
    if (Array.isArray(v))
      v.forEach((item, i) =>
        errors.push(...contractViolations(nested, item, `${field}.${i}`, depth + 1)),
      );
    else errors.push(...contractViolations(nested, v, field, depth + 1));
  }
  return errors;
}

/**
 * The one global pipe: strips nothing silently, refuses what it does not know, and holds
 * bodies and queries to their OpenAPI contract (required, nullable).
 */
export class ContractValidationPipe extends ValidationPipe {
  private readonly logger = new Logger('Validation');

  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      exceptionFactory: toValidationProblem,
      stopAtFirstError: false,
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const model = metadata.metatype as Model | undefined;
    const checked =
      (metadata.type === 'body' || metadata.type === 'query') && model && modelOf(model);
    if (!checked) return this.validated(value, metadata);
    // No body at all reads as `{}`; a body that is JSON but not an object (`null`, `[]`, `"x"`)
    // is refused rather than taken for "nothing to change".
    if (metadata.type === 'body' && value !== undefined && !isPlainObject(value))
      throw validationProblem([
        { field: '(body)', code: 'isObject', message: 'the body must be a JSON object' },
      ]);
    const contract = contractViolations(model, value ?? {}, '', 0, metadata.type === 'query');
    try {
      const result = await this.validated(value, metadata);
      if (contract.length) throw validationProblem(contract);
      return result;
    } catch (err) {
      if (!contract.length || !(err instanceof ProblemException)) throw err;
      const others = ((err.extensions['errors'] as FieldError[] | undefined) ?? []).filter(
        (e) => !contract.some((c) => c.field === e.field),
      );
      throw validationProblem([...contract, ...others]);
    }
  }

  /**
   * Nest's validation, where a transform or validator that throws on odd input (a library bug
   * on `1e-7`, a lone surrogate) is a 400, not a 500.
   */
  private async validated(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    try {
      return (await super.transform(value, metadata)) as unknown;
    } catch (err) {
      if (err instanceof HttpException) throw err;
      this.logger.warn({ err }, 'A validator threw on input; answered 400');
      throw new ProblemException(HttpStatus.BAD_REQUEST, 'validation', 'Invalid input.');
    }
  }
}

const isPlainObject = (value: unknown): boolean =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function createValidationPipe(): ValidationPipe {
  return new ContractValidationPipe();
}
