/**
 * Types of `schemaValidator.js` (generated): ajv's standalone validation code for `OPTLAB_SCHEMA` (schema.ts),
 * compiled ahead of time with { allErrors: true, strict: true, strictTypes: false, inlineRefs: false }.
 * Regenerate both with `OPTLAB_WRITE_SCHEMA=1 node scripts/testOne.js test/unit/configSchema.test.ts`; that
 * test fails whenever the committed code differs from what the current schema compiles to.
 */
import type { ValidateFunction } from 'ajv';

export declare const validate: ValidateFunction;
declare const validateDefault: ValidateFunction;
export default validateDefault;
