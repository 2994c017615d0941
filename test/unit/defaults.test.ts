/**
 * One table of defaults (optimizers/defaults.ts): the schema (hover docs, completion, validation), the
 * registry and the export all name the same optimizer types, and every `default` the schema shows is the
 * table's value — so the hover cannot document a default the trainer does not use.
 */
import * as assert from 'assert';
import { OPTIMIZER_DEFAULTS } from '../../src/core/optimizers/defaults';
import { OPTIMIZER_DEFS, SCHEMA_OPTIMIZER_TYPES } from '../../src/core/config/schema';
import type { JsonSchema } from '../../src/core/config/schema';
import { OPTIMIZER_TYPES } from '../../src/core/optimizers/registry';
import { EXPORTABLE_OPTIMIZERS } from '../../src/core/export/pytorchExport';

/** Schema defaults of an option tree as a plain object (nested groups recurse). */
function schemaDefaults(options: Record<string, JsonSchema>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(options)) {
    if (s.type === 'object' && s.properties) out[k] = schemaDefaults(s.properties);
    else if (s.default !== undefined) out[k] = s.default;
  }
  return out;
}

describe('one table of optimizer defaults', () => {
  it('schema, registry and defaults table list the same types; the export covers a subset', () => {
    const table = Object.keys(OPTIMIZER_DEFAULTS).sort();
    assert.deepStrictEqual([...SCHEMA_OPTIMIZER_TYPES].sort(), table);
    assert.deepStrictEqual([...OPTIMIZER_TYPES].sort(), table);
    for (const t of EXPORTABLE_OPTIMIZERS) assert.ok(table.includes(t), t);
  });

  for (const type of Object.keys(OPTIMIZER_DEFAULTS)) {
    it(`${type}: every schema default is the table's value, and every table entry has a schema option`, () => {
      const table = JSON.parse(JSON.stringify(OPTIMIZER_DEFAULTS[type as keyof typeof OPTIMIZER_DEFAULTS])) as Record<string, unknown>;
      assert.deepStrictEqual(schemaDefaults(OPTIMIZER_DEFS[type].options), table);
    });
  }
});
