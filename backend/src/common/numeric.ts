import type { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL `numeric` arrives as a string (it may not fit a double); the values this app
 * keeps there (ECTS, coefficients, grades) always do, so they travel as numbers.
 */
export const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null || value === undefined ? value : Number(value)),
};
