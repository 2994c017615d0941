import * as assert from 'assert';
import { stepLrOf } from '../../webview/stepLr';
import type { MetricRow } from '../../src/protocol';

const row = (extra: Partial<MetricRow>): MetricRow => ({ step: 0, loss: 1, lr: { default: 1 }, gradNorm: 1, updateRms: 0, tokens: 1, timeMs: 0, ...extra });

describe('comparison: step LR metric', () => {
  it('is the effective LR d·lr of LR-free runs, else the scheduled LR of the default (or first) group', () => {
    assert.strictEqual(stepLrOf(row({ lr: { default: 1 }, effectiveLr: { default: 2.5e-4 } })), 2.5e-4);
    assert.strictEqual(stepLrOf(row({ lr: { default: 3e-3 } })), 3e-3);
    assert.strictEqual(stepLrOf(row({ lr: { muon: 0.02, adamw: 3e-4 } })), 0.02);
  });
});
