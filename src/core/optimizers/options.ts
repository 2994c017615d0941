/**
 * Option readers shared by every optimizer factory: they apply the frozen defaults and check ranges at
 * construction, with messages that name the option and the value (PyTorch's style: "Invalid lr: -1").
 * Each optimizer's `…Options` reader (interface, defaults, reader) has the same shape on purpose: its own option list.
 */
import { OptimizerConfig, OptimizerConfigError } from './types';
import type { tf } from '../tf';

export interface Range {
  min?: number;
  max?: number;
  /** Exclusive bounds instead of inclusive. */
  minExclusive?: boolean;
  maxExclusive?: boolean;
}

function where(cfg: OptimizerConfig, key: string, path?: string): string {
  return `${cfg.type}${path ? '.' + path : ''}.${key}`;
}

/** Rejects keys that the optimizer does not know (typos must not silently fall back to a default). */
export function checkKnownKeys(cfg: OptimizerConfig, known: readonly string[], path?: string): void {
  for (const k of Object.keys(cfg)) {
    if (k === 'type') continue;
    if (!known.includes(k)) {
      throw new OptimizerConfigError(`unknown option "${k}" for optimizer ${cfg.type}${path ? '.' + path : ''} (known: ${known.join(', ')})`);
    }
  }
}

export function num(cfg: OptimizerConfig, key: string, def: number, range: Range = {}, path?: string): number {
  const raw = cfg[key];
  const v = raw === undefined ? def : raw;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new OptimizerConfigError(`invalid ${where(cfg, key, path)}: ${JSON.stringify(raw)} (expected a finite number)`);
  }
  const { min, max, minExclusive, maxExclusive } = range;
  if (min !== undefined && (minExclusive ? v <= min : v < min)) {
    throw new OptimizerConfigError(`invalid ${where(cfg, key, path)}: ${v} (must be ${minExclusive ? '>' : '≥'} ${min})`);
  }
  if (max !== undefined && (maxExclusive ? v >= max : v > max)) {
    throw new OptimizerConfigError(`invalid ${where(cfg, key, path)}: ${v} (must be ${maxExclusive ? '<' : '≤'} ${max})`);
  }
  return v;
}

export function bool(cfg: OptimizerConfig, key: string, def: boolean, path?: string): boolean {
  const v = cfg[key] === undefined ? def : cfg[key];
  if (typeof v !== 'boolean') throw new OptimizerConfigError(`invalid ${where(cfg, key, path)}: ${JSON.stringify(v)} (expected true or false)`);
  return v;
}

export function oneOf<T extends string>(cfg: OptimizerConfig, key: string, allowed: readonly T[], def: T, path?: string): T {
  const v = cfg[key] === undefined ? def : cfg[key];
  if (typeof v !== 'string' || !allowed.includes(v as T)) {
    throw new OptimizerConfigError(`invalid ${where(cfg, key, path)}: ${JSON.stringify(v)} (expected one of ${allowed.join(', ')})`);
  }
  return v as T;
}

/** `betas: [b1, b2]`, each in [0, 1). */
export function betas(cfg: OptimizerConfig, def: readonly [number, number], path?: string): [number, number] {
  const v = cfg.betas === undefined ? def : cfg.betas;
  if (!Array.isArray(v) || v.length !== 2 || v.some((b) => typeof b !== 'number' || !(b >= 0 && b < 1))) {
    throw new OptimizerConfigError(`invalid ${where(cfg, 'betas', path)}: ${JSON.stringify(v)} (expected [beta1, beta2] with 0 ≤ beta < 1)`);
  }
  return [v[0] as number, v[1] as number];
}

/** Learning rate: finite and ≥ 0. */
export function lr(cfg: OptimizerConfig, def: number, path?: string): number {
  return num(cfg, 'lr', def, { min: 0 }, path);
}

/** Bytes of a set of state tensors, measured from their size and dtype. */
export function tensorBytes(tensors: Iterable<tf.Tensor | undefined>): number {
  let total = 0;
  for (const t of tensors) {
    if (!t || t.isDisposed) continue;
    total += t.size * (t.dtype === 'float32' || t.dtype === 'int32' ? 4 : t.dtype === 'bool' ? 1 : 4);
  }
  return total;
}

/**
 * A list of betas under `key` with as many entries as `def` (AdEMAMix's and Adan's three, MARS's `betas1d`),
 * each in [0, 1) as the references check.
 */
export function betaList<T extends readonly number[]>(cfg: OptimizerConfig, key: string, def: T, path?: string): number[] {
  const v = cfg[key] === undefined ? def : cfg[key];
  const n = def.length;
  if (!Array.isArray(v) || v.length !== n || v.some((b) => typeof b !== 'number' || !(b >= 0 && b < 1))) {
    throw new OptimizerConfigError(`invalid ${where(cfg, key, path)}: ${JSON.stringify(v)} (expected ${n} numbers, each 0 ≤ beta < 1)`);
  }
  return [...(v as number[])];
}

/** A non-negative integer option (step counts such as warmups). */
export function count(cfg: OptimizerConfig, key: string, def: number, path?: string): number {
  const v = num(cfg, key, def, { min: 0 }, path);
  if (!Number.isInteger(v)) throw new OptimizerConfigError(`invalid ${where(cfg, key, path)}: ${v} (must be an integer ≥ 0)`);
  return v;
}

/** `eps` and `weightDecay`, each finite and ≥ 0: read alike by most adaptive optimizers. */
export function epsDecay(cfg: OptimizerConfig, def: { eps: number; weightDecay: number }, path?: string): { eps: number; weightDecay: number } {
  return { eps: num(cfg, 'eps', def.eps, { min: 0 }, path), weightDecay: num(cfg, 'weightDecay', def.weightDecay, { min: 0 }, path) };
}

/** The options the Adam family shares. */
export interface AdamCoreOptions {
  lr: number;
  betas: [number, number];
  eps: number;
  weightDecay: number;
}

/**
 * lr, betas [β₁, β₂], eps and weightDecay, checked in that order (the first bad one is the one reported);
 * `lrRange` for an optimizer whose reference rejects lr = 0 too.
 */
export function adamCore(cfg: OptimizerConfig, def: Readonly<AdamCoreOptions>, lrRange: Range = { min: 0 }, path?: string): AdamCoreOptions {
  return { lr: num(cfg, 'lr', def.lr, lrRange, path), betas: betas(cfg, def.betas, path), ...epsDecay(cfg, def, path) };
}
