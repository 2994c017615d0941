/**
 * Lion (Chen et al., "Symbolic Discovery of Optimization Algorithms", 2023), float32. Defaults: lr 1e-4,
 * betas [0.9, 0.99], weightDecay 0 (decoupled). Per step, with lr = baseLr·λ:
 *   p ← p(1 − lr·wd);  p ← p − lr·sign(β₁m + (1−β₁)g);  m ← β₂m + (1−β₂)g.
 * The update is interpolated with β₁ but the state tracks β₂: the sign sees the fresh gradient more than the
 * momentum remembers it. State: one buffer per parameter (1×).
 */
import { tf } from '../tf';
import type { NamedParam, Optimizer, OptimizerConfig, OptimizerFactory, ParamGroupInfo, TensorMap } from './types';
import { betas, checkKnownKeys, lr, num, tensorBytes } from './options';
import { checkGrads, checkLambda, checkNames, disposeState, groupInfo, zeroState } from './stateUtils';

export interface LionOptions {
  lr: number;
  betas: [number, number];
  weightDecay: number;
}

export function lionOptions(cfg: OptimizerConfig): LionOptions {
  checkKnownKeys(cfg, ['lr', 'betas', 'weightDecay']);
  return { lr: lr(cfg, 1e-4), betas: betas(cfg, [0.9, 0.99]), weightDecay: num(cfg, 'weightDecay', 0, { min: 0 }) };
}

class Lion implements Optimizer {
  readonly type = 'lion';
  private readonly m: Map<string, tf.Variable>;

  constructor(private readonly params: NamedParam[], private readonly opts: LionOptions) {
    checkNames(this.type, params);
    this.m = zeroState(params);
  }

  step(grads: TensorMap, lambda: number): void {
    checkLambda(this.type, lambda);
    checkGrads(grads, this.params, this.type);
    const lrT = this.opts.lr * lambda;
    const [b1, b2] = this.opts.betas;
    const decay = 1 - lrT * this.opts.weightDecay;
    for (const p of this.params) {
      const g = grads[p.name];
      const m = this.m.get(p.name) as tf.Variable;
      tf.tidy(() => {
        const decayed = this.opts.weightDecay !== 0 ? tf.mul(p.variable, decay) : p.variable;
        const direction = tf.sign(tf.add(tf.mul(m, b1), tf.mul(g, 1 - b1)));
        p.variable.assign(tf.sub(decayed, tf.mul(direction, lrT)));
        m.assign(tf.add(tf.mul(m, b2), tf.mul(g, 1 - b2)));
      });
    }
  }

  groups(): ParamGroupInfo[] {
    return [groupInfo('default', 'lion', this.opts.lr, this.params)];
  }

  stateBytes(): number {
    return tensorBytes(this.m.values());
  }

  dispose(): void {
    disposeState(this.m);
  }
}

export const lionFactories: Record<string, OptimizerFactory> = {
  lion: (params, cfg) => new Lion(params, lionOptions(cfg)),
};
