import * as assert from 'assert';
import {
  CancelCommand,
  ComputeSpectrumRequest,
  DidAppendMetricsNotification,
  DidChangeCompareStateNotification,
  DidChangeLrStateNotification,
  ExportPngCommand,
  ReadyCommand,
  RunCommand,
  isIpcMessage,
  ipcMessage,
  PROTOCOL_VERSION,
} from '../../src/protocol';
import type { SpectrumParams } from '../../src/protocol';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { ROOT } from './helpers/paths';
import { OPTLAB_SCHEMA } from '../../src/core/config/schema';
import { COMPLETION_SCHEMA_FILE, completionSchemaText } from '../../src/host/completionSchema';

describe('protocol', () => {
  it('method names are scope/name and unique', () => {
    const defs = [ReadyCommand, RunCommand, CancelCommand, ExportPngCommand, DidChangeLrStateNotification,
      DidChangeCompareStateNotification, DidAppendMetricsNotification, ComputeSpectrumRequest, ComputeSpectrumRequest.response];
    assert.strictEqual(ReadyCommand.method, 'core/ready');
    assert.strictEqual(ComputeSpectrumRequest.response.method, 'spectrum/compute/response');
    assert.strictEqual(new Set(defs.map((d) => d.method)).size, defs.length);
  });

  it('isIpcMessage rejects non-envelopes', () => {
    for (const bad of [null, undefined, 3, 'core/ready', [], {}, { method: 'core/ready', params: {} },
      { id: '1', method: 'core/ready', params: {} }, { id: 1, method: 7, params: {} }, { id: 1, method: 'x' },
      { id: 1, method: 'x', params: {}, completionId: 'a' }]) {
      assert.strictEqual(isIpcMessage(bad), false, JSON.stringify(bad));
    }
    assert.strictEqual(isIpcMessage({ id: 1, method: 'x', params: null }), true);
  });

  it('guards accept their own messages and reject other methods', () => {
    const ready = ipcMessage(ReadyCommand, { version: PROTOCOL_VERSION });
    assert.ok(ReadyCommand.is(ready));
    assert.ok(!RunCommand.is(ready));
    assert.ok(!CancelCommand.is(ready));
    const run = ipcMessage(RunCommand, { onlyRuns: ['adamw'] });
    assert.ok(RunCommand.is(run));
    assert.ok(!ReadyCommand.is(run));
    assert.ok(RunCommand.is(ipcMessage(RunCommand, {})));
    assert.ok(CancelCommand.is(ipcMessage(CancelCommand, {})));
    assert.notStrictEqual(ready.id, run.id);
  });

  it('guards reject malformed params', () => {
    assert.ok(!ReadyCommand.is({ id: 1, method: 'core/ready', params: {} }));
    assert.ok(!ReadyCommand.is({ id: 1, method: 'core/ready', params: { version: '1' } }));
    assert.ok(!RunCommand.is({ id: 1, method: 'compare/run', params: { onlyRuns: 'adamw' } }));
    assert.ok(!RunCommand.is({ id: 1, method: 'compare/run', params: { onlyRuns: [1] } }));
    assert.ok(!ExportPngCommand.is({ id: 1, method: 'compare/exportPng', params: { dataUrl: 'javascript:1', suggestedName: 'a.png' } }));
    assert.ok(ExportPngCommand.is({ id: 1, method: 'compare/exportPng', params: { dataUrl: 'data:image/png;base64,AAAA', suggestedName: 'a.png' } }));
    assert.ok(!DidChangeLrStateNotification.is({ id: 1, method: 'lr/didChangeState', params: { runs: [], errors: [] } }));
    assert.ok(DidChangeLrStateNotification.is(ipcMessage(DidChangeLrStateNotification, { totalSteps: 10, runs: [], errors: [] })));
    assert.ok(!DidAppendMetricsNotification.is({ id: 1, method: 'compare/didAppendMetrics', params: { jobs: {}, running: true } }));
  });

  it('requests carry a typed response correlated by completionId', () => {
    const params: SpectrumParams = { rows: 64, cols: 32, shape: 'powerlaw', exponent: 1, condition: 100, preset: 'jordan',
      coefficients: [3.4445, -4.775, 2.0315], steps: 5, dtype: 'float32', seed: 0 };
    const req = ipcMessage(ComputeSpectrumRequest, params);
    assert.ok(ComputeSpectrumRequest.is(req));
    assert.ok(!ComputeSpectrumRequest.is(ipcMessage(ComputeSpectrumRequest, { ...params, coefficients: [1, 2] as unknown as [number, number, number] })));
    assert.ok(!ComputeSpectrumRequest.is(ipcMessage(ComputeSpectrumRequest, { ...params, dtype: 'float16' as 'float32' })));
    const res = ipcMessage(ComputeSpectrumRequest.response, { before: [1], after: [1], orthogonalityError: 0, phi: { x: [], y: [] } }, req.id);
    assert.ok(ComputeSpectrumRequest.response.is(res));
    assert.strictEqual(res.completionId, req.id);
    assert.ok(!ComputeSpectrumRequest.is(res));
  });
});

// The host ↔ JSON language service contract: the schema VS Code gets for completion never reports problems
// (our diagnostics do), and keeps the completion/hover hints of the full schema.
describe('completion schema (contributes.jsonValidation)', () => {
  const file = path.join(ROOT, COMPLETION_SCHEMA_FILE);
  const text = completionSchemaText(OPTLAB_SCHEMA);

  it('is the committed media file, generated from the config schema', () => {
    if (process.env.OPTLAB_WRITE_COMPLETION_SCHEMA) fs.writeFileSync(file, text);
    assert.ok(fs.existsSync(file), `${COMPLETION_SCHEMA_FILE} is missing (run with OPTLAB_WRITE_COMPLETION_SCHEMA=1)`);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), text, `${COMPLETION_SCHEMA_FILE} is stale (run with OPTLAB_WRITE_COMPLETION_SCHEMA=1)`);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { url: string }[] } };
    assert.deepStrictEqual(pkg.contributes.jsonValidation.map((j) => j.url), [`./${COMPLETION_SCHEMA_FILE}`]);
  });

  it('accepts documents the full schema rejects, so the JSON service adds no duplicate of our diagnostics', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const full = ajv.compile(OPTLAB_SCHEMA as object);
    const lenient = ajv.compile(JSON.parse(text) as object);
    const bad: unknown[] = [
      { name: 'x', task: { type: 'mlp' }, steps: 60, runs: [{ name: 'a', optimizer: { type: 'adamw', learningRate: 0.003 } }] },
      { name: 'x', task: { type: 'mlp' }, steps: -3, runs: [{ name: 'a', optimizer: { type: 'adamx' } }] },
      { name: 7, task: 'mlp', steps: 'many', seeds: [], runs: {} },
      { runs: [{ name: '', optimizer: { type: 'hybrid', muon: { lr: 'fast' } }, sweep: { nope: [] } }] },
      [],
    ];
    for (const doc of bad) {
      assert.strictEqual(full(doc), false, `the full schema should reject ${JSON.stringify(doc)}`);
      assert.strictEqual(lenient(doc), true, `the completion schema rejects ${JSON.stringify(doc)}: ${JSON.stringify(lenient.errors)}`);
    }
  });

  it('keeps descriptions, defaults, enums with their descriptions and the per-type dispatch', () => {
    const s = JSON.parse(text) as Record<string, any>;
    assert.strictEqual(s.allowComments, true);
    assert.strictEqual(s.allowTrailingCommas, true);
    const asserting: string[] = [];
    const walk = (v: unknown, at: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}/${i}`));
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'if' || k === 'properties' || k === 'definitions') {
            if (k !== 'if') for (const [n, sub] of Object.entries(x as object)) walk(sub, `${at}/${k}/${n}`);
            continue;
          }
          if (/^(required|minimum|maximum|exclusiveMinimum|exclusiveMaximum|minItems|maxItems|minLength|propertyNames)$/.test(k) || (k === 'additionalProperties' && x === false)) asserting.push(`${at}/${k}`);
          walk(x, `${at}/${k}`);
        }
      }
    };
    walk(s, '#');
    assert.deepStrictEqual(asserting, []);
    assert.match(s.properties.steps.description, /\S/);
    const typeProp = s.definitions.optimizer.properties.type;
    const branch = typeProp.anyOf[0];
    assert.ok(branch.enum.includes('adamw') && branch.enum.includes('hybrid'));
    assert.strictEqual(branch.enum.length, branch.enumDescriptions.length);
    assert.deepStrictEqual(typeProp.anyOf[1], {});
    assert.strictEqual(s.definitions.optimizer_adamw.properties.lr.default, 1e-3);
    const full = OPTLAB_SCHEMA as Record<string, any>;
    assert.strictEqual(JSON.stringify(s.definitions.optimizer.allOf?.map((a: { if: unknown }) => a.if)), JSON.stringify(full.definitions.optimizer.allOf?.map((a: { if: unknown }) => a.if)));
  });
});
