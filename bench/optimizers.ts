/**
 * Optimizer step cost on a 1M-parameter set (a 1000×1000 hidden matrix + a 1000-vector bias), every optimizer,
 * as a ratio to an SGD step measured in the same run (SPEC §8 target: ≤ 3×; Muon reported separately because it
 * pays for Newton–Schulz matmuls).
 */
import { tf } from '../src/core/tf';
import { createOptimizer, OPTIMIZER_TYPES, MUON_TYPES } from '../src/core/optimizers/registry';
import type { NamedParam, TensorMap } from '../src/core/optimizers/types';

export interface OptimizerBenchRow {
  type: string;
  msPerStep: number;
  ratioToSgd: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeSteps(type: string, params: NamedParam[], grads: TensorMap, steps: number): number {
  const opt = createOptimizer(params, { type });
  try {
    opt.step(grads, 1); // warm-up: kernel compilation, state allocation
    (params[0].variable.dataSync());
    const times: number[] = [];
    for (let i = 0; i < steps; i++) {
      const t0 = performance.now();
      opt.step(grads, 1);
      if (opt.updateHessian && opt.wantsHessian?.(i)) opt.updateHessian(grads);
      params[0].variable.dataSync(); // wait for the backend
      times.push(performance.now() - t0);
    }
    return median(times);
  } finally {
    opt.dispose();
  }
}

export function benchOptimizers(opts: { steps?: number; log?: (s: string) => void } = {}): OptimizerBenchRow[] {
  const steps = opts.steps ?? 15;
  const log = opts.log ?? ((s: string) => console.log(s));
  const params: NamedParam[] = [
    { name: 'w', role: 'hidden', variable: tf.variable(tf.randomNormal([1000, 1000], 0, 0.02, 'float32', 1)) },
    { name: 'b', role: 'bias', variable: tf.variable(tf.zeros([1000])) },
  ];
  const grads: TensorMap = { w: tf.randomNormal([1000, 1000], 0, 1, 'float32', 2), b: tf.randomNormal([1000], 0, 1, 'float32', 3) };
  const rows: OptimizerBenchRow[] = [];
  const sgd = timeSteps('sgd', params, grads, steps);
  log(`optimizer step on 1,001,000 params (${tf.getBackend()}), median of ${steps}; reference sgd = ${sgd.toFixed(2)} ms`);
  log(`  ${'optimizer'.padEnd(10)} ${'ms/step'.padStart(9)} ${'× sgd'.padStart(7)}  target`);
  for (const type of OPTIMIZER_TYPES) {
    const ms = type === 'sgd' ? sgd : timeSteps(type, params, grads, steps);
    const ratio = ms / sgd;
    const muon = MUON_TYPES.includes(type);
    rows.push({ type, msPerStep: ms, ratioToSgd: ratio });
    log(`  ${type.padEnd(10)} ${ms.toFixed(2).padStart(9)} ${ratio.toFixed(2).padStart(7)}  ${muon ? '(NS matmuls; reported separately)' : ratio <= 3 ? 'ok ≤ 3×' : 'OVER 3×'}`);
  }
  tf.dispose([...Object.values(grads), ...params.map((p) => p.variable)]);
  return rows;
}
