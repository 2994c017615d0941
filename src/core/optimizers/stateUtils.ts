/**
 * Small helpers shared by every optimizer family (slots.ts, Sophia, Muon): input checks done before any update
 * (a missing gradient is an error, never a silent skip), zero-initialised state buffers, and group summaries.
 */
import { tf } from '../tf';
import { ownedVariable } from '../kernels/wasmRuntime';
import type { NamedParam, Optimizer, ParamGroupInfo, TensorMap } from './types';

/** One zero buffer per parameter, keyed by name; created up front so the tensor count never changes. */
export function zeroState(params: readonly NamedParam[]): Map<string, tf.Variable> {
  const out = new Map<string, tf.Variable>();
  for (const p of params) out.set(p.name, ownedVariable(tf.zerosLike(p.variable), false));
  return out;
}

export function disposeState(state: Map<string, tf.Variable>): void {
  for (const v of state.values()) v.dispose();
  state.clear();
}

export function groupInfo(name: string, rule: string, baseLr: number, params: readonly NamedParam[]): ParamGroupInfo {
  return { name, rule, baseLr, params: params.map((p) => p.name), size: params.reduce((s, p) => s + p.variable.size, 0) };
}

/** Fails before any update when a parameter has no gradient of its own shape (no half-applied steps). */
export function checkGrads(grads: TensorMap, params: readonly NamedParam[], type: string, what = 'gradient'): void {
  for (const p of params) {
    const g = Object.prototype.hasOwnProperty.call(grads, p.name) ? grads[p.name] : undefined;
    if (!g) throw new Error(`${type}: missing ${what} for parameter "${p.name}"`);
    if (g.isDisposed) throw new Error(`${type}: ${what} of parameter "${p.name}" is disposed`);
    if (!tf.util.arraysEqual(g.shape, p.variable.shape)) {
      throw new Error(`${type}: ${what} of parameter "${p.name}" has shape [${g.shape.join(', ')}], the parameter [${p.variable.shape.join(', ')}]`);
    }
  }
}

/** The LR multiplier of a step must be finite and ≥ 0 (a NaN would silently poison every parameter). */
export function checkLambda(type: string, lambda: number): void {
  if (typeof lambda !== 'number' || !Number.isFinite(lambda) || lambda < 0) {
    throw new Error(`${type}: invalid LR multiplier ${String(lambda)} (expected a finite number ≥ 0)`);
  }
}

/** Parameter names key the state: they must be unique. */
export function checkNames(type: string, params: readonly NamedParam[]): void {
  const seen = new Set<string>();
  for (const p of params) {
    if (seen.has(p.name)) throw new Error(`${type}: duplicate parameter name "${p.name}"`);
    seen.add(p.name);
  }
}

/** Steps `inner`, an optimizer over a subset of the params (Muon's and NorMuon's AdamW fallback), with just theirs. */
export function stepSubset(inner: Optimizer | undefined, params: readonly NamedParam[], grads: TensorMap, lambda: number): void {
  if (!inner) return;
  const sub: TensorMap = {};
  for (const p of params) sub[p.name] = grads[p.name];
  inner.step(sub, lambda);
}
