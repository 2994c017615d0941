/**
 * The bookkeeping shared by the per-parameter optimizers (SGD … NAdam, Lion), so that each family file holds
 * only its options and its pure update rule (optax's `init`/`update` split):
 *
 * - state slots: non-trainable tf.Variables keyed by parameter name, allocated up front (PyTorch allocates some
 *   lazily; allocating at construction keeps the live-tensor count constant from the first step on);
 * - one `step`: check every gradient before touching anything (no half-applied steps), advance the 1-based
 *   step counter (a JS number, like PyTorch's `step.item()`), run the whole update in one `tf.tidy`, `assign`
 *   the parameter and its slots;
 * - one "default" parameter group, state bytes measured from the slots, `dispose()`.
 */
import { tf } from '../tf';
import type { NamedParam, Optimizer, ParamGroupInfo, TensorMap } from './types';
import { tensorBytes } from './options';
import { commit } from './fused';
import { checkGrads, checkLambda, checkNames, groupInfo } from './stateUtils';
import { ownedVariable } from '../kernels/wasmRuntime';

/** Current slot values of one parameter (a slot the optimizer does not hold is absent). */
export type SlotValues<S extends string> = Readonly<Partial<Record<S, tf.Tensor>>>;

export interface ParamUpdateArgs<S extends string> {
  name: string;
  param: tf.Tensor;
  grad: tf.Tensor;
  state: SlotValues<S>;
  /** Learning rate of this step: baseLr·λ(t). */
  lr: number;
  /** 1-based number of this step (PyTorch's `state['step']` after its increment). */
  t: number;
  /** This step's cycled momentum / β₁ (undefined: the configured one); only when the spec `followsMomentum`. */
  momentum?: number;
}

/** New values of the parameter and of the slots that changed (slots left out keep their value). */
export interface ParamUpdate<S extends string> {
  param: tf.Tensor;
  state?: Partial<Record<S, tf.Tensor>>;
}

export interface PerParamSpec<S extends string> {
  type: string;
  params: readonly NamedParam[];
  baseLr: number;
  /** Slots to hold per parameter and the value each starts at; `null` = not held with these options. */
  slots: Readonly<Record<S, number | null>>;
  /** JS-side scalars shared by every parameter of step `t` (e.g. NAdam's μ-product); called once per step. */
  beforeStep?: (t: number) => void;
  /** The update reads `momentum` (a schedule may cycle it); otherwise a given momentum is an error. */
  followsMomentum?: boolean;
  /** The pure update of one parameter. Runs inside the step's `tf.tidy`. */
  update: (args: ParamUpdateArgs<S>) => ParamUpdate<S>;
}

/** A slot value that the update needs; absent means the options and the update disagree (a bug here). */
export function slot<S extends string>(state: SlotValues<S>, key: S, name: string): tf.Tensor {
  const v = state[key];
  if (!v) throw new Error(`optimizer state "${key}" of parameter "${name}" is not held`);
  return v;
}

/** One non-trainable variable per parameter, filled with `value`; the temporary fill tensor is freed. */
function makeSlot(param: NamedParam, value: number): tf.Variable {
  return ownedVariable(tf.fill(param.variable.shape, value, 'float32'), false);
}

/** Builds an Optimizer from a per-parameter update rule (see the module comment for what it takes care of). */
export function perParamOptimizer<S extends string>(spec: PerParamSpec<S>): Optimizer {
  const { type, params, baseLr, update } = spec;
  checkNames(type, params);
  const held = (Object.keys(spec.slots) as S[]).filter((k) => spec.slots[k] !== null);
  const state = new Map<string, Map<S, tf.Variable>>();
  for (const p of params) {
    state.set(p.name, new Map(held.map((k) => [k, makeSlot(p, spec.slots[k] as number)] as const)));
  }
  let t = 0;
  let disposed = false;

  return {
    type,
    step(grads: TensorMap, lambda: number, momentum?: number): void {
      if (disposed) throw new Error(`${type}: step() after dispose()`);
      checkLambda(type, lambda);
      if (momentum !== undefined) {
        if (!spec.followsMomentum) throw new Error(`${type}: cannot follow a cycled momentum (cycleMomentum)`);
        if (!Number.isFinite(momentum) || momentum < 0 || momentum > 1) throw new Error(`${type}: invalid cycled momentum ${String(momentum)} (expected a number in [0, 1])`);
      }
      checkGrads(grads, params, type);
      t += 1;
      spec.beforeStep?.(t);
      const lr = baseLr * lambda;
      tf.tidy(() => {
        for (const p of params) {
          const slots = state.get(p.name) as Map<S, tf.Variable>;
          const values: Partial<Record<S, tf.Tensor>> = {};
          for (const [k, v] of slots) values[k] = v;
          const out = update({ name: p.name, param: p.variable, grad: grads[p.name], state: values, lr, t, momentum });
          for (const k of Object.keys(out.state ?? {}) as S[]) {
            const v = slots.get(k);
            const next = out.state?.[k];
            if (!v || !next) throw new Error(`${type}: update wrote state "${k}" that is not held`);
            // An unchanged slot, or one the fused pass wrote in place, needs no write.
            commit(v, next);
          }
          commit(p.variable, out.param);
        }
      });
    },
    groups(): ParamGroupInfo[] {
      return [groupInfo('default', type, baseLr, params)];
    },
    stateBytes(): number {
      const all: tf.Variable[] = [];
      for (const slots of state.values()) all.push(...slots.values());
      return tensorBytes(all);
    },
    dispose(): void {
      for (const slots of state.values()) for (const v of slots.values()) v.dispose();
      state.clear();
      disposed = true;
    },
  };
}
