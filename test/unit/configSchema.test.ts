import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { tf } from '../../src/core/tf';
import { initBackend } from '../../src/core/backend';
import type { JsonSchema } from '../../src/core/config/schema';
import { OPTIMIZER_DEFS, OPTLAB_SCHEMA, SCHEMA_FILE, SCHEMA_OPTIMIZER_TYPES, optimizerBaseLrs, schemaFileText, sweepableOptions } from '../../src/core/config/schema';
import { OPTIMIZER_TYPES, createOptimizer } from '../../src/core/optimizers/registry';
import type { NamedParam, OptimizerConfig } from '../../src/core/optimizers/types';
import { SCHEDULE_TYPES } from '../../src/core/schedules';
import { ROOT } from './helpers/paths';

// SPEC §11 types reproduced from their authors' code (element-wise family).
const ELEMENTWISE_TYPES = ['adopt', 'ademamix', 'cautious_adamw', 'cautious_lion', 'laprop', 'adan', 'mars', 'schedule_free_adamw', 'schedule_free_sgd'];
const SPEC_TYPES = ['sgd', 'bgd', 'momentum', 'nag', 'adagrad', 'adadelta', 'rmsprop', 'adam', 'adamw', 'adamax', 'nadam', 'lion', 'sophia', 'muon', 'muonclip', 'hybrid', ...ELEMENTWISE_TYPES];
// SPEC §11: the LR-free and preconditioned families.
SPEC_TYPES.push('normuon', 'soap', 'shampoo', 'prodigy', 'dadapt_adam');
const SPEC_OPTIONS = [
  'lr', 'momentum', 'dampening', 'nesterov', 'weightDecay', 'lrDecay', 'initialAccumulatorValue', 'eps', 'rho', 'alpha', 'centered', 'betas',
  'amsgrad', 'momentumDecay', 'hessianInterval', 'nsSteps', 'nsCoefficients', 'adjustLr', 'fallback', 'qkClipThreshold', 'qkClipAlpha', 'muon', 'adamw',
];

function walk(s: JsonSchema, where: string, visit: (s: JsonSchema, where: string) => void): void {
  visit(s, where);
  for (const [k, v] of Object.entries(s.properties ?? {})) walk(v, `${where}.${k}`, visit);
  for (const [k, v] of Object.entries(s.definitions ?? {})) walk(v, `#${k}`, visit);
  if (s.items) walk(s.items, `${where}[]`, visit);
  for (const v of [...(s.anyOf ?? []), ...(s.allOf ?? [])]) walk(v, where, visit);
  if (s.then) walk(s.then, where, visit);
  if (typeof s.additionalProperties === 'object') walk(s.additionalProperties, `${where}.*`, visit);
}

const VALIDATOR_FILE = 'src/core/config/generated/schemaValidator.js';

/** ajv standalone code of the schema, as committed in VALIDATOR_FILE (options documented in its .d.ts). */
function validatorSource(): string {
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, inlineRefs: false, code: { source: true, esm: true, lines: true } });
  ajv.addVocabulary(['enumDescriptions', 'markdownDescription']);
  const header = '/* eslint-disable */\n// Generated from src/core/config/schema.ts by test/unit/configSchema.test.ts (OPTLAB_WRITE_SCHEMA=1). Do not edit.\n';
  return header + standaloneCode(ajv, ajv.compile(OPTLAB_SCHEMA)) + '\n';
}

/** Compares a committed generated file with its source of truth; OPTLAB_WRITE_SCHEMA=1 rewrites it. */
function checkGenerated(rel: string, expected: string): void {
  const file = path.join(ROOT, rel);
  if (process.env.OPTLAB_WRITE_SCHEMA === '1') {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, expected);
  }
  assert.ok(fs.existsSync(file), `${rel} is missing; run this test with OPTLAB_WRITE_SCHEMA=1`);
  assert.ok(fs.readFileSync(file, 'utf8') === expected, `${rel} is stale; rerun this test with OPTLAB_WRITE_SCHEMA=1`);
}

describe('config schema', () => {
  it(`${SCHEMA_FILE} is the committed copy of OPTLAB_SCHEMA (OPTLAB_WRITE_SCHEMA=1 rewrites it)`, () => {
    checkGenerated(SCHEMA_FILE, schemaFileText());
  });

  it(`${VALIDATOR_FILE} is ajv's code for the current schema (OPTLAB_WRITE_SCHEMA=1 rewrites it)`, function () {
    this.timeout(60000);
    checkGenerated(VALIDATOR_FILE, validatorSource());
  });

  it('the generated validator loads fast (no run-time schema compile)', () => {
    const t0 = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { validateConfig } = require('../../src/core/config/validate') as typeof import('../../src/core/config/validate');
    const r = validateConfig('{ "name": "a", "task": { "type": "mlp", "dataset": "moons" }, "steps": 10, "runs": [{ "name": "x", "optimizer": { "type": "sgd", "lr": "1" } }] }');
    const ms = performance.now() - t0;
    assert.strictEqual(r.problems.length, 1);
    assert.ok(ms < 200, `first validation took ${ms.toFixed(0)} ms`);
  });

  it('is a valid draft-07 schema that VS Code can read (strict ajv compile)', () => {
    const ajv = new Ajv({ strict: true, strictTypes: false });
    ajv.addVocabulary(['enumDescriptions', 'markdownDescription']);
    assert.ok(ajv.validateSchema(OPTLAB_SCHEMA), JSON.stringify(ajv.errors));
    assert.doesNotThrow(() => ajv.compile(OPTLAB_SCHEMA));
    assert.strictEqual(OPTLAB_SCHEMA.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  it('covers every optimizer type and option of SPEC §3, every schedule and task type', () => {
    assert.deepStrictEqual([...SCHEMA_OPTIMIZER_TYPES].sort(), [...SPEC_TYPES].sort());
    const options = new Set(Object.values(OPTIMIZER_DEFS).flatMap((d) => Object.keys(d.options)));
    for (const o of SPEC_OPTIONS) assert.ok(options.has(o), `option ${o}`);
    for (const t of SCHEDULE_TYPES) assert.ok(OPTLAB_SCHEMA.definitions?.[`schedule_${t}`], `schedule ${t}`);
    for (const t of ['function2d', 'matrix', 'mlp', 'char_lm']) assert.ok(OPTLAB_SCHEMA.definitions?.[`task_${t}`], `task ${t}`);
  });

  it('closes every object (additionalProperties: false, except the sweep map) and describes every property', () => {
    walk(OPTLAB_SCHEMA, '', (s, where) => {
      if (s.type === 'object' && s.properties && !s.allOf) {
        assert.strictEqual(s.additionalProperties, false, `${where} is open`);
      }
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        if (k === 'type' && v.const !== undefined) continue;
        assert.ok(v.description || v.$ref, `${where}.${k} has no description`);
      }
    });
  });

  it('reports base LRs per group with defaults (hover / LR panel)', () => {
    assert.deepStrictEqual(optimizerBaseLrs({ type: 'adamw' }), [{ group: 'default', lr: 1e-3 }]);
    assert.deepStrictEqual(optimizerBaseLrs({ type: 'hybrid', adamw: { lr: 3e-3 } }), [{ group: 'muon', lr: 0.02 }, { group: 'adamw', lr: 3e-3 }]);
    assert.deepStrictEqual(optimizerBaseLrs({ type: 'muon', lr: 0.05 }), [{ group: 'muon', lr: 0.05 }, { group: 'fallback', lr: 3e-4 }]);
  });

  describe('agrees with the optimizer implementations', () => {
    before(async () => {
      await initBackend('cpu');
    });
    const params = (): NamedParam[] => [
      { name: 'w', variable: tf.variable(tf.zeros([4, 3]), true, `w${Math.random()}`), role: 'hidden' },
      { name: 'b', variable: tf.variable(tf.zeros([3]), true, `b${Math.random()}`), role: 'bias' },
    ];
    const defaultsOf = (props: Record<string, JsonSchema>): Record<string, unknown> => {
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(props)) {
        if (s.type === 'object' && s.properties) out[k] = defaultsOf(s.properties);
        else if (s.default !== undefined) out[k] = s.default;
      }
      return out;
    };

    it('same optimizer types as the registry', () => {
      assert.deepStrictEqual([...OPTIMIZER_TYPES].sort(), [...SCHEMA_OPTIMIZER_TYPES].sort());
    });

    for (const type of SPEC_TYPES) {
      it(`${type}: every schema option (at its schema default) is accepted, and an unknown one is not`, () => {
        const cfg: OptimizerConfig = { type, ...defaultsOf(OPTIMIZER_DEFS[type].options) };
        for (const k of Object.keys(OPTIMIZER_DEFS[type].options)) {
          if (!(k in cfg)) cfg[k] = OPTIMIZER_DEFS[type].options[k].type === 'boolean' ? false : OPTIMIZER_DEFS[type].options[k].type === 'integer' ? 1 : 0.5;
        }
        const ps = params();
        const opt = createOptimizer(ps, cfg);
        opt.dispose();
        assert.throws(() => createOptimizer(ps, { ...cfg, notAnOption: 1 }));
        for (const p of ps) p.variable.dispose();
        assert.ok(sweepableOptions(type).length > 0);
      });
    }
  });
});
