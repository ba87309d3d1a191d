import { isValidDate, isValidTimestamp } from './dates';

/**
 * The JSON Schema `format`s our schemas use, as ajv format definitions: `date` is a real calendar date written
 * `YYYY-MM-DD` (2025-02-30 is invalid), `date-time` an RFC 3339 timestamp with `Z` or an offset. The same object is
 * given to ajv when `npm run gen` generates the validators (validatorGen.ts) and is imported by the generated code
 * (generated/validators.ts), which calls `validate`.
 */
export const FORMATS = {
  date: { type: 'string', validate: (s: string): boolean => isValidDate(s) },
  'date-time': { type: 'string', validate: (s: string): boolean => isValidTimestamp(s, true) },
} as const;
