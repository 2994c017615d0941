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
