/** class-transformer helpers shared by the DTOs. */

/** Trims strings (and leaves anything else for the validators to refuse). */
export const trim = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim() : value;

/** Trims, and turns an empty string into null: for optional free-text fields. */
export const trimToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

/** Trims each string of a list and drops the empty ones (learning outcomes typed in a form). */
export const trimList = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '')
    : value;
