import 'reflect-metadata';
import { getMetadataStorage, IS_OPTIONAL, ValidationTypes } from 'class-validator';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every input DTO against its OpenAPI contract (issue 14): the global pipe refuses a missing
 * required field and a `null` the contract does not allow (`common/validation.ts`); these tests
 * keep the decorators saying the same thing, and keep the one strict date validation in use.
 */
const SRC = join(__dirname, '..');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (
      name.endsWith('.ts') &&
      !name.endsWith('.spec.ts') &&
      !name.includes('integration-spec')
    )
      out.push(path);
  }
  return out;
}
const dtoFiles = files(SRC).filter((f) => /[\\/]dto[\\/]|paging\.ts$/.test(f));

type DtoClass = new (...args: never[]) => unknown;

interface Contract {
  required?: boolean;
  default?: unknown;
  nullable?: boolean;
}

describe('input DTOs and their contract', () => {
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<DtoClass, { propertyName: string; type: string; name?: string }[]>;
  };
  beforeAll(() => {
    for (const file of dtoFiles) require(file);
  });

  it('marks a field optional in the validators exactly where the contract does', () => {
    const mismatches: string[] = [];
    for (const [target] of storage.validationMetadatas) {
      if (typeof target !== 'function' || !target.name.endsWith('Dto')) continue;
      const rules = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
      const keys = (
        (Reflect.getMetadata('swagger/apiModelPropertiesArray', target.prototype) as
          string[] | undefined) ?? []
      ).map((k) => k.slice(1));
      for (const key of keys) {
        const own = rules.filter((r) => r.propertyName === key);
        if (!own.length) continue;
        const contract = (Reflect.getMetadata(
          'swagger/apiModelProperties',
          target.prototype,
          key,
        ) ?? {}) as Contract;
        const contractOptional = contract.required === false || contract.default !== undefined;
        const isOptional = own.some(
          (r) => r.type === ValidationTypes.CONDITIONAL_VALIDATION && r.name === IS_OPTIONAL,
        );
        // @ValidateIf states a condition the contract cannot (one of two fields, null clears).
        const conditional = own.some((r) => r.type === ValidationTypes.CONDITIONAL_VALIDATION);
        if (!contractOptional && isOptional)
          mismatches.push(`${target.name}.${key}: required by the contract, @IsOptional()`);
        if (contractOptional && !conditional)
          mismatches.push(
            `${target.name}.${key}: optional in the contract, required by the validators`,
          );
      }
      const validated = new Set(rules.map((r) => r.propertyName));
      for (const key of validated)
        if (!keys.includes(key))
          mismatches.push(`${target.name}.${key}: validated but not in the contract`);
    }
    expect(mismatches.sort()).toEqual([]);
  });

  it('validates every date, date-time and time of day with common/dates.ts', () => {
    const old = /@(IsISO8601|IsDateString|IsDate)\(|Matches\((DATE_ONLY|INSTANT|DUE|HH_MM)\b/;
    // Request input: the DTOs and the controllers (configuration is read once, not a request).
    const offenders = files(SRC)
      .filter((f) => /[\\/]dto[\\/]|\.controller\.ts$|[\\/]common[\\/]/.test(f))
      .filter((f) => !f.endsWith('dates.ts') && old.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(offenders).toEqual([]);
  });
});
