import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * A finite JSON number with at most `places` decimals, however it is written (`0.5`, `5e-1`,
 * `1e-7`). class-validator's `@IsNumber({ maxDecimalPlaces })` throws on exponent notation (a
 * 500), so decimals are checked here; bound them with `@Min`/`@Max` too.
 */
export function hasDecimalPlaces(value: unknown, places: number): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const scaled = value * 10 ** places;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled));
}

/** `@IsNumber` for decimals (a grade, ECTS, a coefficient): the error code stays `isNumber`. */
export const IsDecimalNumber =
  (places: number, options?: ValidationOptions): PropertyDecorator =>
  (target, propertyName) =>
    registerDecorator({
      name: 'isNumber',
      target: target.constructor,
      propertyName: String(propertyName),
      constraints: [places],
      options: {
        message: `$property must be a number with at most ${places} decimal place${places === 1 ? '' : 's'}`,
        ...options,
      },
      validator: { validate: (value: unknown) => hasDecimalPlaces(value, places) },
    });
