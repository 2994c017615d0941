/**
 * The schema VS Code's JSON language service gets for `*.optlab.json` (`contributes.jsonValidation` →
 * `media/optlab.completion.schema.json`): `OPTLAB_SCHEMA` with every description, default, enum and the
 * per-type `if`/`then` dispatch kept, but with no assertion that can fail.
 *
 * Why: with the full schema the JSON service reports every schema violation a second time, as a warning next
 * to our error at the same range ("Property learningRate is not allowed." beside "unknown key "learningRate"
 * in runs[1].optimizer (allowed: …)"). Our diagnostics (`diagnostics.ts`, the core validator) are the ones
 * to keep: they are what `optlab validate` and a run check, they are errors exactly when a run refuses, and
 * they name the allowed keys and ranges. So the JSON service keeps doing what only it does — completion,
 * hover docs, value suggestions — and never validates:
 *  - `required`, ranges, lengths, item counts, `propertyNames` and `additionalProperties: false` are dropped;
 *  - `type`, `enum` and `const` move into `anyOf: [{type, enum, enumDescriptions}, {}]`: the first branch
 *    still feeds value completion and enum hovers, the empty branch always matches, so nothing is reported;
 *  - `if` conditions are kept verbatim (they only select a branch, they never report).
 * Syntax errors and duplicate keys are still reported by the JSON service (they do not come from a schema),
 * so `diagnostics.ts` skips those two codes instead.
 *
 * The file is generated from `OPTLAB_SCHEMA`; a unit test (test/unit/protocol.test.ts) fails when it drifts and
 * rewrites it with OPTLAB_WRITE_COMPLETION_SCHEMA=1. No vscode import.
 */
import type { JsonSchema } from '../core/config/schema';

/** Where the generated schema is committed (packaged with media/**). */
export const COMPLETION_SCHEMA_FILE = 'media/optlab.completion.schema.json';

/** Keywords that can only make a document invalid: dropped. */
const ASSERTIONS: ReadonlySet<string> = new Set([
  'required', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems', 'minLength', 'minProperties', 'propertyNames',
]);

/** Keywords kept for completion but moved into an always-matching `anyOf`. */
const WRAPPED: ReadonlySet<string> = new Set(['type', 'enum', 'enumDescriptions', 'const']);

type Schema = Record<string, unknown>;

/** A schema that accepts every JSON value and keeps every completion/hover hint of `s`. Pure. */
function lenientSchema(s: JsonSchema): JsonSchema {
  const src = s as Schema;
  const out: Schema = {};
  const wrapped: Schema = {};
  for (const [k, v] of Object.entries(src)) {
    if (ASSERTIONS.has(k)) continue;
    if (WRAPPED.has(k)) wrapped[k] = v;
    else if (k === 'if') out.if = v;
    else if (k === 'additionalProperties') {
      if (typeof v === 'object' && v !== null) out.additionalProperties = lenientSchema(v as JsonSchema);
    } else if (k === 'properties' || k === 'definitions') {
      out[k] = Object.fromEntries(Object.entries(v as Record<string, JsonSchema>).map(([name, sub]) => [name, lenientSchema(sub)]));
    } else if (k === 'items' || k === 'then') out[k] = lenientSchema(v as JsonSchema);
    else if (k === 'allOf' || k === 'anyOf') out[k] = (v as JsonSchema[]).map(lenientSchema);
    else out[k] = v;
  }
  if (Object.keys(wrapped).length) out.anyOf = [...((out.anyOf as JsonSchema[] | undefined) ?? []), wrapped, {}];
  return out as JsonSchema;
}

/** The completion schema for a full schema: lenient, comments and trailing commas allowed (JSONC, as we parse it). */
export function completionSchema(full: JsonSchema): JsonSchema {
  const lenient = lenientSchema(full) as Schema;
  const { $schema, title, description, ...rest } = lenient;
  return {
    $schema,
    $comment: `Generated from the Optimizer Lab config schema for VS Code's completion and hover only: it never reports a problem (Optimizer Lab's own diagnostics do). See src/host/completionSchema.ts.`,
    title,
    description,
    allowComments: true,
    allowTrailingCommas: true,
    ...rest,
  } as JsonSchema;
}

/** The committed file's text. */
export function completionSchemaText(full: JsonSchema): string {
  return JSON.stringify(completionSchema(full), null, 2) + '\n';
}
