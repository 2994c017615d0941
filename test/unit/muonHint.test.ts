import * as assert from 'assert';
import { createTask } from '../../src/core/tasks/index';
import type { TaskConfig } from '../../src/core/config/types';
import { hiddenMatrixShapes, taskParamShapes } from '../../src/core/tasks/shapes';
import { muonLrHint } from '../../src/core/muonLrHint';
import { isMuonLrPath, lrHoverMarkdown } from '../../src/host/hoverMarkdown';
import { formatLr } from '../../src/core/lrSvg';
import { initBackend } from '../../src/core/backend';
import { tf } from '../../src/core/tf';
import { createOptimizer } from '../../src/core/optimizers/registry';
import { trainable } from '../../src/core/tasks/layers';
import { Prng } from '../../src/core/tasks/prng';

/**
 * The LR adjustments as their sources write them, evaluated here independently of src/:
 * torch.optim.Muon `_adjust_lr`: "original" → math.sqrt(max(1, A / B)); "match_rms_adamw" → 0.2 * math.sqrt(max(A, B)).
 * dion normuon.py `adjust_lr`: "spectral_norm" → sqrt(fan_out / fan_in); "rms_norm" → 0.2 * sqrt(max(fan_out, fan_in)).
 */
const original = (a: number, b: number): number => Math.sqrt(Math.max(1, a / b));
const matchRms = (a: number, b: number): number => 0.2 * Math.sqrt(Math.max(a, b));
const spectral = (a: number, b: number): number => Math.sqrt(a / b);

function rel(a: number, b: number, what: string): void {
  assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${what}: ${a} vs ${b}`);
}

describe('task parameter shapes without training (tasks/shapes.ts)', () => {
  before(async () => {
    await initBackend('cpu');
  });
  const cases: TaskConfig[] = [
    { type: 'mlp', dataset: 'spirals', hidden: [32, 16], classes: 4, samples: 200 } as TaskConfig,
    { type: 'mlp', dataset: 'moons', hidden: [8], classes: 5, samples: 100 } as TaskConfig,
    { type: 'matrix', problem: 'regression', rows: 12, cols: 6 } as TaskConfig,
    { type: 'matrix', problem: 'lowrank', rows: 10, cols: 7, rank: 3 } as TaskConfig,
    { type: 'char_lm', layers: 2, dModel: 16, heads: 2, context: 8, corpus: { chars: 3000 } } as TaskConfig,
    { type: 'char_lm', layers: 1, dModel: 8, heads: 2, context: 8, tiedHead: true, corpus: { chars: 2000 } } as TaskConfig,
    { type: 'function2d', fn: 'rosenbrock' } as TaskConfig,
  ];
  for (const cfg of cases) {
    it(`lists what the ${cfg.type} task builds: ${JSON.stringify(cfg)}`, () => {
      const task = createTask(cfg, 0);
      try {
        const vocab = task.params.find((p) => p.name === 'tokEmb')?.variable.shape[0];
        const got = taskParamShapes(cfg, vocab ? { vocab } : {});
        assert.deepStrictEqual(got, task.params.map((p) => ({ name: p.name, shape: [...p.variable.shape], role: p.role })));
      } finally {
        task.dispose();
      }
    });
  }
});

describe('Muon LR hint (hover, SPEC §10)', () => {
  const charLm = { type: 'char_lm', layers: 2, dModel: 64, heads: 4, context: 64 };
  const mlp = { type: 'mlp', dataset: 'spirals', hidden: [32, 16], classes: 3 };

  it('char_lm hidden shapes: qkv 192×64, proj 64×64, fc 256×64, mlp.proj 64×256 (two layers each)', () => {
    assert.deepStrictEqual(hiddenMatrixShapes(charLm).map((g) => [g.shape, g.names.length]), [[[192, 64], 2], [[64, 64], 2], [[256, 64], 2], [[64, 256], 2]]);
    assert.deepStrictEqual(hiddenMatrixShapes(mlp).map((g) => g.shape), [[32, 2], [16, 32]], 'the head [3, 16] is not Muon\'s');
  });

  it('hybrid on char_lm: scales, update RMS and AdamW-equivalent LR per shape follow the formulas', () => {
    const h = muonLrHint({ type: 'hybrid', muon: { lr: 0.02 }, adamw: { lr: 3e-3 } }, charLm)!;
    assert.strictEqual(h.adjustLr, 'original');
    assert.strictEqual(h.adamwGroupLr, 3e-3);
    assert.strictEqual(h.rows.length, 4);
    for (const r of h.rows) {
      const [a, b] = r.shape;
      const [orig, match] = r.modes;
      assert.deepStrictEqual(r.modes.map((m) => m.adjustLr), ['original', 'match_rms_adamw']);
      rel(orig.scale, original(a, b), `${a}×${b} original`);
      rel(match.scale, matchRms(a, b), `${a}×${b} match_rms_adamw`);
      rel(orig.updateRms, (0.02 * original(a, b)) / Math.sqrt(Math.max(a, b)), `${a}×${b} RMS`);
      rel(orig.adamwLr, (0.02 * original(a, b)) / Math.sqrt(Math.max(a, b)) / 0.2, `${a}×${b} AdamW-equivalent`);
      rel(match.adamwLr, 0.02, `${a}×${b} match_rms_adamw carries the LR over`);
      rel(orig.muonLrForAdamw!, (3e-3 * 0.2 * Math.sqrt(Math.max(a, b))) / original(a, b), `${a}×${b} Muon lr for AdamW`);
      rel(match.muonLrForAdamw!, 3e-3, `${a}×${b} Muon lr for AdamW (match)`);
    }
    // By hand: qkv 192×64 → original √3 = 1.7320508…, match 0.2·√192 = 2.7712813…; AdamW-equivalent
    // 0.02·√3/√192/0.2 = 0.0125; 64×256 → original 1 (A < B), AdamW-equivalent 0.02/16/0.2 = 0.00625.
    rel(h.rows[0].modes[0].scale, 1.7320508075688772, 'qkv √3');
    rel(h.rows[0].modes[1].scale, 2.7712812921102037, 'qkv 0.2√192');
    rel(h.rows[0].modes[0].adamwLr, 0.0125, 'qkv AdamW-equivalent');
    rel(h.rows[3].modes[0].scale, 1, 'mlp.proj 64×256');
    rel(h.rows[3].modes[0].adamwLr, 0.00625, 'mlp.proj AdamW-equivalent');
  });

  it('muon with match_rms_adamw on an mlp: the active mode first, fallback as the AdamW group', () => {
    const h = muonLrHint({ type: 'muon', lr: 0.01, adjustLr: 'match_rms_adamw' }, mlp)!;
    assert.strictEqual(h.adjustLr, 'match_rms_adamw');
    assert.strictEqual(h.adamwGroupLr, 3e-4, 'muon fallback default lr');
    for (const r of h.rows) {
      const [a, b] = r.shape;
      const [match, orig] = r.modes;
      assert.deepStrictEqual(r.modes.map((m) => m.adjustLr), ['match_rms_adamw', 'original']);
      rel(match.scale, matchRms(a, b), `${a}×${b} match`);
      rel(orig.scale, original(a, b), `${a}×${b} original`);
      rel(match.updateRms, 0.01 * 0.2, `${a}×${b} RMS = 0.2·lr`);
      rel(match.adamwLr, 0.01, `${a}×${b}`);
    }
    // 32×2: original √16 = 4, AdamW-equivalent of the original scale at lr 0.01 = 0.01·4/√32/0.2 = 0.0353553…
    rel(h.rows[0].modes[1].scale, 4, '32×2 original');
    rel(h.rows[0].modes[1].adamwLr, 0.035355339059327376, '32×2 original AdamW-equivalent');
  });

  it('normuon uses its own adjustments (spectral_norm √(A/B), rms_norm) and inherits lr for its AdamW group', () => {
    const h = muonLrHint({ type: 'normuon', lr: 0.01 }, charLm)!;
    assert.strictEqual(h.adjustLr, 'spectral_norm');
    assert.strictEqual(h.adamwGroupLr, 0.01);
    for (const r of h.rows) {
      const [a, b] = r.shape;
      rel(r.modes[0].scale, spectral(a, b), `${a}×${b} spectral_norm`);
      rel(r.modes[1].scale, matchRms(a, b), `${a}×${b} rms_norm`);
    }
    rel(h.rows[3].modes[0].scale, 0.5, '64×256: √(64/256), no max(1, ·) in NorMuon');
  });

  it('the step RMS it states is what one Muon step does to a matrix of each shape (within Newton–Schulz\'s ≈ 1)', async () => {
    await initBackend('cpu');
    const task = { type: 'mlp', dataset: 'spirals', hidden: [48, 16], classes: 3 };
    const seen: string[] = [];
    for (const adjustLr of ['original', 'match_rms_adamw'] as const) {
      const cfg = { type: 'muon', lr: 0.02, adjustLr, momentum: 0, nesterov: false };
      const h = muonLrHint(cfg, task)!;
      for (const r of h.rows) {
        const [a, b] = r.shape;
        const rng = new Prng(a * 1000 + b);
        const p = trainable(tf.zeros([a, b]));
        const opt = createOptimizer([{ name: 'w', role: 'hidden', variable: p }], cfg);
        const g = tf.tensor2d(rng.normalArray(a * b, 1), [a, b]);
        opt.step({ w: g }, 1);
        const rms = Math.sqrt((await tf.mean(tf.square(p)).data())[0]);
        const ratio = rms / r.modes[0].updateRms;
        // Jordan's quintic leaves singular values in about [0.7, 1.2], not exactly 1.
        assert.ok(ratio > 0.6 && ratio < 1.25, `${adjustLr} ${a}×${b}: measured ${rms}, hint ${r.modes[0].updateRms} (×${ratio.toFixed(3)})`);
        seen.push(`${a}×${b} ${ratio.toFixed(3)}`);
        tf.dispose([p, g]);
        opt.dispose();
      }
    }
    console.log(`      measured / hinted step RMS (original, then match_rms_adamw): ${seen.join(', ')}`);
  });

  it('no hint for AdamW, nor on a task without hidden matrices', () => {
    assert.strictEqual(muonLrHint({ type: 'adamw', lr: 1e-3 }, charLm), undefined);
    assert.strictEqual(muonLrHint({ type: 'hybrid' }, { type: 'function2d', fn: 'beale' }), undefined);
    // Unsaved text may say anything: a billion layers gives no hint, at once, instead of a billion entries.
    const t0 = Date.now();
    assert.strictEqual(muonLrHint({ type: 'muon' }, { type: 'char_lm', layers: 1e9 }), undefined);
    assert.ok(Date.now() - t0 < 1000);
    assert.strictEqual(muonLrHint({ type: 'muon' }, { type: 'char_lm', layers: 2 })?.rows.length, 4, 'muon\'s default lr applies');
  });

  describe('in the hover', () => {
    const text = JSON.stringify({
      name: 'x', steps: 100, task: charLm,
      runs: [
        { name: 'h', optimizer: { type: 'hybrid', muon: { lr: 0.02 }, adamw: { lr: 0.003 } } },
        { name: 'm', optimizer: { type: 'muon', lr: 0.05 } },
      ],
    }, null, 1);
    const at = (needle: string, from = 0): string => lrHoverMarkdown(text, text.indexOf(needle, from) + 2, 'file:///w/x.optlab.json')!.markdown;

    it('on hybrid muon.lr: one row per shape with the numbers of the formulas', () => {
      const md = at('"lr": 0.02');
      assert.ok(md.startsWith('**Muon LR hint**'), md.slice(0, 80));
      for (const [a, b] of [[192, 64], [64, 64], [256, 64], [64, 256]]) {
        const row = md.split('\n').find((l) => l.startsWith(`| ${a}×${b} `));
        assert.ok(row, `${a}×${b} row`);
        const cells = row.split('|').map((c) => c.trim());
        assert.strictEqual(cells[2], original(a, b).toPrecision(3));
        assert.strictEqual(cells[3], matchRms(a, b).toPrecision(3));
        assert.strictEqual(cells[5], formatLr((0.02 * original(a, b)) / Math.sqrt(Math.max(a, b)) / 0.2));
        assert.strictEqual(cells[6], `${formatLr((0.003 * 0.2 * Math.sqrt(Math.max(a, b))) / original(a, b))} / ${formatLr(0.003)}`);
      }
    });

    it('on muon lr too; not on the AdamW group lr nor on the run name (negative controls)', () => {
      assert.ok(at('"lr": 0.05').startsWith('**Muon LR hint**'));
      assert.ok(!at('"lr": 0.003').includes('Muon LR hint'));
      assert.ok(!at('"type": "muon"').includes('Muon LR hint'));
      assert.strictEqual(isMuonLrPath(['runs', 0, 'optimizer', 'adamw', 'lr'], 'hybrid'), false);
      assert.strictEqual(isMuonLrPath(['runs', 0, 'optimizer', 'muon', 'lr'], 'hybrid'), true);
      assert.strictEqual(isMuonLrPath(['runs', 0, 'optimizer', 'lr'], 'adamw'), false);
    });
  });
});
