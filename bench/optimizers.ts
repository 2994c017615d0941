/**
 * Optimizer step cost on a 1M-parameter set (a 1000×1000 hidden matrix + a 1000-vector bias), every optimizer
 * and the option variants that add work (amsgrad, centered/momentum RMSprop, Nesterov), as a ratio to an SGD
 * step measured in the same run (SPEC §8 target: ≤ 3×; Muon reported separately because it pays for
 * Newton–Schulz matmuls).
 *
 * Robust to a shared machine: each optimizer is warmed up (kernel set-up, state allocation, wasm heap growth),
 * then timed in rounds that interleave a block of SGD steps with a block of its own steps (order alternating),
 * so that load changes hit both; the figure is the median over rounds of the per-round ratio. One step is
 * `optimizer.step()` followed by reading the small bias back (so that an asynchronous backend has finished);
 * the 4 MB matrix is not read back, which would add the same copy to both sides and flatter the ratio.
 */
import { tf } from '../src/core/tf';
import { createOptimizer, OPTIMIZER_TYPES, MUON_TYPES } from '../src/core/optimizers/registry';
import type { NamedParam, Optimizer, OptimizerConfig, TensorMap } from '../src/core/optimizers/types';

export interface OptimizerBenchRow {
  /** Label: the type, plus the options of a variant, e.g. "adam+amsgrad". */
  label: string;
  config: OptimizerConfig;
  /** Median ms per step of this optimizer, and of SGD in the same rounds. */
  msPerStep: number;
  sgdMsPerStep: number;
  /** Median over rounds of (this optimizer's time / SGD's time in the same round). */
  ratioToSgd: number;
  muon: boolean;
}

export interface OptimizerBenchOptions {
  /** Timed rounds (default 11; 3 for the Muon family) of `block` steps per side. */
  rounds?: number;
  block?: number;
  warmup?: number;
  /** Only these labels (default: every type and variant). */
  only?: string[];
  /** Include the Muon family (slow on CPU backends; default true). */
  muon?: boolean;
  log?: (s: string) => void;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/** Every registered type, plus the option variants whose steps do more work than the defaults. */
export function benchConfigs(): { label: string; config: OptimizerConfig }[] {
  const out = OPTIMIZER_TYPES.map((type) => ({ label: type, config: { type } as OptimizerConfig }));
  const variants: { label: string; config: OptimizerConfig }[] = [
    { label: 'sgd+wd', config: { type: 'sgd', weightDecay: 0.01 } },
    { label: 'adam+amsgrad', config: { type: 'adam', amsgrad: true } },
    { label: 'adamw+amsgrad', config: { type: 'adamw', amsgrad: true } },
    { label: 'rmsprop+centered+momentum', config: { type: 'rmsprop', centered: true, momentum: 0.9 } },
    { label: 'adagrad+wd', config: { type: 'adagrad', weightDecay: 0.01 } },
  ];
  for (const v of variants) {
    const at = out.findIndex((o) => o.label === v.config.type);
    out.splice(at + 1 + out.slice(at + 1).filter((o) => o.label.startsWith(`${v.config.type}+`)).length, 0, v);
  }
  return out;
}

/** One step as the trainer drives it (Sophia's Hessian refresh on its own steps included). */
function stepOnce(opt: Optimizer, params: NamedParam[], grads: TensorMap, t: number): void {
  opt.step(grads, 1);
  if (opt.updateHessian && opt.wantsHessian?.(t)) opt.updateHessian(grads);
  params[params.length - 1].variable.dataSync();
}

function timeBlock(opt: Optimizer, params: NamedParam[], grads: TensorMap, t0: number, n: number): number {
  const start = performance.now();
  for (let i = 0; i < n; i++) stepOnce(opt, params, grads, t0 + i);
  return (performance.now() - start) / n;
}

export function benchOptimizers(opts: OptimizerBenchOptions = {}): OptimizerBenchRow[] {
  const log = opts.log ?? ((s: string) => console.log(s));
  const block = opts.block ?? 3;
  const warmup = opts.warmup ?? 6;
  const makeParams = (): NamedParam[] => [
    { name: 'w', role: 'hidden', variable: tf.variable(tf.randomNormal([1000, 1000], 0, 0.02, 'float32', 1)) },
    { name: 'b', role: 'bias', variable: tf.variable(tf.zeros([1000])) },
  ];
  // Separate parameter sets: the reference SGD and the optimizer under test do not disturb each other's values.
  const refParams = makeParams();
  const params = makeParams();
  const grads: TensorMap = { w: tf.randomNormal([1000, 1000], 0, 1, 'float32', 2), b: tf.randomNormal([1000], 0, 1, 'float32', 3) };
  const sgd = createOptimizer(refParams, { type: 'sgd' });
  const rows: OptimizerBenchRow[] = [];
  const configs = benchConfigs().filter((c) => (!opts.only || opts.only.includes(c.label)) && (opts.muon !== false || !MUON_TYPES.includes(c.config.type)));
  log(`optimizer step on 1,001,000 params (${tf.getBackend()}); per optimizer ${warmup} warm-up steps, then rounds of ${block} SGD + ${block} own steps (order alternating); median of per-round ratios`);
  log(`  ${'optimizer'.padEnd(26)} ${'ms/step'.padStart(9)} ${'sgd ms'.padStart(8)} ${'× sgd'.padStart(7)}  target`);
  try {
    let sgdT = 0;
    for (let i = 0; i < warmup; i++) stepOnce(sgd, refParams, grads, sgdT++);
    for (const { label, config } of configs) {
      const muon = MUON_TYPES.includes(config.type);
      const rounds = opts.rounds ?? (muon ? 3 : 11);
      const n = muon ? 1 : block;
      const opt = createOptimizer(params, config);
      try {
        let t = 0;
        for (let i = 0; i < (muon ? 1 : warmup); i++) stepOnce(opt, params, grads, t++);
        const own: number[] = [];
        const ref: number[] = [];
        const ratios: number[] = [];
        for (let r = 0; r < rounds; r++) {
          let a: number;
          let b: number;
          if (r % 2 === 0) {
            b = timeBlock(sgd, refParams, grads, sgdT, n);
            a = timeBlock(opt, params, grads, t, n);
          } else {
            a = timeBlock(opt, params, grads, t, n);
            b = timeBlock(sgd, refParams, grads, sgdT, n);
          }
          sgdT += n;
          t += n;
          own.push(a);
          ref.push(b);
          ratios.push(a / b);
        }
        const row: OptimizerBenchRow = { label, config, msPerStep: median(own), sgdMsPerStep: median(ref), ratioToSgd: median(ratios), muon };
        rows.push(row);
        const verdict = muon ? '(NS matmuls; reported separately)' : row.ratioToSgd <= 3 ? 'ok ≤ 3×' : 'OVER 3×';
        log(`  ${label.padEnd(26)} ${row.msPerStep.toFixed(2).padStart(9)} ${row.sgdMsPerStep.toFixed(2).padStart(8)} ${row.ratioToSgd.toFixed(2).padStart(7)}  ${verdict}`);
      } finally {
        opt.dispose();
      }
    }
  } finally {
    sgd.dispose();
    tf.dispose([...Object.values(grads), ...params.map((p) => p.variable), ...refParams.map((p) => p.variable)]);
  }
  const classic = rows.filter((r) => !r.muon);
  if (classic.length) {
    const worst = classic.reduce((a, b) => (b.ratioToSgd > a.ratioToSgd ? b : a));
    log(`worst non-Muon ratio: ${worst.label} ${worst.ratioToSgd.toFixed(2)}× sgd (target ≤ 3×)`);
  }
  return rows;
}
